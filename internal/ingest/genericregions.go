package ingest

import (
	"regexp"
	"slices"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
	"github.com/amity-graph/amity/internal/store"
)

// genericRegionName is a region's name made of a compass word and a region's head
// ("Eastern Region", "Northern Province", "Central District"): many countries have one,
// so the name alone does not say whose.
var genericRegionName = regexp.MustCompile(`^(?:(?:North|South|East|West|Central|Upper|Lower)(?:ern)?|North[- ]?(?:East|West)(?:ern)?|South[- ]?(?:East|West)(?:ern)?|Middle|Far) (?:Region|Province|District|Department|Division|Zone|Governorate|State|Territory|Area)$`)

// compassName is a region's own name that is a compass word alone ("Eastern", Ghana's
// region): as generic as "Eastern Region", and the word also opens other countries'
// region names ("Eastern Province").
var compassName = regexp.MustCompile(`^(?:(?:North|South|East|West|Central|Upper|Lower)(?:ern)?|North[- ]?(?:East|West)(?:ern)?|South[- ]?(?:East|West)(?:ern)?|Middle|Far)$`)

// foreignGenericRegions settles a generic region's name by the countries the text names
// (or implies by a demonym): a region of one of them stays; otherwise the one region of
// those countries whose name pairs the same compass word with another head is meant
// ("the Eastern Region" of a Saudi text is the Eastern Province, not Uganda's Eastern
// Region); with none or several, the name is left unlinked.
func (g *Gazetteer) foreignGenericRegions(c *linkCtx, ms []Mention) []Mention {
	var out []Mention
	for _, m := range ms {
		if m.Kind != kg.Region || m.entry < 0 || !genericRegionName.MatchString(m.Text) && !compassName.MatchString(g.entries[m.entry].Name) ||
			slices.ContainsFunc(g.entries[m.entry].Countries, func(cc string) bool { return c.countries[cc] }) {
			out = append(out, m)
			continue
		}
		compass, _, _ := strings.Cut(m.Text, " ")
		found := g.soleEntry(func(e store.NameRecord) bool {
			return e.Kind == kg.Region && (genericRegionName.MatchString(e.Name) && strings.HasPrefix(e.Name, compass+" ") || compassName.MatchString(e.Name) && e.Name == compass) &&
				slices.ContainsFunc(e.Countries, func(cc string) bool { return c.countries[cc] })
		})
		if found < 0 {
			continue
		}
		m.entry, m.Entity, m.How = found, strPtr(g.entries[found].ID), "generic region"
		out = append(out, m)
	}
	return out
}

// dropBareCompassRegions removes what the proposer made of a compass word alone as a
// region ("Eastern" of "Eastern Province"): as a new region's name it is no name, and as
// the graph's region of that name (Ghana's "Eastern") it stands only where the text names
// that region's country. It runs after the proposer.
func (g *Gazetteer) dropBareCompassRegions(c *linkCtx, ms []Mention) []Mention {
	return slices.DeleteFunc(ms, func(m Mention) bool {
		if m.Kind != kg.Region || m.How != "new" && m.How != "id" || !compassName.MatchString(m.Text) {
			return false
		}
		return m.Entity == nil || m.entry < 0 || !slices.ContainsFunc(g.entries[m.entry].Countries, func(cc string) bool { return c.countries[cc] })
	})
}
