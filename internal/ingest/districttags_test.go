package ingest

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestDistrictTagStates: the postal code of a House district's tag after a
// representative's name is the state; a code of no state, or a number too long for a
// district, is not.
func TestDistrictTagStates(t *testing.T) {
	g := fixtureGazetteer(t)
	for _, c := range []struct {
		text string
		want map[string]string
	}{
		{"Representative Jane Roe (TX-7) and her colleagues met the delegation.", map[string]string{"TX": "region:us:texas"}},
		{"Representative Jane Roe (R-TX-12) met the delegation.", map[string]string{"TX": "region:us:texas"}},
		{"Representative Jane Roe (ZQ-7) met the delegation.", map[string]string{"ZQ": ""}},
		{"The model (TX-2000) was shown to the delegation.", map[string]string{"TX": ""}},
	} {
		if diff := cmp.Diff(c.want, linksFor(t, g, c.text, c.want)); diff != "" {
			t.Errorf("%q (-want +got):\n%s", c.text, diff)
		}
	}
}
