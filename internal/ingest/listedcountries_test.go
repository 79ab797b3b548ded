package ingest

import (
	"testing"

	"github.com/amity-graph/amity/internal/kg"
	"github.com/amity-graph/amity/internal/store"
)

// TestListedCountrySlips: inside a list of countries, a long word one letter from one
// country's name is that country, a town of the word's name notwithstanding; outside a
// list, or closing one, it stays unlinked. A state's standard initials are the state
// unless they open a body's name; a government styled by its own name is the country.
func TestListedCountrySlips(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:co", Kind: kg.Country, Name: "Colombia"},
		{ID: "country:bj", Kind: kg.Country, Name: "Benin"},
		{ID: "country:ar", Kind: kg.Country, Name: "Argentina"},
		{ID: "country:lu", Kind: kg.Country, Name: "Luxembourg"},
		{ID: "country:uy", Kind: kg.Country, Name: "Uruguay"},
		{ID: "country:au", Kind: kg.Country, Name: "Australia"},
		{ID: "country:af", Kind: kg.Country, Name: "Afghanistan"},
		{ID: "country:ie", Kind: kg.Country, Name: "Ireland"},
		{ID: "city:us:luxemburg", Kind: kg.City, Name: "Luxemburg", Countries: []string{"country:us"}, Population: 2_500},
		{ID: "region:au:new-south-wales", Kind: kg.Region, Name: "New South Wales", Countries: []string{"country:au"}},
	})
	checkOccurrenceLinks(t, g, []occurrenceCase{
		{
			name: "slips inside a list of countries",
			text: "Envoys of Colombia, Argentine, Luxemburg, Urguay and Benin toured the port.",
			want: map[string]string{"Argentine#1": "country:ar", "Luxemburg#1": "country:lu", "Urguay#1": "country:uy"},
		},
		{
			name: "a slip outside a list, or closing one",
			text: "Urguay is far away. Envoys of Colombia and Benin, and Urguay, came.",
			want: map[string]string{"Urguay#1": "", "Urguay#2": ""},
		},
		{
			name: "a state's initials, and a body they open",
			text: "The NSW Premier met the envoy. The NSW Parliament sat late.",
			want: map[string]string{"NSW#1": "region:au:new-south-wales", "NSW#2": ""},
		},
		{
			name: "a government styled by its name, and a demonym before government",
			text: "The Australian Government and the Afghan Government signed.",
			want: map[string]string{"Australian Government#1": "country:au", "Afghan Government#1": ""},
		},
		{
			name: "a government styled by its name, possessive",
			text: "The Irish Government’s envoy met the Afghan Government’s.",
			want: map[string]string{"Irish Government#1": "country:ie", "Afghan Government#1": ""},
		},
	})
}
