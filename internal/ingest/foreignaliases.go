package ingest

import (
	"slices"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
	"github.com/amity-graph/amity/internal/store"
)

// foreignAlias reports a place named by one word that is only another of its names
// ("Gizeh" for a city the graph calls otherwise), in a country the text never names
// and where no place it links lies, with no cue, region or partner beside it: a slip
// of one letter from a place's own spelling, or a namesake in a tongue of that land,
// more often than that place abroad. A large city's weight does not save it: that is
// what made such slips win. A possessive the graph keeps as an alias ("Alba’s" of a
// town abroad) is weighed as the word it is. Left unlinked, the proposer may read the
// name.
func (g *Gazetteer) foreignAlias(c *linkCtx, e store.NameRecord, folded string, strong bool, linked map[string]bool) bool {
	if e.Kind != kg.City && e.Kind != kg.Region || FoldName(e.Name) == folded || strong || c.evidenced[e.ID] || len(e.Countries) == 0 {
		return false
	}
	if slices.ContainsFunc(e.Countries, func(cc string) bool { return c.countries[cc] || cc == c.placeCountry }) {
		return false
	}
	for id := range linked {
		if i, ok := g.byID[id]; ok && slices.ContainsFunc(g.entries[i].Countries, func(cc string) bool { return slices.Contains(e.Countries, cc) }) {
			return false
		}
	}
	return true
}

// unrelatedAlias reports an alias of several words that shares no word with the place's
// name: a translation of the name ("Casa Blanca" given in English) or a name in another
// tongue, which a text in English uses for something else far more often than for that
// place abroad. An alias sharing a word ("Alba" of "Alba City") is the place's short form.
func unrelatedAlias(alias, name string) bool {
	words := strings.Fields(alias)
	if len(words) < 2 {
		return false
	}
	nameWords := strings.Fields(name)
	return !slices.ContainsFunc(words, func(w string) bool { return slices.Contains(nameWords, w) })
}
