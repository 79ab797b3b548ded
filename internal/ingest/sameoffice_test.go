package ingest

import (
	"testing"

	"github.com/google/go-cmp/cmp"

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
	for _, c := range []struct {
		name string
		g    *Gazetteer
		text string
		want map[string]string
	}{
		{"one premier, titled premier", one, "The envoy flew to Zembla, where Premier Varo met her.", map[string]string{"Varo#1": "person:varo-ilse"}},
		{"one premier, titled prime minister", one, "The envoy flew to Zembla, where Prime Minister Varo met her.", map[string]string{"Varo#1": "person:varo-ilse"}},
		{"two holders under the two titles", two, "The envoy flew to Zembla, where Premier Varo met her.", map[string]string{"Varo#1": ""}},
	} {
		t.Run(c.name, func(t *testing.T) {
			doc, err := c.g.Ingest(Article{Text: "Test\n\n" + c.text, Meta: Meta{Title: "Test", Published: "2016-05-02"}})
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(c.want, mentionIDs(doc, c.want)); diff != "" {
				t.Errorf("links (-want +got):\n%s", diff)
			}
		})
	}
}
