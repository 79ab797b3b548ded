package ingest

import (
	"regexp"

	"github.com/amity-graph/amity/internal/kg"
)

// datelineCapitals is a dateline that closes with its country in capitals before a colon
// or a dash ("Savannah Region, GHANA:", "Velo, Northern Region, VELMARA—"): capitalised
// places joined by commas from the line's start, then the capitals.
var datelineCapitals = regexp.MustCompile(`(?m)^[A-Z][\p{L}’'.-]*(?: [A-Z][\p{L}’'.-]*)*(?:, [A-Z][\p{L}’'.-]*(?: [A-Z][\p{L}’'.-]*)*)*, (\p{Lu}{3,}(?: \p{Lu}{2,})*) ?[:—–]`)

// datelineCountries links the country a dateline writes in capitals after its places:
// the genre capitalises the country there whatever the case of the places before it.
// Only a word or words that are, whole, a country's name, and only where no mention
// covers them.
func (g *Gazetteer) datelineCountries(c *linkCtx, ms []Mention) []Mention {
	for _, u := range datelineCapitals.FindAllStringSubmatchIndex(c.text, -1) {
		s, e := u[2], u[3]
		id := g.countryByName(c.text[s:e])
		i, ok := g.byID[id]
		if !ok || g.entries[i].Kind != kg.Country {
			continue
		}
		ms = addIfFree(ms, Mention{Text: c.text[s:e], bStart: s, bEnd: e, Entity: strPtr(id), Kind: kg.Country,
			How: "dateline", Confidence: 0.8, entry: i})
	}
	return ms
}
