package ingest

import (
	"testing"
)

// TestJuxtaposedPlaces: two places of two countries the article links elsewhere, set
// side by side, are each linked; a pair that opens an agreement's title, or whose names
// the article links nowhere else, is not.
func TestJuxtaposedPlaces(t *testing.T) {
	g := fixtureGazetteer(t)
	for _, c := range []struct {
		text, name string
		nth        int
		want       string
	}{
		{"Officials hailed the Canberra Beijing exchange of students. Canberra sent twelve pupils, and Beijing sent ten.", "Canberra", 1, "city:au:canberra"},
		{"Officials hailed the Canberra Beijing exchange of students. Canberra sent twelve pupils, and Beijing sent ten.", "Beijing", 1, "city:cn:beijing"},
		{"The mayors signed the Canberra Beijing Friendship Agreement. Canberra sent twelve pupils, and Beijing sent ten.", "Beijing", 1, ""},
		{"Officials hailed the Canberra Beijing exchange of students last spring.", "Beijing", 1, ""},
	} {
		if got := ingestLinkAt(t, g, c.text, c.name, c.nth); got != c.want {
			t.Errorf("%q: %s %d -> %q, want %q", c.text, c.name, c.nth, got, c.want)
		}
	}
}
