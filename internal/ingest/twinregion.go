package ingest

import (
	"regexp"
	"slices"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
)

// possessiveAfter opens a possessive that is not an office's ("Alba's food", not "Alba's
// governor", which possessiveOffice reads).
var possessiveAfter = regexp.MustCompile(`^['’]s\s+\p{Ll}`)

// regionCuedAnywhere reports whether the article names the region of a twin name with a
// cue word somewhere ("Alba Prefecture", "the Governor of Alba").
func (c *linkCtx) regionCuedAnywhere(name string) bool {
	return slices.ContainsFunc(occurrencesOf(c.text, name), func(at int) bool {
		return regionCue.MatchString(c.text[at+len(name):]) || regionOf.MatchString(c.text[:at])
	})
}

// cityCuedAnywhere reports whether the article gives the town of a twin name a cue word
// of its own anywhere ("Alba City", "the Mayor of Alba", "Alba's mayor").
func (c *linkCtx) cityCuedAnywhere(name string) bool {
	return slices.ContainsFunc(occurrencesOf(c.text, name), func(at int) bool {
		after := c.text[at+len(name):]
		return cityCue.MatchString(after) || cityOf.MatchString(c.text[:at]) || possessiveOffice(after) == "mayor"
	})
}

// regionByItsTowns reports whether the places the first pass linked include a town of the
// twin region other than the twin city itself ("Sorn" in Alba Prefecture, while the town
// of Alba is never cued): an article that goes from town to town of a prefecture or
// province means the region by its bare name, since the region's capital would be one
// more town among them and the text does not single it out.
func (g *Gazetteer) regionByItsTowns(p pattern, linked map[string]bool) bool {
	twins := g.twinEntries(p)
	regions := map[string]bool{}
	own := map[string]bool{}
	for i := range twins {
		switch e := g.entries[i]; e.Kind {
		case kg.Region:
			regions[e.ID] = true
		case kg.City:
			own[e.ID] = true
		}
	}
	for id := range linked {
		i, ok := g.byID[id]
		// a town bearing the twin name within its own ("New Alba") is no other town
		if !ok || own[id] || strings.Contains(FoldName(g.entries[i].Name), p.folded) {
			continue
		}
		if e := g.entries[i]; e.Kind == kg.City && slices.ContainsFunc(e.Regions, func(r string) bool { return regions[r] }) {
			return true
		}
	}
	return false
}

// twinRegionSense reads a twin name the words right around it leave open as the region
// when the article's own evidence says so: a possessive ("Alba's potential") in an
// article that names the region with a cue word is the region the text is about; and
// a bare name whose town the article never cues, among linked towns of the region, is
// the region. "" when neither holds.
func (g *Gazetteer) twinRegionSense(c *linkCtx, h hit, p pattern, linked map[string]bool) kg.Kind {
	name := c.text[h.start:h.end]
	after := c.text[h.end:]
	if possessiveAfter.MatchString(after) && c.regionCuedAnywhere(name) {
		return kg.Region
	}
	if linked != nil && c.regionCuedAnywhere(name) && !c.cityCuedAnywhere(name) && g.regionByItsTowns(p, linked) {
		return kg.Region
	}
	return ""
}
