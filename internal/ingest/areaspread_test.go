package ingest

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestSpreadOver: a twin name after "throughout" or "across" is the region; elsewhere
// in the same text the bare name keeps its own sense.
func TestSpreadOver(t *testing.T) {
	g := fixtureGazetteer(t)
	for _, c := range []struct {
		text string
		want map[string]string
	}{
		{"The programme built clinics throughout Salta in Argentina.", map[string]string{"Salta": "region:ar:salta"}},
		{"In Argentina the fund pays for schools across Salta.", map[string]string{"Salta": "region:ar:salta"}},
		{"In Argentina the envoy opened a school in Salta.", map[string]string{"Salta": "city:ar:salta"}},
	} {
		if diff := cmp.Diff(c.want, linksFor(t, g, c.text, c.want)); diff != "" {
			t.Errorf("%q (-want +got):\n%s", c.text, diff)
		}
	}
	for _, c := range []struct {
		before string
		want   bool
	}{
		{"clinics throughout ", true},
		{"roads across the ", true},
		{"a bridge across", false},
		{"crossed ", false},
	} {
		if got := spreadOver(c.before); got != c.want {
			t.Errorf("spreadOver(%q) = %v, want %v", c.before, got, c.want)
		}
	}
}
