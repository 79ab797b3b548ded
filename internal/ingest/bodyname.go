package ingest

import (
	"regexp"
	"strings"
)

// nameWordBefore is the word that ends the text before a place's name, with what stands
// between them.
var nameWordBefore = regexp.MustCompile(`([\p{L}][\p{L}.’'-]*)([ ,]*)$`)

// missionHeads are the heads of missions, whose names hold their seat after "in"
// ("Presence Post in Tromsø"); after another body's head, "in" says where the body
// is ("the Africa Center in Mtubatuba") and the place is a mention of its own.
var missionHeads = set("post", "consulate", "consulate-general", "embassy", "commission")

// inBodyName reports whether a place's or country's name at start closes a longer
// capitalised name headed by a body ("Consulate General of Canada in Seattle",
// "Department of Foreign Affairs, Trade and Development Canada", "Presence Post in
// Tromsø"): the place is part of that body's name, not a mention of its own. Walking
// left through the name's words and its joints (of, in, for, and, the, de, commas), the
// first head decides: an office's title ("Mayor of Sasebo", "Consul General of Japan in
// Shenyang") keeps the place, a body's head makes it part of the name. A name the graph
// knows whole is found as its own, longer hit; the place's own patterns ("Sasebo City",
// "Florida, Uruguay") stand to its right or hold no head.
func (c *linkCtx) inBodyName(start int, country bool) bool {
	before := c.text[:start]
	viaIn, after := false, "" // after: the word right of the one read, "general" skipped
	for i := range 12 {
		m := nameWordBefore.FindStringSubmatchIndex(before)
		if m == nil || m[4] == m[5] { // no word, or one joined by no space ("U.S.-China")
			return false
		}
		w := before[m[2]:m[3]]
		if i == 0 && strings.Contains(before[m[4]:m[5]], ",") {
			return false // "Tromsø, Norway": a place and the country or region it lies in
		}
		lw := strings.ToLower(possessive(w))
		switch {
		case connectors[w] || w == "in":
			if (w == "and" || w == "or") && strings.HasSuffix(strings.TrimRight(before[:m[2]], " "), ",") {
				return false // "Seattle, Vancouver, and Canada": a list, not one name
			}
			if p := strings.ToLower(possessive(lastWord(before[:m[2]]))); w == "and" && (orgHeads[p] || missionHeads[p]) {
				return false // "the European Union and Japan": a body's name ends at its head
			}
			if p := lastWord(before[:m[2]]); w == "the" && p != "of" && p != "for" {
				return false // "the" opens a name, but after "of" ("Government of the United States")
			}
			viaIn = viaIn || w == "in"
		case !isNameWord(w) || strings.HasSuffix(w, "."):
			return false
		case lw == "government":
			return false // a country's government is named by the country ("Government of Mexico")
		case lw == "general":
			// "Consul General" is an office, "Consulate General" a body: the word before decides
		case (orgHeads[lw] || missionHeads[lw]) && !titleWords[lw]:
			// after "in", a mission's seat is part of its name, but not the country it
			// serves in ("the fourth British Consulate in China"), nor a seat after a
			// name already whole ("the British Embassy China in Beijing")
			return !viaIn || missionHeads[lw] && !country && (after == "in" || after == "of")
		case titleWords[lw]:
			return false
		}
		if lw != "general" {
			after = lw
		}
		before = before[:m[2]]
	}
	return false
}

// commaNameRe reads capitalised words after a name that run on through commas ("Canada
// Border, Ports, and Rail Tour"), up to the first word in lower case.
var commaNameRe = regexp.MustCompile(`^(?:(?:,? (?:and |of |for |the )?)[A-Z][\p{L}]*)+`)

// namedHeads are heads of names this genre gives tours and programmes, beyond the heads of
// bodies, companies and events.
var namedHeads = set("tour", "program", "programme")

// headedAcrossCommas reports whether the capitalised words after a country's name, commas
// and "and" between them, end in a body's, company's or event's head: the country opens
// that name ("the Canada Border, Ports, and Rail Tour"). A list of places ends in no head.
func headedAcrossCommas(rest string) bool {
	ws := strings.Fields(strings.ReplaceAll(commaNameRe.FindString(rest), ",", " "))
	if len(ws) == 0 {
		return false
	}
	w := strings.ToLower(possessive(ws[len(ws)-1]))
	return orgHeads[w] || companyHeads[w] || eventHeads[w] || namedHeads[w]
}

// inLongerName reports whether h, a place's or country's name, is part of a longer name
// the graph does not hold: a body's or mission's closed by it, a name a country opens
// and a head closes, or a title in quotation marks. The known patterns that keep the
// place (an office's title, "<City>, <Region>", "<Place> Province") are read in
// inBodyName; a name the graph holds whole is a longer hit of its own.
func (g *Gazetteer) inLongerName(c *linkCtx, h hit) bool {
	if !g.placeOrCountry(h) {
		return false
	}
	country := g.countryNamed(h)
	if strings.HasPrefix(c.text[h.end:], "$") {
		return true // "US$ 1.3 million" names a currency
	}
	return inQuotedTitle(c.text, h.start) || c.inBodyName(h.start, country) || country && headedAcrossCommas(c.text[h.end:])
}

// quotedRe finds a quotation on one line.
var quotedRe = regexp.MustCompile(`[“"]([^”"\n]{3,160})[”"]`)

// inQuotedTitle reports whether start lies inside a title in quotation marks: a quoted
// run of three or more words, every longer one capitalised ("“A Poem to Mother Earth”", a
// report's or a link's title), whose place names are part of the title. A quoted
// sentence has words in lower case.
func inQuotedTitle(text string, start int) bool {
	for _, m := range quotedRe.FindAllStringSubmatchIndex(text, -1) {
		if m[2] > start || start >= m[3] {
			continue
		}
		ws := strings.Fields(text[m[2]:m[3]])
		if len(ws) < 3 {
			return false // “Washington, DC”: a place quoted as a name
		}
		for _, w := range ws {
			if len(w) > 3 && !isNameWord(strings.TrimLeft(w, "(‘'")) {
				return false
			}
		}
		return true
	}
	return false
}
