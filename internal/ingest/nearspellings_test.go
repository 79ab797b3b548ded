package ingest

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/amity-graph/amity/internal/kg"
	"github.com/amity-graph/amity/internal/store"
)

// TestNearSpellings: a place spelt one alternation or one inner letter away from the
// graph's name, in a country the article names, is that place; a demonym, a word ending
// otherwise, a word inside a name and a line's first word are not.
func TestNearSpellings(t *testing.T) {
	g := fixtureGazetteer(t)
	tests := []struct {
		text string
		want []string
	}{
		{"Notes\n\nThe ambassador toured the Oromia Region of Ethiopia and met farmers in Oromia.",
			[]string{"Oromia region:et:oromiya", "Oromia region:et:oromiya"}},
		// English endings: a demonym of a state is not the state
		{"Notes\n\nThe team met Indiana officials and Indian investors in the United States.", nil},
		// the end of a name shaped "X of Y"
		{"Notes\n\nThe Heads of Misson of the United States met on Monday.", nil},
		// a line's first word is capitalised whatever it is
		{"Oromia Visit Ends\n\nThe ambassador went to Ethiopia.", nil},
	}
	for _, tt := range tests {
		doc, err := g.Ingest(Article{Text: tt.text})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, m := range doc.Mentions {
			if m.How == "spelling" && m.Entity != nil {
				got = append(got, m.Text+" "+*m.Entity)
			}
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%q: near spellings (-want +got):\n%s", tt.text, diff)
		}
	}
}

// TestNearSkeleton: one letter put in, left out or changed inside a long skeleton, not
// at its start or in its last two letters, where English adds its endings.
func TestNearSkeleton(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"oromia", "oromiia", true}, {"tolanaro", "tolagnaro", true}, {"ishkashim", "ishkoshim", true},
		{"oromia", "oromia", true}, {"oromia", "oromiaaa", false}, {"kavadarci", "kavardaci", false},
		{"georgian", "georgia", false}, {"oromi", "oromia", false},
	}
	for _, tt := range tests {
		if got := nearSkeleton(tt.a, tt.b); got != tt.want {
			t.Errorf("nearSkeleton(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// TestNearSpellingTowns: one letter away, a region of a country the text names links; a
// town does not.
func TestNearSpellingTowns(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:vr", Kind: kg.Country, Name: "Velmara"},
		{ID: "region:vr:oskaria", Kind: kg.Region, Name: "Oskaria", Countries: []string{"country:vr"}},
		{ID: "city:vr:bremmont", Kind: kg.City, Name: "Bremmont", Countries: []string{"country:vr"}},
	})
	got := kindLinks(t, g, "Notes\n\nIn Velmara the envoy met farmers in Oskarria and Bremmant on Monday.", "")
	want := []string{"Velmara country:vr", "Oskarria region:vr:oskaria"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("links (-want +got):\n%s", diff)
	}
}
