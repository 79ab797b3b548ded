package ingest

import (
	"testing"

	"github.com/amity-graph/amity/internal/kg"
	"github.com/amity-graph/amity/internal/store"
)

// TestCityRegions: a city's name before "City Region" is part of the region's name; the
// city alone, or before "City", stays the city.
func TestCityRegions(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:gb", Kind: kg.Country, Name: "United Kingdom", Degree: 200},
		{ID: "city:gb:sornley", Kind: kg.City, Name: "Sornley", Countries: []string{"country:gb"}, Population: 2_000_000, Degree: 20},
	})
	checkLinkCases(t, g, []linkCase{
		{"The mayor of the Sornley City Region flew out.", nil},
		{"The mayor of Sornley flew out.", []string{"Sornley city:gb:sornley"}},
		{"The mayor of Sornley City flew out.", []string{"Sornley city:gb:sornley"}},
	})
}
