package ingest

import (
	"slices"

	"github.com/amity-graph/amity/internal/kg"
)

// macroRegions are a country's well-known regions above its prefectures or provinces,
// by country code: general knowledge the graph may lack ("the Tohoku Bloc", "Kyushu"),
// each a region of that country wherever a text about it names one alone.
var macroRegions = map[string]map[string]bool{
	"jp": set("Tohoku", "Kanto", "Kansai", "Kinki", "Chubu", "Chugoku", "Shikoku", "Kyushu", "Hokuriku", "Tokai",
		"Koshinetsu", "San'in", "San’in", "Sanyo"),
}

// countryRegions proposes each word of macroRegions that no mention covers as a new
// region of its country, when the text's places lie in that country: "Kanto" in a
// release about Japan is the region, not a person or a body's word.
func (p *proposer) countryRegions(ms []Mention) []Mention {
	for _, t := range p.c.toks {
		if slices.ContainsFunc(ms, func(m Mention) bool { return m.bStart < t.end && t.start < m.bEnd }) {
			continue
		}
		for cc, names := range macroRegions {
			if names[t.text] && p.countryNear(t.start) == cc {
				ms = p.add(ms, kg.Region, t.start, t.end, 0.5)
			}
		}
	}
	return ms
}
