package ingest

import (
	"regexp"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
)

// governmentOf finds "Government of X": X is the run of capitalised words right after
// "of" (an opening "the" left out), a possessive's "’s" no part of it.
var governmentOf = regexp.MustCompile(`\bGovernment of (?:the )?(\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)*)`)

// countryGovernmentsOf links the country that names a government after "of" ("the
// Government of Velmar", "Government of Velmar officials"): by the conventions a
// country's government is the country. The proposer drops the new body those words make
// (kindOnlyNames), and the country's name went with it. Only where the words after "of"
// are, whole, a country's name, no mention covers them, and the text links that very
// name to no other kind of place elsewhere ("Georgia" the state).
func (g *Gazetteer) countryGovernmentsOf(c *linkCtx, ms []Mention) []Mention {
	for _, m := range governmentOf.FindAllStringSubmatchIndex(c.text, -1) {
		s, e := m[2], m[3]
		name := possessive(c.text[s:e])
		e = s + len(name)
		id := g.countryByName(name)
		i, ok := g.byID[id]
		if id == "" || !ok || g.entries[i].Kind != kg.Country || coveringAny(ms, s, e) || linkedOtherwise(ms, name, id) {
			continue
		}
		ms = addIfFree(ms, Mention{Text: name, bStart: s, bEnd: e, Entity: strPtr(id), Kind: kg.Country,
			How: "government", Confidence: 0.8, entry: i})
	}
	return ms
}

// linkedOtherwise reports whether the text links name somewhere to another entity than id.
func linkedOtherwise(ms []Mention, name, id string) bool {
	for _, m := range ms {
		if m.Entity != nil && *m.Entity != id && strings.EqualFold(m.Text, name) {
			return true
		}
	}
	return false
}
