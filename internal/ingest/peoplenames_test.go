package ingest

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestPlacePeoplesAndSharedCountryWords: a place's people ("Zedlanders", "Ostrans") are
// no entity, and a word two countries' names end with ("Velmaria" of North and South
// Velmaria) is no new place. The sentences are written for this test.
func TestPlacePeoplesAndSharedCountryWords(t *testing.T) {
	g := round32bGazetteer()
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"The envoy met many Zedlanders who farm in Zedland.", []string{"Zedland=country:zz (Country)"}},
		{"The envoy thanked the Ostrans for their welcome in Zedland.", []string{"Zedland=country:zz (Country)"}},
		{"The Prime Minister of Zedland ended a trip to Velmaria on Monday.", []string{"Zedland=country:zz (Country)"}},
	} {
		if diff := cmp.Diff(tc.want, mentionsIn(t, g, tc.text)); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tc.text, diff)
		}
	}
}
