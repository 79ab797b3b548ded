package ingest

import (
	"testing"

	"github.com/amity-graph/amity/internal/kg"
	"github.com/amity-graph/amity/internal/store"
)

// TestAntarcticNoun: "the Antarctic" as a noun is the graph's Antarctica; opening a
// name or standing as an adjective it is not. The sentences are written for this test.
func TestAntarcticNoun(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:aq", Kind: kg.Country, Name: "Antarctica"},
		{ID: "country:cl", Kind: kg.Country, Name: "Chile"},
	})
	checkOccurrenceLinks(t, g, []occurrenceCase{
		{
			name: "the continent as a noun",
			text: "Chile backs research in the Antarctic and flights to the Antarctic, said the envoy.",
			want: map[string]string{"Antarctic#1": "country:aq", "Antarctic#2": "country:aq"},
		},
		{
			name: "a name it opens, and the adjective",
			text: "Chile signed the Antarctic Treaty and praised Antarctic science.",
			want: map[string]string{"Antarctic#1": "", "Antarctic#2": ""},
		},
	})
}
