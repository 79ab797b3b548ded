package ingest

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestOwnerApposedRegion: a region's kind owned by a country's possessive in apposition
// makes a twin name the region, there and in its bare uses; a town's word does not.
func TestOwnerApposedRegion(t *testing.T) {
	g := fixtureGazetteer(t)
	for _, c := range []struct {
		text string
		want map[string]string
	}{
		{"The envoy toured Salta, Argentina’s northern province of vineyards. Salta exports wine.", map[string]string{"Salta": "region:ar:salta"}},
		{"The envoy flew on to Salta – Argentina's largest wine state.", map[string]string{"Salta": "region:ar:salta"}},
		{"The envoy flew on to Salta, Argentina’s oldest city in the north.", map[string]string{"Salta": "city:ar:salta"}},
	} {
		if diff := cmp.Diff(c.want, linksFor(t, g, c.text, c.want)); diff != "" {
			t.Errorf("%q (-want +got):\n%s", c.text, diff)
		}
	}
	for _, c := range []struct {
		after string
		want  bool
	}{
		{", Velmaria’s largest state. It", true},
		{", the Zedland Republic's southern region", true},
		{", Velmaria’s capital and largest state", false},
		{" and Velmaria’s largest state", false},
	} {
		if got := ownerApposedRegion(c.after); got != c.want {
			t.Errorf("ownerApposedRegion(%q) = %v, want %v", c.after, got, c.want)
		}
	}
}
