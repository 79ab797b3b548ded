package ingest

import "github.com/amity-graph/amity/internal/kg"

// constituentDegree is how many ties a region needs in the graph before its bare name
// is read as the region without its country being named: a constituent nation or a
// large state ("Wales", "Bavaria", "Quebec") is written alone, as a large city is.
const constituentDegree = 100

// wellKnownRegion reports whether entry is a region the graph ties widely, named here by
// its own name, which nothing else the graph holds bears: such a name is the region
// wherever it stands alone, its country named or not.
func (g *Gazetteer) wellKnownRegion(entry int, folded string) bool {
	e := g.entries[entry]
	if e.Kind != kg.Region || e.Degree < constituentDegree || FoldName(e.Name) != folded {
		return false
	}
	for _, i := range g.entriesNamed(e.Name) {
		if i != entry {
			return false
		}
	}
	return true
}
