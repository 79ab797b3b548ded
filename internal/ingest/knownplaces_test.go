package ingest

import (
	"strings"
	"testing"

	"github.com/amity-graph/amity/internal/kg"
	"github.com/amity-graph/amity/internal/store"
	"github.com/google/go-cmp/cmp"
)

// TestKnownPlaceProposals: a new place is not proposed under a name a graph place of
// that kind bears. A large city that no comparable namesake bears is linked; a name a
// place bears as its own in the proposal's country (or, for a proposal with no
// country, in a country the text names) is left unlinked; a proposal placed where no
// bearer lies, a name the graph gives only as an alias, or one it lacks, stays; a
// proposal of another kind is untouched.
func TestKnownPlaceProposals(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:de", Kind: kg.Country, Name: "Germany"},
		{ID: "country:au", Kind: kg.Country, Name: "Australia"},
		{ID: "country:es", Kind: kg.Country, Name: "Spain"},
		{ID: "country:fr", Kind: kg.Country, Name: "France"},
		{ID: "country:id", Kind: kg.Country, Name: "Indonesia"},
		{ID: "country:us", Kind: kg.Country, Name: "United States"},
		{ID: "city:de:hallenberg", Kind: kg.City, Name: "Hallenberg", Countries: []string{"country:de"}, Population: 600_000, Degree: 10},
		{ID: "city:us:hallenberg", Kind: kg.City, Name: "Hallenberg", Countries: []string{"country:us"}, Population: 4_000, Degree: 2},
		{ID: "city:jp:kotobetsu:1", Kind: kg.City, Name: "Kotobetsu", Countries: []string{"country:jp"}, Population: 18_000, Degree: 2},
		{ID: "city:jp:kotobetsu:2", Kind: kg.City, Name: "Kotobetsu", Countries: []string{"country:jp"}, Population: 5_000, Degree: 2},
		{ID: "city:es:miravela", Kind: kg.City, Name: "Miravela", Countries: []string{"country:es"}, Population: 230_000, Degree: 5},
		{ID: "city:ni:miravela", Kind: kg.City, Name: "Miravela", Countries: []string{"country:ni"}, Population: 120_000, Degree: 3},
		{ID: "city:fr:sornac", Kind: kg.City, Name: "Sornac-sur-Mer", Aliases: []string{"Sornac"}, Countries: []string{"country:fr"}, Population: 340_000, Degree: 5},
		{ID: "city:gb:ashcombe", Kind: kg.City, Name: "Ashcombe", Countries: []string{"country:gb"}, Population: 6_000, Degree: 2},
		{ID: "city:gb:pellow", Kind: kg.City, Name: "Pellow", Countries: []string{"country:gb"}, Population: 9_000, Degree: 2},
		{ID: "region:us:tellwood", Kind: kg.Region, Name: "Tellwood Valley", Countries: []string{"country:us"}, Degree: 3},
	})
	text := "Hallenberg, Kotobetsu, Miravela, Sornac, Ashcombe, Pellow, Tellwood Valley, Brinmoor and Hallenberg Group."
	c := &linkCtx{text: text, countries: map[string]bool{"country:jp": true}}
	var ms []Mention
	propose := func(name string, kind kg.Kind, id string) {
		s := strings.Index(text, name)
		ms = append(ms, Mention{Text: name, bStart: s, bEnd: s + len(name), Kind: kind, Proposed: strPtr(id), How: "new", entry: -1})
	}
	// a large city no namesake compares to: linked, whatever country the proposal took
	propose("Hallenberg", kg.City, "city:id:hallenberg")
	// two small namesakes in a country the text names, and no country of its own:
	// neither is sure, no link
	propose("Kotobetsu", kg.City, "city:kotobetsu")
	// a namesake of comparable size in the proposal's country: no link
	propose("Miravela", kg.City, "city:es:miravela")
	// an alias only, not the own name, of a city in the proposal's country: kept
	propose("Sornac", kg.City, "city:fr:sornac")
	// a small namesake in another country only: a new place of its own
	propose("Ashcombe", kg.City, "city:au:ashcombe")
	// no country of its own, and its namesake lies in a country the text does not name:
	// kept
	propose("Pellow", kg.City, "city:pellow")
	// a region's name, proposed as a city: kept
	propose("Tellwood Valley", kg.City, "city:us:tellwood-valley")
	// unknown to the graph: kept
	propose("Brinmoor", kg.City, "city:brinmoor")
	propose("Hallenberg Group", kg.Organization, "org:hallenberg-group")
	var got []string
	for _, m := range g.knownPlaceProposals(c, ms) {
		switch {
		case m.Entity != nil:
			got = append(got, m.Text+"="+*m.Entity)
		case m.Proposed != nil:
			got = append(got, m.Text+" new")
		}
	}
	want := []string{"Hallenberg=city:de:hallenberg", "Sornac new", "Ashcombe new", "Pellow new", "Tellwood Valley new", "Brinmoor new", "Hallenberg Group new"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}
