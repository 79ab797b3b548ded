package ingest

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/amity-graph/amity/internal/kg"
	"github.com/amity-graph/amity/internal/store"
)

// round32bGazetteer is a small made-up graph for the round's tests: one country, a town,
// two countries whose names end with one word, and an island's stem the graph holds.
func round32bGazetteer() *Gazetteer {
	return NewGazetteer([]store.NameRecord{
		{ID: "country:zz", Kind: kg.Country, Name: "Zedland", Degree: 100},
		{ID: "country:zn", Kind: kg.Country, Name: "North Velmaria", Degree: 50},
		{ID: "country:zs", Kind: kg.Country, Name: "South Velmaria", Degree: 60},
		{ID: "city:zz:ostra", Kind: kg.City, Name: "Ostra", Countries: []string{"country:zz"}, Population: 50_000, Degree: 4},
	})
}

// mentionsIn ingests text and returns each mention as "text=id (kind)".
func mentionsIn(t *testing.T, g *Gazetteer, text string) []string {
	t.Helper()
	doc, err := g.Ingest(Article{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, m := range doc.Mentions {
		out = append(out, m.Text+"="+m.id()+" ("+string(m.Kind)+")")
	}
	return out
}

// TestIslandsAndWards: "<Name> Island" is a new region and "<Name> Ward" a new place,
// where nothing else names them; not a nickname in quotes, not the start of a longer
// name, not an ocean's islands, and not an island named by a place the graph holds. The
// sentences are written for this test.
func TestIslandsAndWards(t *testing.T) {
	g := round32bGazetteer()
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"The envoy of Zedland sailed to Pelo Island on Monday.", []string{"Zedland=country:zz (Country)", "Pelo Island=region:zz:pelo-island (Region)"}},
		{"In Zedland she met the Provincial Member for Tane Vane Ward, Ana Velk.", []string{"Zedland=country:zz (Country)", "Tane Vane Ward=city:zz:tane-vane-ward (City)", "Ana Velk=person:ana-velk (Person)"}},
		{"Zedland is known as the “Quartz Island” of its region.", []string{"Zedland=country:zz (Country)"}},
		{"Zedland backs the Outer Islands Solar Project this year.", []string{"Zedland=country:zz (Country)"}},
		{"Zedland hosted leaders of the Pacific Islands on Monday.", []string{"Zedland=country:zz (Country)"}},
		{"The envoy of Zedland flew to Ostra Island on Monday.", []string{"Zedland=country:zz (Country)"}},
	} {
		if diff := cmp.Diff(tc.want, mentionsIn(t, g, tc.text)); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tc.text, diff)
		}
	}
}
