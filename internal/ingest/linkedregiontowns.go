package ingest

import (
	"slices"

	"github.com/amity-graph/amity/internal/kg"
	"github.com/amity-graph/amity/internal/store"
)

// townOfLinkedRegion reports whether e is the one place the graph knows by the name, a
// city called so by its own name, lying in a region the article links elsewhere ("the
// people of Alba" in a text on Alba's prefecture): the region is the town's context as
// its country would be, though the country goes unnamed.
func townOfLinkedRegion(e store.NameRecord, p pattern, linked map[string]bool) bool {
	return e.Kind == kg.City && len(p.refs) == 1 && FoldName(e.Name) == p.folded &&
		slices.ContainsFunc(e.Regions, func(id string) bool { return linked[id] })
}
