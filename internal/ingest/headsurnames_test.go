package ingest

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/amity-graph/amity/internal/kg"
	"github.com/amity-graph/amity/internal/store"
)

// TestOfficeSurnames: a surname alone after "President", "Prime Minister" or
// "Ambassador" is the one person of the graph of that surname holding that office at a
// country the text names; not when two hold it, not after "Vice", not when the country
// goes unnamed, and not when the name goes on.
func TestOfficeSurnames(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:vr", Kind: kg.Country, Name: "Velmara"},
		{ID: "country:ts", Kind: kg.Country, Name: "Tessaly"},
		{ID: "person:ada-lindqvar", Kind: kg.Person, Name: "Ada Lindqvar", Positions: []store.Position{{Title: "President", Body: "country:vr"}}},
		{ID: "person:bo-rasmark", Kind: kg.Person, Name: "Bo Rasmark", Positions: []store.Position{{Title: "Prime Minister", Body: "country:vr"}}},
		{ID: "person:cai-ostrellis", Kind: kg.Person, Name: "Cai Ostrellis", Positions: []store.Position{{Title: "Ambassador Extraordinary and Plenipotentiary", Body: "country:ts"}}},
		{ID: "person:dag-junno", Kind: kg.Person, Name: "Dag Junno", Positions: []store.Position{{Title: "President", Body: "country:ts"}}},
		{ID: "person:eva-junno", Kind: kg.Person, Name: "Eva Junno", Positions: []store.Position{{Title: "President", Body: "country:ts"}}},
	})
	for _, c := range []struct{ text, want string }{
		{"The envoy flew to Velmara and met President Lindqvar there.", "Velmara=country:vr Lindqvar=person:ada-lindqvar"},
		{"In Velmara the envoy met Prime Minister Rasmark’s team.", "Velmara=country:vr Rasmark=person:bo-rasmark"},
		{"Ambassador Ostrellis’ visit to Tessaly ended on Friday.", "Ostrellis=person:cai-ostrellis Tessaly=country:ts"},
		{"The envoy flew to Tessaly and met President Junno there.", "Tessaly=country:ts"},
		{"The envoy flew to Velmara and met Vice President Lindqvar there.", "Velmara=country:vr"},
		{"The envoy met President Lindqvar there.", ""},
		{"The envoy flew to Velmara and met President Lindqvar Osk there.", "Velmara=country:vr"},
	} {
		got := articleLinks(t, g, Article{Text: "Test\n\n" + c.text, Meta: Meta{Title: "Test", Published: "2019-03-14"}})
		if diff := cmp.Diff(c.want, got); diff != "" {
			t.Errorf("%q: links (-want +got):\n%s", c.text, diff)
		}
	}
}
