package ingest

import (
	"regexp"

	"github.com/amity-graph/amity/internal/kg"
)

// countryOwned is a place's government named after its country's possessive ("Ruritania's
// X Provincial Government"): the possessive tells where the place lies, and the rest is
// read as placeGovernments reads it.
var countryOwned = regexp.MustCompile(`^(\p{Lu}[\p{L}.]+)['’]s (.+)$`)

// countryOwnedGovernments splits a proposed "<country>'s <place> Government" into the
// country the graph holds and the place's government, read then by placeGovernments.
func (g *Gazetteer) countryOwnedGovernments(ms []Mention) []Mention {
	out := ms[:0:0]
	for _, m := range ms {
		sub := countryOwned.FindStringSubmatch(m.Text)
		if m.Proposed == nil || m.Entity != nil || sub == nil || m.Kind != kg.Organization || !placeGovernment.MatchString(sub[2]) {
			out = append(out, m)
			continue
		}
		country := -1
		for _, i := range g.entriesNamed(sub[1]) {
			if g.entries[i].Kind == kg.Country {
				country = i
				break
			}
		}
		rest := m.Text[len(m.Text)-len(sub[2]):]
		if gov := placeGovernment.FindStringSubmatch(rest); country < 0 || g.placeNamed(ms, gov[1], gov[2]) < 0 {
			out = append(out, m)
			continue
		}
		e := g.entries[country]
		out = append(out, Mention{Text: sub[1], bStart: m.bStart, bEnd: m.bStart + len(sub[1]), Entity: strPtr(e.ID), Kind: e.Kind,
			How: "name", Confidence: 0.8, entry: country})
		m.Text, m.bStart = rest, m.bEnd-len(rest)
		out = append(out, m)
	}
	return out
}
