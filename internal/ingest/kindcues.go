package ingest

import (
	"regexp"
	"slices"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
)

// Cues of round 7b: names whose own words give no kind, which the lowercase noun the
// text puts after them or the words around them do.
var (
	// eventNoun: a name the text calls a mission, a reception or a tour, its region after
	// a dash perhaps ("the Harbor Lights—Asia trade mission", "the Blue Sky trade
	// mission"), is that event.
	// acronymObject: capitals of three to five letters after a preposition or "and", a
	// noun phrase's head of their own ("ties with NATO", "joined by UNDP"): a body known
	// by its acronym, which the text never defines.
	acronymObject = regexp.MustCompile(`\b(?:with|by|from|joined|joins|join|and|of|to|for|at|into)\s+(?:the\s+)?([A-Z]{3,5})\b`)
	eventNoun     = regexp.MustCompile(`\b([A-Z][\p{L}]+(?: [A-Z][\p{L}]+){0,3})(?:\s?[—–]\s?[A-Z][\p{L}]+(?: [A-Z][\p{L}]+){0,2})? (?:trade |business |investment |study )?(?:mission|missions|reception|roadshow|tour|delegation visit)\b`)
)

// eventNouns proposes the events eventNoun finds, and every other mention of the same
// name in the article (a bare "Harbor Lights" later is that mission).
func (p *proposer) eventNouns(ms []Mention) []Mention {
	text := p.c.text
	for _, m := range eventNoun.FindAllStringSubmatchIndex(text, -1) {
		s, e := m[2], m[3]
		// the sentence's first word may be none of the name ("Later Blue Sky ...")
		if sp := strings.IndexByte(text[s:e], ' '); sp > 0 && p.sentenceStart(s) && commonCapitalised[strings.ToLower(text[s:s+sp])] {
			s += sp + 1
		}
		if !p.eventName(ms, s, e) {
			continue
		}
		ms = p.add(ms, kg.Event, s, e, 0.5)
		name := text[s:e]
		re := regexp.MustCompile(`\b` + regexp.QuoteMeta(name) + `\b`)
		for _, o := range re.FindAllStringIndex(text, -1) {
			if !slices.ContainsFunc(ms, func(x Mention) bool { return x.bStart < o[1] && o[0] < x.bEnd }) {
				ms = p.addNamed(ms, kg.Event, o[0], o[1], name, 0.5)
			}
		}
	}
	return ms
}

// eventName reports whether text[s:e] may name an event: no mention covers it, it is
// more than its sentence's first word, and no word of it is a title, a demonym, a
// connector, a month, a venue's word ("the Franklin Room reception") or a head of
// another kind, while one at least is no common word.
func (p *proposer) eventName(ms []Mention, s, e int) bool {
	if coveringMention(ms, s, e) >= 0 {
		return false
	}
	ws := strings.Fields(p.c.text[s:e])
	if len(ws) == 1 && p.sentenceStart(s) || compassArea.MatchString(p.c.text[s:e]) {
		return false
	}
	var ts []token
	for _, t := range p.c.toks {
		if t.start >= s && t.end <= e {
			ts = append(ts, t)
		}
	}
	for _, t := range ts {
		lw := strings.ToLower(t.text)
		if titleWords[lw] || demonyms[lw] != "" || connectors[t.text] || months[lw] > 0 || orgHeads[lw] || companyHeads[lw] || notInNames[lw] || venueWords[lw] {
			return false
		}
	}
	return p.properName(ts)
}

// commonAcronyms are acronyms of the genre's prose that name no body: measures, diseases,
// fields, offices and kinds of body.
var commonAcronyms = set("COVID", "CEO", "CEOS", "CFO", "GDP", "HIV", "AIDS", "STEM", "LNG", "PPE", "SME", "SMES", "VIP",
	"VIPS", "MOU", "FTA", "ICT", "NGO", "NGOS", "FDI", "USD", "EUR", "GMT", "UTC", "DNA", "RNA", "LGBT", "LGBTQ",
	"SARS", "MERS", "ASAP", "FAQ", "TPP", "WIFI", "LED", "GPS", "SUV", "EDT", "EST", "PST", "CST",
	// trade agreements, which the conventions leave out with laws
	"USMCA", "RCEP", "CPTPP", "GATT", "TTIP")

// acronymObjects proposes the bodies acronymObject finds: none the text defines or
// spells from an earlier body's initials, none the graph knows by that name, none
// before another capitalised word or a bracket (a longer name's part).
func (p *proposer) acronymObjects(ms []Mention) []Mention {
	text := p.c.text
	for _, m := range acronymObject.FindAllStringSubmatchIndex(text, -1) {
		s, e := m[2], m[3]
		acr := text[s:e]
		rest := strings.TrimLeft(text[e:], " ")
		// (a free trade agreement's acronym ends in FTA: "NAFTA")
		if commonAcronyms[acr] || strings.HasSuffix(acr, "FTA") || abbreviations[acr] != "" || strings.Contains(text, "("+acr+")") || len(p.g.entriesNamed(acr)) > 0 ||
			strings.HasPrefix(rest, "(") || rest != "" && isNameWord(firstWords(rest, 1)) && !strings.HasPrefix(text[e:], ".") && !strings.HasPrefix(text[e:], ",") ||
			slices.ContainsFunc(ms, func(x Mention) bool {
				return x.bStart < e && s < x.bEnd || (x.Kind == kg.Organization || x.Kind == kg.Company) && initials(x.Text) == acr
			}) {
			continue
		}
		ms = p.add(ms, kg.Organization, s, e, 0.5)
	}
	return ms
}

// placeCues proposes the places the words around a name show to be places: a name
// listed with cities the graph knows ("Ashburton, Christchurch, and Wanaka"), and a
// bearing before a region's name ("South Canterbury"), a new region by the
// conventions.
func (p *proposer) placeCues(ms []Mention) []Mention {
	toks := p.c.toks
	knownCity := func(m Mention) bool { return m.Entity != nil && m.Kind == kg.City }
	for i, t := range toks {
		lw := strings.ToLower(t.text)
		if !isNameWord(t.text) || p.sentenceStart(t.start) || commonCapitalised[lw] || notInNames[lw] || titleWords[lw] || connectors[t.text] ||
			demonyms[lw] != "" || p.c.lower[FoldName(t.text)] || isUpperWord(t.text) || possessive(t.text) != t.text ||
			slices.ContainsFunc(ms, func(m Mention) bool { return m.bStart < t.end && t.start < m.bEnd }) {
			continue
		}
		// a name of one word: no capitalised word next to it
		if i > 0 && isNameWord(toks[i-1].text) && onlySpace(p.c.text[toks[i-1].end:t.start]) ||
			i+1 < len(toks) && isNameWord(toks[i+1].text) && onlySpace(p.c.text[t.end:toks[i+1].start]) {
			continue
		}
		before := p.c.text[max(0, t.start-6):t.start]
		after := p.c.text[t.end:min(len(p.c.text), t.end+6)]
		listedAfter := placeListBefore.MatchString(before) && slices.ContainsFunc(ms, func(m Mention) bool {
			return knownCity(m) && m.bEnd == t.start-len(placeListBefore.FindString(before))
		})
		listedBefore := placeListAfter.MatchString(after) && slices.ContainsFunc(ms, func(m Mention) bool {
			return knownCity(m) && m.bStart == t.end+len(placeListAfter.FindString(after))
		})
		if (listedAfter || listedBefore) && !abbreviated(p.c.text, t) && !p.surnameOfNamed(ms, t.text) && !p.g.twinLeftOpen(t.text) {
			ms = p.add(ms, kg.City, t.start, t.end, 0.5)
		}
	}
	// a bearing before a name the graph holds as a region that no mention took
	// ("South Canterbury seed growers")
	for i := 0; i+1 < len(toks); i++ {
		a, b := toks[i], toks[i+1]
		if !compassWords[strings.ToLower(a.text)] || !isNameWord(a.text) || !isNameWord(b.text) || p.c.text[a.end:b.start] != " " ||
			i+2 < len(toks) && isNameWord(toks[i+2].text) && onlySpace(p.c.text[b.end:toks[i+2].start]) ||
			slices.ContainsFunc(ms, func(m Mention) bool { return m.bStart < b.end && a.start < m.bEnd }) {
			continue
		}
		if _, region := p.g.placeKinds(b.text); region && !adjectivalBearing(a.text) {
			ms = p.add(ms, kg.Region, a.start, b.end, 0.5)
		}
	}
	for _, m := range slices.Clone(ms) {
		if m.Entity == nil || m.Kind != kg.Region || m.bStart < 1 {
			continue
		}
		w := lastWord(p.c.text[:m.bStart])
		if s := m.bStart - len(w) - 1; s >= 0 && compassWords[strings.ToLower(w)] && !adjectivalBearing(w) && isNameWord(w) && p.c.text[s+len(w)] == ' ' && p.c.text[s:s+len(w)] == w {
			ms = p.add(ms, kg.Region, s, m.bEnd, 0.5)
		}
	}
	return ms
}

// placeListBefore and placeListAfter are what stands between the members of a list of places.
var (
	placeListBefore = regexp.MustCompile(`(?:, and |, | and )$`)
	placeListAfter  = regexp.MustCompile(`^(?:, and |, | and )`)
)
