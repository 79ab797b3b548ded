package ingest

import (
	"slices"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
)

// dropRegionNamesakeTowns removes the towns the graph barely knows (no partner, their
// country and region their only ties) that bear as their own name the name of a
// first-level region of their own country in which they do not lie, when the text gives
// the town nothing of its own (no cue word, no region beside it, no partner, not linked
// elsewhere): a reader of "Alba's forests" in a text on Sorn meets the province first,
// not a suburb elsewhere that took its name. A town with such evidence stays, and the
// words around it decide.
func (g *Gazetteer) dropRegionNamesakeTowns(ss []scored, p pattern) []scored {
	var regions []int
	for _, s := range ss {
		if e := g.entries[s.ref.entry]; e.Kind == kg.Region && len(e.Regions) == 0 && ownName(e.Name, p.folded) {
			regions = append(regions, s.ref.entry)
		}
	}
	if len(regions) == 0 {
		return ss
	}
	return slices.DeleteFunc(ss, func(s scored) bool {
		e := g.entries[s.ref.entry]
		if e.Kind != kg.City || s.strong || len(e.Partners) > 0 || e.Degree > minorDegree || !ownName(e.Name, p.folded) {
			return false
		}
		return slices.ContainsFunc(regions, func(i int) bool {
			r := g.entries[i]
			return !slices.Contains(e.Regions, r.ID) && slices.ContainsFunc(r.Countries, func(cc string) bool { return slices.Contains(e.Countries, cc) })
		})
	})
}

// regionOfTownBefore returns the index in ss (sorted best first) of a region that a
// town named right before it lies in ("Lomar in Alba", "Lomar, Alba") when a country
// of that name ranks first: the graph's tie of the town to the region is the text's own
// evidence and outweighs the country's fame. It returns -1 otherwise.
func (g *Gazetteer) regionOfTownBefore(c *linkCtx, h hit, ss []scored) int {
	if len(ss) < 2 || g.entries[ss[0].ref.entry].Kind != kg.Country {
		return -1
	}
	before, name := c.text[:h.start], c.text[h.start:h.end]
	found := -1
	for i, s := range ss {
		e := g.entries[s.ref.entry]
		if e.Kind != kg.Region {
			continue
		}
		in := func(regions []string) bool { return slices.Contains(regions, e.ID) }
		if !g.cityBeforeIn(before, in) && !g.cityInBeforeOf(before, name, in) {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = i
	}
	return found
}

// cityInBeforeOf reports whether a city whose regions satisfy in stands right before,
// joined by "in" ("Lomar in Alba"), the city not the name itself.
func (g *Gazetteer) cityInBeforeOf(before, name string, in func(regions []string) bool) bool {
	m := inBefore.FindStringSubmatch(before)
	if m == nil || FoldName(m[1]) == FoldName(name) {
		return false
	}
	return slices.ContainsFunc(g.entriesNamed(m[1]), func(i int) bool {
		e := g.entries[i]
		return e.Kind == kg.City && in(e.Regions)
	})
}

// sharedCityAlias reports whether the name is "<Name> City" and every city it may mean
// bears it only as another name beside its own "<Name>", while another city of the graph
// bears "<Name>" as its own too, and the text gives none of those bearers evidence of
// its own: "Talisay City" is what each Talisay is called in English prose, and the graph
// listing the form for one of them does not say which the text means.
func (g *Gazetteer) sharedCityAlias(ss []scored, p pattern) bool {
	stem, ok := strings.CutSuffix(p.folded, " city")
	if !ok || stem == "" {
		return false
	}
	bearers := map[int]bool{}
	for _, s := range ss {
		e := g.entries[s.ref.entry]
		if e.Kind != kg.City {
			continue
		}
		if s.strong || ownName(e.Name, p.folded) || !ownName(e.Name, stem) {
			return false
		}
		bearers[s.ref.entry] = true
	}
	if len(bearers) == 0 {
		return false
	}
	return slices.ContainsFunc(g.entriesNamed(stem), func(i int) bool {
		e := g.entries[i]
		return !bearers[i] && e.Kind == kg.City && ownName(e.Name, stem)
	})
}
