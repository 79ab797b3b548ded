package ingest

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestAgencyLedPeople: a name opening with a listed agency's acronym ("USAID Zedland
// staff", "USAID-backed clinics") is the agency, not a person; a person named after it
// stays a person. The sentences are written for this test.
func TestAgencyLedPeople(t *testing.T) {
	g := round32bGazetteer()
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"The Administrator held a meeting with USAID Zedland staff on Monday.", []string{"USAID=org:usaid (Organization)", "Zedland=country:zz (Country)"}},
		{"In Zedland, the envoy met USAID Mission Directors from the region.", []string{"Zedland=country:zz (Country)", "USAID=org:usaid (Organization)"}},
		{"In Zedland, the envoy met the USAID Mission Director, Ana Velk.", []string{"Zedland=country:zz (Country)", "USAID=org:usaid (Organization)", "Ana Velk=person:ana-velk (Person)"}},
	} {
		if diff := cmp.Diff(tc.want, mentionsIn(t, g, tc.text)); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tc.text, diff)
		}
	}
}
