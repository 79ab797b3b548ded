package ingest

import (
	"slices"

	"github.com/amity-graph/amity/internal/kg"
)

// qualifiedPlace reports whether the words after a place's name give the region or
// the country it lies in ("Toledo, Ohio", "Toledo, Spain", "Alba in Sorn Prefecture").
func (g *Gazetteer) qualifiedPlace(rest string, entry int) bool {
	e := g.entries[entry]
	if e.Kind != kg.City {
		return false
	}
	next := countryAfter(rest)
	if next != "" && (g.regionNamed(next, e.Regions) || slices.Contains(e.Countries, g.countryByName(next))) {
		return true
	}
	return g.regionNamed(inRegion(rest), e.Regions)
}

// qualifiedNamesakes returns, for each one-word name, the cities of that name the text
// qualifies with their region or country somewhere, in the order it first does.
func (g *Gazetteer) qualifiedNamesakes(c *linkCtx, hits []hit) map[string][]int {
	out := map[string][]int{}
	for _, h := range hits {
		p := g.patterns[h.pat]
		for _, r := range p.refs {
			if g.qualifiedPlace(c.text[h.end:], r.entry) && !slices.Contains(out[p.folded], r.entry) {
				out[p.folded] = append(out[p.folded], r.entry)
			}
		}
	}
	return out
}

// bareNamesake settles a name that the text gives, qualified, for two or more
// namesakes ("linking Toledo, Ohio with Toledo, Spain"). Where it stands qualified, it
// is the namesake its region or country names, whatever other country the text names.
// Bare ("the City of Toledo"), the country named for the other namesake says nothing
// of it: it is the qualified namesake that lies in the country of the text's places,
// or else the one the text qualified first, as a text pairing its own town with a
// namesake abroad names its own first. It returns the entry and true when the rule
// applies.
func (g *Gazetteer) bareNamesake(c *linkCtx, h hit) (int, bool) {
	p := g.patterns[h.pat]
	qs := c.qualified[p.folded]
	if len(qs) < 2 {
		return 0, false
	}
	here := -1
	for _, r := range p.refs {
		if g.qualifiedPlace(c.text[h.end:], r.entry) {
			if here >= 0 {
				return 0, false
			}
			here = r.entry
		}
	}
	if here >= 0 {
		return here, true
	}
	for _, q := range qs {
		if c.placeCountry != "" && slices.Contains(g.entries[q].Countries, c.placeCountry) {
			return q, true
		}
	}
	return qs[0], true
}
