package ingest

import (
	"testing"

	"github.com/amity-graph/amity/internal/kg"
	"github.com/amity-graph/amity/internal/store"
)

// TestPremierSameOffice: "Premier" and "Prime Minister" are one office. A surname after
// either title is linked when the graph holds one person of that surname in it, under
// either title; with two such people, one under each title, it is neither's.
func TestPremierSameOffice(t *testing.T) {
	country := store.NameRecord{ID: "country:zz", Kind: kg.Country, Name: "Zembla"}
	one := NewGazetteer([]store.NameRecord{country,
		{ID: "person:varo-ilse", Kind: kg.Person, Name: "Ilse Varo", Positions: []store.Position{{Title: "Premier", Body: "country:zz"}}},
	})
	two := NewGazetteer([]store.NameRecord{country,
		{ID: "person:varo-ilse", Kind: kg.Person, Name: "Ilse Varo", Positions: []store.Position{{Title: "Premier", Body: "country:zz"}}},
		{ID: "person:varo-anton", Kind: kg.Person, Name: "Anton Varo", Positions: []store.Position{{Title: "Prime Minister", Body: "country:zz"}}},
	})
	checkOccurrenceLinks(t, one, []occurrenceCase{
		{"one premier, titled premier", "The envoy flew to Zembla, where Premier Varo met her.", map[string]string{"Varo#1": "person:varo-ilse"}},
		{"one premier, titled prime minister", "The envoy flew to Zembla, where Prime Minister Varo met her.", map[string]string{"Varo#1": "person:varo-ilse"}},
	})
	checkOccurrenceLinks(t, two, []occurrenceCase{
		{"two holders under the two titles", "The envoy flew to Zembla, where Premier Varo met her.", map[string]string{"Varo#1": ""}},
	})
}
