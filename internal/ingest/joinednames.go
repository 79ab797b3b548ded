package ingest

import (
	"regexp"

	"github.com/amity-graph/amity/internal/kg"
)

// gluedAcronymBefore and gluedAcronymAfter end or open with a body's acronym joined by a hyphen
// ("JNF-", "-UK"): an acronym of two or more capitals, no shorter form of a country.
var (
	gluedAcronymBefore = regexp.MustCompile(`(?:^|[^\p{L}.-])([A-Z]{2,}[0-9]*)-$`)
	gluedAcronymAfter  = regexp.MustCompile(`^-([A-Z]{2,}[0-9]*)(?:[^\p{L}.-]|$)`)
)

// gluedToAcronym reports whether a country written in capitals ("USA", "UK") is joined by
// a hyphen to another acronym that is no country's ("JNF-USA"): the pair is one body's
// name, its country part of it. "US-UK" (two countries) stays two.
func (g *Gazetteer) gluedToAcronym(text string, m Mention) bool {
	if m.Kind != kg.Country || !isUpperWord(m.Text) {
		return false
	}
	other := ""
	if a := gluedAcronymBefore.FindStringSubmatch(text[max(0, m.bStart-12):m.bStart]); a != nil {
		other = a[1]
	} else if a := gluedAcronymAfter.FindStringSubmatch(text[m.bEnd:min(len(text), m.bEnd+12)]); a != nil {
		other = a[1]
	}
	return other != "" && abbreviations[other] == "" && g.countryByName(other) == ""
}
