package ingest

import (
	"testing"

	"github.com/amity-graph/amity/internal/kg"
	"github.com/amity-graph/amity/internal/store"
	"github.com/google/go-cmp/cmp"
)

// TestListEndsAndVillageVisits: the last item of a list of places after "and" is a
// place of their kind, not when a capitalised word goes on after it or when only one
// place stands before it, nor when the name goes on (a possessive); "In Velo, Ambassador Ruiz visited ..." tours a town, unless
// the graph holds Velo as a unit by its head ("Velo Province"). The sentences are
// written for this test.
func TestListEndsAndVillageVisits(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:ly", Kind: kg.Country, Name: "Libya", Degree: 200},
		{ID: "city:ly:tripoli", Kind: kg.City, Name: "Tripoli", Countries: []string{"country:ly"}, Population: 1_100_000},
		{ID: "city:ly:sabha", Kind: kg.City, Name: "Sabha", Countries: []string{"country:ly"}, Population: 130_000},
		{ID: "region:ly:orvanna-province", Kind: kg.Region, Name: "Orvanna Province", Countries: []string{"country:ly"}},
	})
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"The mayors of Tripoli, Sabha and Kell Marzak met in Libya.",
			[]string{"Tripoli=city:ly:tripoli (City)", "Sabha=city:ly:sabha (City)", "Kell Marzak=city:ly:kell-marzak (City)", "Libya=country:ly (Country)"}},
		{"Envoys from Tripoli, Sabha and Marzak’s port toured Libya.",
			[]string{"Tripoli=city:ly:tripoli (City)", "Sabha=city:ly:sabha (City)", "Libya=country:ly (Country)"}},
		{"Ports in Libya grew. In Marzak, Ambassador Ruiz visited a clinic.",
			[]string{"Libya=country:ly (Country)", "Marzak=city:ly:marzak (City)"}},
		{"Ports in Libya grew. In Orvanna, Ambassador Ruiz visited a clinic.",
			[]string{"Libya=country:ly (Country)"}},
	} {
		if diff := cmp.Diff(tc.want, mentionsIn(t, g, tc.text)); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tc.text, diff)
		}
	}
}
