package ingest

import (
	"testing"

	"github.com/amity-graph/amity/internal/kg"
	"github.com/amity-graph/amity/internal/store"
)

// TestMiddleNamesAndInitials: a person named with given name and surname as the graph
// has them is that person whatever middle names or initials either side adds or leaves
// out, even where the text's country is none of his recorded offices (where the graph's
// initials are left out, a diplomat's title must narrow the namesakes); the surname
// alone then follows him. A different initial, or a kinsman of the same surname in the text,
// leaves the name unlinked.
func TestMiddleNamesAndInitials(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:aa", Kind: kg.Country, Name: "Arvenia"},
		{ID: "country:bb", Kind: kg.Country, Name: "Bregia"},
		{ID: "person:venn-orla-b", Kind: kg.Person, Name: "Orla B. Venn", Positions: []store.Position{{Title: "Ambassador", Body: "country:aa"}}},
		{ID: "person:kasimir-piet", Kind: kg.Person, Name: "Piet Kasimir", Positions: []store.Position{{Title: "Ambassador", Body: "country:aa"}}},
		{ID: "person:halle-tomas-r", Kind: kg.Person, Name: "Tomas R. Halle", Positions: []store.Position{{Title: "Ambassador", Body: "country:aa"}}},
	})
	for _, tc := range []struct {
		text, name string
		nth        int
		want       string
	}{
		// the graph's middle initial left out, in a country he never served, titled
		{"In Bregia, Ambassador to Bregia Orla Venn opened a school. Venn praised the pupils.", "Orla Venn", 1, "person:venn-orla-b"},
		{"In Bregia, Ambassador to Bregia Orla Venn opened a school. Venn praised the pupils.", "Venn", 2, "person:venn-orla-b"},
		// an initial the graph's name lacks
		{"In Bregia, Piet J. Kasimir opened a school.", "Piet J. Kasimir", 1, "person:kasimir-piet"},
		// a middle name the graph writes as its initial
		{"In Bregia, Tomas Rafael Halle opened a school.", "Tomas Rafael Halle", 1, "person:halle-tomas-r"},
	} {
		if got := ingestLinkAt(t, g, tc.text, tc.name, tc.nth); got != tc.want {
			t.Errorf("%q: %q (%d) -> %q, want %q", tc.text, tc.name, tc.nth, got, tc.want)
		}
	}
	for _, tc := range []struct{ text, name string }{
		// untitled, a namesake as likely as the diplomat
		{"In Bregia, the painter Orla Venn opened a gallery.", "Orla Venn"},
		// another initial is another man
		{"In Bregia, Tomas K. Halle opened a school.", "Tomas K. Halle"},
		// the father beside his son of the same surname: the bare name may be either's, and
		// the title before the surname is the son's
		{"In Bregia, Ambassador John R. Halle recalled his father, Tomas Halle. Ambassador Halle spoke.", "Tomas Halle"},
	} {
		if got := ingestLinkAt(t, g, tc.text, tc.name, 1); got == "person:halle-tomas-r" {
			t.Errorf("%q: %q -> the graph's Tomas R. Halle", tc.text, tc.name)
		}
	}
}

// TestUSCountyStem: an American county's name without "County" is the city that bears
// it, however small the graph knows the city to be.
func TestUSCountyStem(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:us", Kind: kg.Country, Name: "United States"},
		{ID: "city:us:harbor-falls", Kind: kg.City, Name: "Harbor Falls", Countries: []string{"country:us"}, Population: 900},
		{ID: "region:us:harbor-falls-county", Kind: kg.Region, Name: "Harbor Falls County", Countries: []string{"country:us"}, Degree: 20},
	})
	for _, tc := range []struct{ text, name, want string }{
		{"Harbor Falls in the United States signed the accord.", "Harbor Falls", "city:us:harbor-falls"},
		{"Officials of Harbor Falls County in the United States met last week.", "Harbor Falls County", "region:us:harbor-falls-county"},
	} {
		if got := ingestLinkAt(t, g, tc.text, tc.name, 1); got != tc.want {
			t.Errorf("%q: %q -> %q, want %q", tc.text, tc.name, got, tc.want)
		}
	}
}
