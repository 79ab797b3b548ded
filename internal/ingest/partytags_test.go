package ingest

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestPartyTagStates: the state after a legislator's party initial is linked, in the
// newsroom's abbreviation, the dotted one of a two-word state or the postal code; an
// abbreviation of no state links nothing.
func TestPartyTagStates(t *testing.T) {
	g := fixtureGazetteer(t)
	for _, c := range []struct {
		text string
		want map[string]string
	}{
		{"A letter from Senator Jane Roe (D-Ore.) reached the council.", map[string]string{"Ore": "region:us:oregon"}},
		{"Representative John Doe (R-N.Y.) spoke next.", map[string]string{"N.Y": "region:us:new-york"}},
		{"Representative John Doe (R-TX) spoke next.", map[string]string{"TX": "region:us:texas"}},
		{"Representative John Doe (R-Zz.) spoke next.", map[string]string{"Zz": ""}},
	} {
		if diff := cmp.Diff(c.want, linksFor(t, g, c.text, c.want)); diff != "" {
			t.Errorf("%q (-want +got):\n%s", c.text, diff)
		}
	}
}
