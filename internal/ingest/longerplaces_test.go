package ingest

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestLongerPlaceName: a place's name of several words followed by another capitalised
// word in running text starts a longer name ("Porta Vela Nueva", a town the graph lacks),
// unless that word is a cue, an office, a body's head, a compass word or a month, or an
// office's seat stands before it ("Governor of the Porta Vela Region Jon Velk"). The
// sentences are written for this test.
func TestLongerPlaceName(t *testing.T) {
	for _, tc := range []struct {
		text, name string
		want       bool
	}{
		{"Headline\nThe mission met farmers in Porta Vela Nueva, a hill town.", "Porta Vela", true},
		{"Headline\nThe mission met farmers in Porta Vela, a hill town.", "Porta Vela", false},
		{"Headline\nThe mission met the Porta Vela Governor and his staff.", "Porta Vela", false},
		{"Headline\nThe mission met the Porta Vela County Governors in May.", "Porta Vela County", false},
		{"Headline\nThe mission met the Porta Vela Council in May.", "Porta Vela", false},
		{"Headline\nThe mission toured Porta Vela North in May.", "Porta Vela", false},
		{"Headline\nThe mission toured Porta Vela March 3.", "Porta Vela", false},
		{"Envoy Visits Porta Vela Nueva Today\nThe mission met farmers.", "Porta Vela", false},
	} {
		c := &linkCtx{text: tc.text}
		s := strings.Index(tc.text, tc.name)
		got := longerPlaceName(c, hit{start: s, end: s + len(tc.name)})
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("longerPlaceName(%q, %q) (-want +got):\n%s", tc.text, tc.name, diff)
		}
	}
	for _, tc := range []struct {
		before string
		want   bool
	}{
		{"The envoy met the Governor of the ", true},
		{"The envoy met the Wali of ", true},
		{"The envoy met leaders of ", false},
		{"The envoy met students of the ", false},
	} {
		if diff := cmp.Diff(tc.want, officeSeatBefore(tc.before)); diff != "" {
			t.Errorf("officeSeatBefore(%q) (-want +got):\n%s", tc.before, diff)
		}
	}
}
