package ingest

import (
	"regexp"
	"slices"

	"github.com/amity-graph/amity/internal/kg"
)

// A place that shares its name with its region (Tokyo the metropolis and its wards,
// Okinawa the prefecture and its city, Seoul the special city and its province) is
// told apart by the words the text gives it: a governor's office or the region's head
// word ("the governor of Alba", "Alba Prefecture") make it the region, a mayor or a
// city's head word ("the mayor of Alba", "Alba City", "Alba City Hall") the town.
// When the article cues the town only, the bare name is the town wherever the words
// around it say nothing, before the kind of a place it is paired with ("between Alba
// and Sorn", Sorn a prefecture) is weighed: the pair says which places, not which
// sense. The same reading of the region alone is not taken: the annotations read a
// visit to a governor's Tokyo as the region in one text and "a factory in Lamphun",
// whose governor the text names, as the town in another, so such a name is left to
// the words around it (and open where they say nothing).

// soleCuedSense returns the one sense the article cues a twin name in, "" when it cues
// both or neither.
func (c *linkCtx) soleCuedSense(name string) kg.Kind {
	region := c.regionCuedAnywhere(name) || c.regionCuedByOffice(name)
	city := c.cityCuedAnywhere(name) || c.cityCuedByOffice(name)
	switch {
	case region && !city:
		return kg.Region
	case city && !region:
		return kg.City
	}
	return ""
}

// twinGovernorAfter, twinMayorAfter: a governor or a mayor named after the place's name, lower case as
// well as capitalised ("Alba governor", "Alba mayor"), or its head's seat ("Alba City
// Hall", "Alba Prefectural Government").
var (
	twinGovernorAfter = regexp.MustCompile(`^\s+(?:[Gg]overnor|[Gg]overnorship|[Pp]refectural|[Gg]ubernatorial)\b`)
	twinMayorAfter    = regexp.MustCompile(`^\s+(?:[Mm]ayor|[Mm]ayoral|[Cc]ity [Hh]all|[Tt]own [Hh]all)\b`)
)

// regionCuedByOffice reports whether the article names the region's head or seat with
// the name ("Alba governor"), as regionCue does with capitals.
func (c *linkCtx) regionCuedByOffice(name string) bool {
	return slices.ContainsFunc(occurrencesOf(c.text, name), func(at int) bool {
		after := c.text[at+len(name):]
		return twinGovernorAfter.MatchString(after) || possessiveOffice(after) == "governor"
	})
}

// cityCuedByOffice reports whether the article names the town's head or seat with the
// name ("Alba mayor", "Alba City Hall").
func (c *linkCtx) cityCuedByOffice(name string) bool {
	return slices.ContainsFunc(occurrencesOf(c.text, name), func(at int) bool {
		return twinMayorAfter.MatchString(c.text[at+len(name):])
	})
}

// twinLeftOpen reports whether a word the linker left unlinked is a name the graph
// holds as a city and as the region it lies in (hasTwins): the linker leaves such a name open where the text
// does not say which it means, and a list's cue ("Alba and Sorn") that makes it a
// place does not say which either, so it is not proposed as a new place, whose id
// would be one of the two.
func (g *Gazetteer) twinLeftOpen(name string) bool {
	f := " " + FoldName(name) + " "
	for _, h := range g.ac.FindAll(f) {
		if p := g.patterns[h.Pattern()]; " "+p.folded+" " == f && g.hasTwins(p) {
			return true
		}
	}
	return false
}
