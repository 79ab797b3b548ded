package refdata

// Places is how importers of other data sets (missions, travels, visits, chiefs of
// mission, mayors) find the graph's countries and cities: by the names, codes and
// coordinates their rows carry. Read builds it from the reference data; importers take
// the interface so their tests can give them a small one.
type Places interface {
	// Country resolves a country as a data set names it ("South Korea", "Korea,
	// Republic of", "China, People's Republic of", "Republic of China", an ISO 3166
	// alpha-2 or alpha-3 code) to its ISO 3166 alpha-2 code, upper case.
	Country(name string) (iso2 string, ok bool)
	// CountryByQID resolves a Wikidata item id ("Q148") to an ISO 3166 alpha-2 code.
	CountryByQID(qid string) (iso2 string, ok bool)
	// City finds the city of country iso2 that a row names: by its name or any alias
	// (native scripts, historic names, exonyms), case and diacritics folded. The hint
	// narrows several candidates: a first-level region by name ("Jiangsu"), or the
	// row's coordinates (the nearest candidate within a few tens of kilometres). It
	// returns the city's id, or a reason (one of the Reason constants) when no city or
	// several fit.
	City(iso2, name string, hint CityHint) (id string, reason string, ok bool)
	// Nearest is the city of country iso2 nearest to a point, within maxKm.
	Nearest(iso2 string, lat, lon, maxKm float64) (id string, ok bool)
}

// CityHint narrows a city lookup; its zero value gives no hint.
type CityHint struct {
	Region   string // a first-level region's name, e.g. "Jiangsu", "Ohio"
	Lat, Lon float64
	HasCoord bool
}
