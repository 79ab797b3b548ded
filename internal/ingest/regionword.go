package ingest

import (
	"regexp"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
)

var regionWordAfter = regexp.MustCompile(`^ (?:region|division|province)\b`)

// cityAsRegion reads a city's name followed by the common noun "region" ("the Lomar
// region") as the region the city lies in, when that region bears the city's name
// ("Lomar", "Lomar Division"): the words name the wider area, not the town.
func (g *Gazetteer) cityAsRegion(c *linkCtx, ms []Mention) []Mention {
	for i, m := range ms {
		if m.Kind != kg.City || !regionWordAfter.MatchString(c.text[m.bEnd:]) {
			continue
		}
		city := g.entries[m.entry]
		name := FoldName(m.Text)
		for _, rid := range city.Regions {
			j, ok := g.byID[rid]
			if !ok {
				continue
			}
			rn := FoldName(g.entries[j].Name)
			if rn != name && !strings.HasPrefix(rn, name+" ") {
				continue
			}
			id := g.entries[j].ID
			ms[i].Entity, ms[i].Kind, ms[i].entry, ms[i].How = &id, kg.Region, j, "region word"
			break
		}
	}
	return ms
}
