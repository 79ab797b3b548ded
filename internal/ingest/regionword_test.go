package ingest

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/amity-graph/amity/internal/kg"
	"github.com/amity-graph/amity/internal/store"
)

// TestCityCuedAsRegion: a region cue on a name the graph holds only as a city gives the
// region that city lies in when the region bears one of the city's spellings; a visit
// keeps the town, and a region of another name is not reached.
func TestCityCuedAsRegion(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "city:xx:lomar", Kind: kg.City, Name: "Lomar", Aliases: []string{"Lommar"}, Regions: []string{"region:xx:lommar"}},
		{ID: "region:xx:lommar", Kind: kg.Region, Name: "Lommar"},
		{ID: "city:xx:bela", Kind: kg.City, Name: "Bela", Regions: []string{"region:xx:north"}},
		{ID: "region:xx:north", Kind: kg.Region, Name: "North Plain"},
	})
	for text, want := range map[string]string{
		"She met Lomar Governor Tal Ren.":        "region:xx:lommar",
		"She met the Governor of Lomar at noon.": "region:xx:lommar",
		"The mill stands in Lomar province.":     "region:xx:lommar",
		"She visited Lomar on Monday.":           "city:xx:lomar",
		"She met Bela Governor Tal Ren.":         "city:xx:bela",
	} {
		word := "Lomar"
		if strings.Contains(text, "Bela") {
			word = "Bela"
		}
		i := strings.Index(text, word)
		j := g.byID["city:"+"xx:"+strings.ToLower(word)]
		id := g.entries[j].ID
		ms := g.cityAsRegion(&linkCtx{text: text}, []Mention{{Text: word, bStart: i, bEnd: i + len(word), Kind: kg.City, Entity: &id, entry: j}})
		if diff := cmp.Diff(want, *ms[0].Entity); diff != "" {
			t.Errorf("cityAsRegion(%q) (-want +got):\n%s", text, diff)
		}
	}
}
