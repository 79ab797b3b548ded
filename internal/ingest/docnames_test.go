package ingest

import (
	"testing"

	"github.com/amity-graph/amity/internal/kg"
	"github.com/amity-graph/amity/internal/store"
)

// TestMemorandaNames: countries joined by a hyphen before "MOU" or "Joint Statement" are
// part of the document's name; before a common word, or before "Memorandum of
// Understanding" (said of unnamed ones as often: "a Libya-Chad Memorandum of
// Understanding"), they are the countries.
func TestMemorandaNames(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:ly", Kind: kg.Country, Name: "Libya", Degree: 200},
		{ID: "country:td", Kind: kg.Country, Name: "Chad", Degree: 200},
	})
	checkLinkCases(t, g, []linkCase{
		{"Towns gained from the Libya-Chad MOU to Support Local Cooperation (April 2012).", nil},
		{"Towns gained from the Libya-Chad Joint Statement on Water (May 2012).", nil},
		{"Towns gained from Libya-Chad cooperation on water.", []string{"Libya country:ly", "Chad country:td"}},
		{"Towns gained from a Libya-Chad Memorandum of Understanding.", []string{"Libya country:ly", "Chad country:td"}},
	})
}
