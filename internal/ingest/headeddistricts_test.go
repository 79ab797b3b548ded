package ingest

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestHeadedDistricts: "<Name> District" is a new region where nothing else names it,
// also before the district's own office; not before another name (a council, a court),
// not common or compass words, and not a district named by a place the graph holds.
// The sentences are written for this test.
func TestHeadedDistricts(t *testing.T) {
	g := round32bGazetteer()
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"The envoy of Zedland drove to Pelo District on Monday.", []string{"Zedland=country:zz (Country)", "Pelo District=region:zz:pelo-district (Region)"}},
		{"In Zedland the envoy thanked Tane Vane District for its help.", []string{"Zedland=country:zz (Country)", "Tane Vane District=region:zz:tane-vane-district (Region)"}},
		{"The envoy of Zedland thanked the Central District for its help.", []string{"Zedland=country:zz (Country)"}},
		{"The envoy of Zedland drove to Ostra District on Monday.", []string{"Zedland=country:zz (Country)"}},
	} {
		if diff := cmp.Diff(tc.want, mentionsIn(t, g, tc.text)); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tc.text, diff)
		}
	}
}
