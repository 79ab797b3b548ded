package ingest

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/amity-graph/amity/internal/kg"
)

// foremostShare is how many times more ties a region must have in the graph than any
// other place bearing its name before that bare name is read as the region.
const foremostShare = 10

// foremostRegion returns the index in ss of a first-level region that many small towns
// name after ("Victoria", "Florida") when the text gives none of those towns a ground:
// the region is tied widely in the graph, named here by its own name, every other place
// of that own name is tied far less, no place bearing the name lies in a country the
// text names, and no
// cue word around this mention or elsewhere makes the name a town ("the city of",
// "Victoria's mayor"). A state or province of that weight is what such a name means in
// a text that never says which town; the region's own country need not be named, since
// a state's own releases seldom name it. It returns -1 otherwise.
func (g *Gazetteer) foremostRegion(c *linkCtx, h hit, p pattern, ss []scored, cue []string) int {
	if cue != nil && cue[1] != "" {
		return -1
	}
	name := c.text[h.start:h.end]
	if cityOf.MatchString(c.text[:h.start]) || c.cityCuedAnywhere(name) {
		return -1
	}
	best := -1
	for i, s := range ss {
		e := g.entries[s.ref.entry]
		if e.Kind == kg.Region && e.Degree >= constituentDegree && FoldName(e.Name) == p.folded {
			best = i
		}
	}
	if best < 0 {
		return -1
	}
	region := g.entries[ss[best].ref.entry]
	for _, r := range p.refs {
		e := g.entries[r.entry]
		if e.ID == region.ID {
			continue
		}
		// a place known by another name ("Victoria", an old name of a port) is weighed
		// only through its country below
		if FoldName(e.Name) == p.folded && e.Degree*foremostShare > region.Degree {
			return -1
		}
		if slices.ContainsFunc(e.Countries, func(cc string) bool { return c.countries[cc] || cc == c.placeCountry }) {
			return -1
		}
	}
	for i, s := range ss {
		if i != best && s.strong {
			return -1
		}
	}
	return best
}

// demonymedRegion reports whether the hit names a region tied widely in the graph by
// its own name, and the text calls something after it by its people's adjective
// ("Victorian businesses", "Floridian growers"): a name that is a common word too
// ("Victoria", a victory) is the region in a text that speaks of it so.
func (g *Gazetteer) demonymedRegion(c *linkCtx, h hit) bool {
	p := g.patterns[h.pat]
	for _, r := range p.refs {
		e := g.entries[r.entry]
		if e.Kind != kg.Region || e.Degree < constituentDegree || FoldName(e.Name) != p.folded {
			continue
		}
		for _, form := range demonymForms(e.Name) {
			if slices.ContainsFunc(occurrencesOf(c.text, form), func(at int) bool {
				rest := strings.TrimPrefix(c.text[at+len(form):], "s")
				r, _ := utf8.DecodeRuneInString(rest)
				return !unicode.IsLetter(r)
			}) {
				return true
			}
		}
	}
	return false
}

// demonymForms returns the usual adjectives of a place's people made from its name
// ("Victorian", "Ohioan", "Floridian", "Queenslander").
func demonymForms(name string) []string {
	out := []string{name + "n", name + "an", name + "ian", name + "er"}
	if stem, ok := strings.CutSuffix(name, "a"); ok {
		out = append(out, stem+"ian")
	}
	return out
}
