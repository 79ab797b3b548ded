package ingest

import (
	"strings"
	"testing"
)

// TestRouteNames: a road named by its two ends holds both places' names; a place before
// "to" and another place, with no route's head after, stays a place.
func TestRouteNames(t *testing.T) {
	for _, c := range []struct {
		text, word string
		want       bool
	}{
		{"Work began on the Dover to Alba Road last week.", "Dover", true},
		{"Work began on the Dover to Alba Road last week.", "Alba", true},
		{"The Dover to Port Alba Highway opened.", "Alba", true},
		{"She flew from Dover to Alba on Monday.", "Dover", false},
		{"She drove from Dover to Alba. Road works slowed her.", "Alba", false},
	} {
		i := strings.Index(c.text, c.word)
		if got := inRouteName(c.text, i, i+len(c.word)); got != c.want {
			t.Errorf("inRouteName(%q, %q) = %v, want %v", c.text, c.word, got, c.want)
		}
	}
}
