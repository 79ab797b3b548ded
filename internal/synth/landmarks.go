package synth

import (
	"cmp"
	"slices"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
)

// CityStat describes a city a benchmark may query.
type CityStat struct {
	ID, Name                 string
	Partners, Events, Visits int
}

// Landmarks are entities worth querying, picked deterministically from the graph: hubs
// (the largest answers) and ordinary ones (the typical answers).
type Landmarks struct {
	// HubCities have the most partners, most first.
	HubCities []CityStat
	// Cities are ordinary: two to six partners and at least two events held there.
	Cities []CityStat
	// VisitHosts received the most visits, most first.
	VisitHosts []CityStat
	// PersonPairs are two office holders in different countries, for shortest paths.
	PersonPairs [][2]string
	// People hold positions and took part in events.
	People []string
	// SearchTerms are what a user might type: name prefixes and full names.
	SearchTerms []string
}

// Landmarks picks n of each kind of landmark.
func (g *Graph) Landmarks(n int) Landmarks {
	c := g.Counts
	city := func(i int) CityStat {
		gi := g.offset[2] + int32(i)
		return CityStat{ID: g.ID(gi), Name: g.cityName(i), Partners: int(g.partnerDegree[i]),
			Events: int(g.hostedEvents[i]), Visits: int(g.hostedVisits[i])}
	}
	idx := make([]int, c.Cities)
	for i := range idx {
		idx[i] = i
	}
	var lm Landmarks
	slices.SortStableFunc(idx, func(a, b int) int { return cmp.Compare(g.partnerDegree[b], g.partnerDegree[a]) })
	for _, i := range idx[:min(n, len(idx))] {
		lm.HubCities = append(lm.HubCities, city(i))
	}
	slices.SortStableFunc(idx, func(a, b int) int { return cmp.Compare(g.hostedVisits[b], g.hostedVisits[a]) })
	for _, i := range idx[:min(n, len(idx))] {
		lm.VisitHosts = append(lm.VisitHosts, city(i))
	}
	// ordinary cities, in a scrambled but fixed order
	slices.SortStableFunc(idx, func(a, b int) int {
		return cmp.Compare(mix(g.Config.Seed+uint64(a)), mix(g.Config.Seed+uint64(b)))
	})
	for _, i := range idx {
		if len(lm.Cities) == n {
			break
		}
		if d := g.partnerDegree[i]; d >= 2 && d <= 6 && g.hostedEvents[i] >= 2 {
			lm.Cities = append(lm.Cities, city(i))
		}
	}
	// people with offices and events, in a scrambled order; pairs across countries
	active := make([]int32, c.Persons)
	for _, x := range g.rels {
		if x.typ == tParticipatedIn && x.from >= g.offset[3] && x.from < g.offset[4] {
			active[x.from-g.offset[3]]++
		}
	}
	var people []int
	for i := range c.Persons {
		if g.positionsOf[i] > 0 && active[i] > 0 {
			people = append(people, i)
		}
	}
	slices.SortStableFunc(people, func(a, b int) int {
		return cmp.Compare(mix(g.Config.Seed^uint64(a)), mix(g.Config.Seed^uint64(b)))
	})
	countryOfPerson := func(p int) int32 { return g.countryOf[c.Regions+int(g.personCity[p])] }
	for j := 0; j < len(people) && len(lm.PersonPairs) < n; j++ {
		a := people[j]
		for k := j + 1; k < len(people); k++ {
			if b := people[k]; countryOfPerson(a) != countryOfPerson(b) {
				lm.PersonPairs = append(lm.PersonPairs, [2]string{g.ID(g.offset[3] + int32(a)), g.ID(g.offset[3] + int32(b))})
				people = slices.Delete(people, k, k+1)
				break
			}
		}
	}
	for _, p := range people[:min(n, len(people))] {
		lm.People = append(lm.People, g.ID(g.offset[3]+int32(p)))
	}
	// search: a prefix of a hub's name, a whole ordinary city name, a person's family
	// name, a two-word person name, a company and an organisation name
	terms := map[string]bool{}
	addTerm := func(s string) {
		if s != "" && !terms[s] && len(lm.SearchTerms) < n {
			terms[s] = true
			lm.SearchTerms = append(lm.SearchTerms, s)
		}
	}
	for i := 0; len(lm.SearchTerms) < n && i < max(len(lm.HubCities), len(lm.Cities), len(people)); i++ {
		if i < len(lm.HubCities) {
			addTerm(lm.HubCities[i].Name[:min(5, len(lm.HubCities[i].Name))])
		}
		if i < len(lm.Cities) {
			addTerm(lm.Cities[i].Name)
		}
		if i < len(people) {
			name, _, _ := g.personNames(people[i])
			if i%2 == 0 {
				addTerm(name)
			} else {
				addTerm(strings.Fields(name)[0])
			}
		}
		if i < c.Companies {
			addTerm(g.Entity(g.offset[5] + int32(i*7%c.Companies)).Name)
		}
	}
	return lm
}

// KindCounts counts the entities of each kind.
func (g *Graph) KindCounts() map[kg.Kind]int {
	out := map[kg.Kind]int{}
	for k := range 8 {
		out[kindOrder[k]] = int(g.offset[k+1] - g.offset[k])
	}
	return out
}

// PartnerDegrees returns every city's number of partners (for reports on skew).
func (g *Graph) PartnerDegrees() []int {
	out := make([]int, len(g.partnerDegree))
	for i, d := range g.partnerDegree {
		out[i] = int(d)
	}
	return out
}
