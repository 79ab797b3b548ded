package ingest

import (
	"testing"

	"github.com/amity-graph/amity/internal/kg"
	"github.com/amity-graph/amity/internal/store"
)

// TestPeoplesNotPlaces: a town that bears a people's name is not read where the text
// writes the people: after "the", or before a noun the name qualifies ("families"). With
// a place's word after it, or a visit to it, it is the town. The sentences are written
// for this test.
func TestPeoplesNotPlaces(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:zz", Kind: kg.Country, Name: "Zedland", Degree: 100},
		{ID: "city:zz:roma", Kind: kg.City, Name: "Roma", Countries: []string{"country:zz"}, Population: 10_000, Degree: 3},
	})
	for _, tc := range []struct{ text, name, want string }{
		{"The envoy spoke up for the Roma in Zedland.", "Roma", ""},
		{"The envoy met Roma families in a Zedland suburb.", "Roma", ""},
		{"The envoy opened a school in a Roma neighborhood of Zedland.", "Roma", ""},
		{"The envoy of Zedland met the Roma mayor on Monday.", "Roma", "city:zz:roma"},
		{"The envoy of Zedland traveled to Roma last week.", "Roma", "city:zz:roma"},
	} {
		if got := ingestLinkAt(t, g, tc.text, tc.name, 1); got != tc.want {
			t.Errorf("%q: %s -> %q, want %q", tc.text, tc.name, got, tc.want)
		}
	}
}

// TestHeadNounAliasesNotPlaces: a town read by another of its names, where that name is
// a head noun closing a capitalised name ("a Harbour Tour") or after "this", is the
// name's noun; the town's own name, and the alias where a visit goes to it, stay the
// town. The sentences are written for this test.
func TestHeadNounAliasesNotPlaces(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:zz", Kind: kg.Country, Name: "Zedland", Degree: 100},
		{ID: "city:zz:tourville", Kind: kg.City, Name: "Tourville", Aliases: []string{"Tour"}, Countries: []string{"country:zz"}, Population: 100_000, Degree: 5},
	})
	for _, tc := range []struct{ text, name, want string }{
		{"The ministry of Zedland runs a Harbour Tour for envoys.", "Tour", ""},
		{"Envoys to Zedland learn much through this Tour.", "Tour", ""},
		{"The envoy of Zedland flew to Tourville on Monday.", "Tourville", "city:zz:tourville"},
	} {
		if got := ingestLinkAt(t, g, tc.text, tc.name, 1); got != tc.want {
			t.Errorf("%q: %s -> %q, want %q", tc.text, tc.name, got, tc.want)
		}
	}
}
