package ingest

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestAgencyRepeats: a listed agency's acronym that a dropped programme's or headline's
// run held is the agency the text names by it elsewhere; an acronym the text proposes
// nowhere stays out. The sentences are written for this test.
func TestAgencyRepeats(t *testing.T) {
	g := round32bGazetteer()
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Envoys of Zedland toured the USAID-funded Velo Value Chain Initiative. USAID is helping farmers there.",
			[]string{"Zedland=country:zz (Country)", "USAID=org:usaid (Organization)", "USAID=org:usaid (Organization)"}},
		{"USAID Mission Director Visits Zedland\n\nUSAID is helping farmers in Zedland.",
			[]string{"USAID=org:usaid (Organization)", "Zedland=country:zz (Country)", "USAID=org:usaid (Organization)", "Zedland=country:zz (Country)"}},
		{"Envoys of Zedland toured the FEMA-funded Velo Value Chain Initiative.",
			[]string{"Zedland=country:zz (Country)"}},
	} {
		if diff := cmp.Diff(tc.want, mentionsIn(t, g, tc.text)); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tc.text, diff)
		}
	}
}
