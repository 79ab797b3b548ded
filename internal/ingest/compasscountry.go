package ingest

import (
	"regexp"
	"slices"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
	"github.com/amity-graph/amity/internal/store"
)

// compassCountry is a capitalised point of the compass before a name: "Northern Uganda".
var compassCountry = regexp.MustCompile(`^(North|South|East|West)(?:ern)? (.+)$`)

// compassCountryRegions links a proposed region named by a point of the compass and a
// country ("Northern Uganda") to the one region of that country the graph names by the
// same point and a generic head ("Northern Region"): the country's own division, not a
// new one.
func (g *Gazetteer) compassCountryRegions(ms []Mention) []Mention {
	for i, m := range ms {
		sub := compassCountry.FindStringSubmatch(m.Text)
		if m.Entity != nil || m.Proposed == nil || m.Kind != kg.Region || sub == nil {
			continue
		}
		cc := g.countryByName(sub[2])
		if cc == "" {
			continue
		}
		found := g.soleEntry(func(e store.NameRecord) bool {
			head, _, _ := strings.Cut(e.Name, " ")
			return e.Kind == kg.Region && slices.Contains(e.Countries, cc) && genericRegionName.MatchString(e.Name) &&
				(head == sub[1] || head == sub[1]+"ern")
		})
		if found < 0 {
			continue
		}
		ms[i].Entity, ms[i].Proposed, ms[i].entry, ms[i].How, ms[i].Confidence = strPtr(g.entries[found].ID), nil, found, "generic region", 0.8
	}
	return ms
}
