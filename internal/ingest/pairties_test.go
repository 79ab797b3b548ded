package ingest

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/amity-graph/amity/internal/kg"
	"github.com/amity-graph/amity/internal/store"
)

// TestPairedTies: two countries hyphened before "Alliance" or "relationship", by name
// or short form, are both linked; a side that is no country's name leaves the pair.
func TestPairedTies(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:us", Kind: kg.Country, Name: "United States"},
		{ID: "country:kr", Kind: kg.Country, Name: "South Korea"},
		{ID: "country:vr", Kind: kg.Country, Name: "Velmara"},
	})
	for _, c := range []struct{ text, want string }{
		{"The council works to boost the ROK-U.S. alliance in the city.", "ROK=country:kr U.S.=country:us"},
		{"It marks the anniversary of the ROK-U.S. Alliance and more.", "ROK=country:kr U.S.=country:us"},
		{"He praised the U.S.-Velmara Alliance on Friday.", "U.S.=country:us Velmara=country:vr"},
		{"He spoke on the U.S-Velmara relationship to students.", "U.S=country:us Velmara=country:vr"},
	} {
		got := articleLinks(t, g, Article{Text: "Test\n\n" + c.text, Meta: Meta{Title: "Test", Published: "2019-03-14"}})
		if diff := cmp.Diff(c.want, got); diff != "" {
			t.Errorf("%q: links (-want +got):\n%s", c.text, diff)
		}
	}
}
