package ingest

import (
	"regexp"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
	"github.com/amity-graph/amity/internal/store"
)

// soleLargeCityPopulation is the size from which a city the graph alone bears a name
// for is known well enough to be meant without its country being named.
const soleLargeCityPopulation = 250_000

// soleLargeCity reports whether e is a sizeable city named by its own name, which
// names nothing else in the graph, and which the text itself calls a city somewhere
// ("the City of Tampa", "Mayor of Tampa"): in a text whose only named country is its
// sister city's it is still that city, not a new town of that country. Without the
// city word the name is a surname or a strip of land as often.
func soleLargeCity(text string, e store.NameRecord, p pattern) bool {
	return e.Kind == kg.City && e.Population >= soleLargeCityPopulation && len(p.refs) == 1 && FoldName(e.Name) == p.folded &&
		calledCity(text, e.Name)
}

// calledCity reports whether the text calls name a city: "City of X", "Mayor of X",
// "X City".
func calledCity(text, name string) bool {
	q := regexp.QuoteMeta(name)
	re, err := regexp.Compile(`\b(?:City|Mayor|Town) of ` + q + `\b|\b` + q + ` City\b`)
	return err == nil && strings.Contains(text, name) && re.MatchString(text)
}
