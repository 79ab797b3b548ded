package ingest

import (
	"slices"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
)

// knownPlaceProposals settles the new places proposed under a name that a graph place
// of the same kind bears. Such a proposal is no new place when the graph's place is
// meant, or may be:
//   - a large city that bears the name as its own and that no namesake (by name or
//     alias) compares to in size is meant wherever a text calls a place so, whatever
//     country the proposal took from the article around it (largeNamesake): the
//     mention is linked to it;
//   - a place of the graph that bears the name as its own and lies in the proposal's
//     country (or, when the proposal's context gave it none, in a country the article
//     names) may be the one meant: the mention is left unlinked, as a duplicate of a
//     known place is worse than a miss.
//
// A proposal placed elsewhere than every bearer of the name, or whose name the graph
// gives only as another place's alias (a hamlet's former name, a foreign spelling),
// is a namesake of them and stays.
func (g *Gazetteer) knownPlaceProposals(c *linkCtx, ms []Mention) []Mention {
	out := ms[:0:0]
	for _, m := range ms {
		if m.Proposed == nil || (m.Kind != kg.City && m.Kind != kg.Region) {
			out = append(out, m)
			continue
		}
		same := slices.DeleteFunc(g.entriesNamed(m.Text), func(i int) bool { return g.entries[i].Kind != m.Kind })
		if len(same) == 0 {
			out = append(out, m)
			continue
		}
		if i, ok := g.largeNamesake(m.Text, same); ok {
			m.Entity, m.Proposed, m.How, m.entry = strPtr(g.entries[i].ID), nil, "name", i
			out = append(out, m)
			continue
		}
		// the countries where the place the proposal means could lie: its own, or for
		// one whose context gave it none, those the article names
		where := c.countries
		if cc := g.proposedCountry(*m.Proposed); cc != "" {
			where = map[string]bool{cc: true}
		}
		if !slices.ContainsFunc(same, func(i int) bool {
			e := g.entries[i]
			return FoldName(e.Name) == FoldName(m.Text) && slices.ContainsFunc(e.Countries, func(cc string) bool { return where[cc] })
		}) {
			out = append(out, m)
		}
	}
	return out
}

// proposedCountry is the country id a new place's id names ("city:sb:gizo":
// country:sb), or "" when its id names none.
func (g *Gazetteer) proposedCountry(id string) string {
	parts := strings.Split(id, ":")
	if len(parts) != 3 {
		return ""
	}
	if _, ok := g.byID["country:"+parts[1]]; !ok {
		return ""
	}
	return "country:" + parts[1]
}

// largeNamesake returns, of the places bearing a name, the large city that bears it as
// its own name and dwarfs every other bearer of it: a city of some hundreds of
// thousands named bare in a text that already calls it a place is that city, as none
// of its namesakes compares to it.
func (g *Gazetteer) largeNamesake(name string, entries []int) (int, bool) {
	best := -1
	for _, i := range entries {
		e := g.entries[i]
		if e.Kind == kg.City && FoldName(e.Name) == FoldName(name) && (best < 0 || e.Population > g.entries[best].Population) {
			best = i
		}
	}
	if best < 0 || g.entries[best].Population < soleLargeCityPopulation {
		return -1, false
	}
	for _, i := range entries {
		if i != best && g.entries[i].Population*namesakePopRatio > g.entries[best].Population {
			return -1, false
		}
	}
	return best, true
}
