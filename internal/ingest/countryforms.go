package ingest

import "strings"

// englishCountryNames are English names of countries in common use that the graph's
// names lack: the Democratic Republic of the Congo is as often written without its
// article, or as "DR Congo", and the two Congos by their capitals.
var englishCountryNames = map[string][]string{
	"country:cd": {"Democratic Republic of Congo", "DR Congo", "D.R. Congo", "Congo-Kinshasa"},
	"country:cg": {"Congo-Brazzaville"},
	// governments that style themselves so by name: the country, as "the U.S. Government"
	// is (a demonym before "government" elsewhere stays a common phrase)
	"country:au": {"Australian Government"},
	"country:th": {"Royal Thai Government"},
	// the Irish state's English press service goes by this name
	"country:ie": {"Irish Government"},
}

// apostropheForms adds to a country's names the forms English prints without the
// possessive's apostrophe ("Peoples Republic of China"): the shorter name inside
// ("Republic of China") is another country's, so the long form must be known whole.
func apostropheForms(names []string) []string {
	out := names
	for _, n := range names {
		for _, a := range []string{"People's", "People’s"} {
			if strings.Contains(n, a) {
				out = append(out, strings.ReplaceAll(n, a, "Peoples"))
			}
		}
	}
	return out
}
