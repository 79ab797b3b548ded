package ingest

import (
	"slices"

	"github.com/amity-graph/amity/internal/kg"
	"github.com/amity-graph/amity/internal/store"
)

// inUnnamedPlaceCountry reports whether a town or region bearing the name as its own
// lies in the country nearly all the text's places lie in, a country the text does not
// name ("Alba and Sorn" in a release on one country's towns that never names it, as an
// embassy's seldom does): that country is the text's context as a named one is.
func inUnnamedPlaceCountry(c *linkCtx, e store.NameRecord, folded string) bool {
	return (e.Kind == kg.City || e.Kind == kg.Region) && c.placeCountry != "" && !c.countries[c.placeCountry] &&
		slices.Contains(e.Countries, c.placeCountry) && ownName(e.Name, folded)
}
