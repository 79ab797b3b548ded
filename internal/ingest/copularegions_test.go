package ingest

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestCopulaRegion: a twin name said by "is" to be a province is the region; said to be
// a city, or with a town's word before the head, it is not.
func TestCopulaRegion(t *testing.T) {
	g := fixtureGazetteer(t)
	for _, c := range []struct {
		text string
		want map[string]string
	}{
		{"In Argentina, Salta is one of the poorer provinces of the north.", map[string]string{"Salta": "region:ar:salta"}},
		{"In Argentina, Salta is a city of old churches.", map[string]string{"Salta": "city:ar:salta"}},
	} {
		if diff := cmp.Diff(c.want, linksFor(t, g, c.text, c.want)); diff != "" {
			t.Errorf("%q (-want +got):\n%s", c.text, diff)
		}
	}
	for _, c := range []struct {
		after string
		want  bool
	}{
		{" is one of the more beautiful oblasts in", true},
		{" was a province until 1990", true},
		{" is the capital of the province", false},
		{" is a city in the state", false},
		{", a province", false},
	} {
		if got := copulaRegionAfter(c.after); got != c.want {
			t.Errorf("copulaRegionAfter(%q) = %v, want %v", c.after, got, c.want)
		}
	}
}
