package ingest

import (
	"strings"
)

// juxtaposedPlaces links two place names set side by side with one space between them
// ("the Lyon Osaka partnership"), each of which the article links elsewhere on its own
// to one place, the two places lying in different countries. English prose pairs two
// places so (the sides of a tie, a route); a name of one place does not join two
// places of two countries, so the words are not one longer name, as a lone
// capitalised word before or after another is otherwise read. A pair that opens a
// document's or pact's name ("Lyon Osaka Friendship Agreement") is left to that name.
func (g *Gazetteer) juxtaposedPlaces(c *linkCtx, hits []hit, ms []Mention) []Mention {
	// the places each name is linked to elsewhere in the article
	senses := map[string]map[int]bool{}
	for _, m := range ms {
		if m.Entity == nil || m.entry < 0 || !isPlace(m.Kind) {
			continue
		}
		f := FoldName(m.Text)
		if senses[f] == nil {
			senses[f] = map[int]bool{}
		}
		senses[f][m.entry] = true
	}
	settled := func(h hit) (int, bool) {
		orig := c.text[h.start:h.end]
		if !isCapitalized(orig) || strings.ContainsAny(orig, " \n") {
			return 0, false
		}
		s := senses[FoldName(orig)]
		if len(s) != 1 {
			return 0, false
		}
		for e := range s {
			return e, true
		}
		return 0, false
	}
	var out []Mention
	for _, a := range hits {
		ea, ok := settled(a)
		if !ok {
			continue
		}
		for _, b := range hits {
			if b.start != a.end+1 || c.text[a.end] != ' ' {
				continue
			}
			eb, ok := settled(b)
			if !ok || ea == eb || !differentCountries(g.entries[ea].Countries, g.entries[eb].Countries) ||
				opensPactName(c.text[b.end:]) || strings.HasSuffix(c.text[:a.start], "-") || strings.HasPrefix(c.text[b.end:], "-") {
				continue
			}
			for _, x := range []struct {
				h hit
				e int
			}{{a, ea}, {b, eb}} {
				out = append(out, Mention{Text: c.text[x.h.start:x.h.end], bStart: x.h.start, bEnd: x.h.end,
					Entity: strPtr(g.entries[x.e].ID), Kind: g.entries[x.e].Kind, How: "name", Confidence: 0.7, entry: x.e})
			}
		}
	}
	return out
}

// differentCountries reports whether two places' countries are known and share none.
func differentCountries(a, b []string) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	for _, x := range a {
		for _, y := range b {
			if x == y {
				return false
			}
		}
	}
	return true
}

// opensPactName reports whether the capitalised words after a name end in a document's
// or pact's head ("Friendship Agreement"): the name is the start of that title.
func opensPactName(rest string) bool {
	for _, w := range strings.Fields(rest) {
		w = strings.TrimRight(w, ".,;:!?)”\"’'")
		if w == "" || !isCapitalized(w) {
			return false
		}
		if documentHeads[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

// documentHeads end the name of a written instrument.
var documentHeads = set("agreement", "agreements", "accord", "accords", "treaty", "pact", "declaration", "memorandum",
	"protocol", "charter", "convention", "communique", "communiqué")
