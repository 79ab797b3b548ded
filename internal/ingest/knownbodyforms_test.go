package ingest

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestKnownBodyForms: a well-known body's acronym is the body in the possessive after
// "the", before an office in the plural and as an item of a list of countries; not in
// the possessive without "the". The sentences are written for this test.
func TestKnownBodyForms(t *testing.T) {
	g := round32bGazetteer()
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"The envoy of Zedland praised the EU’s support for its ports.", []string{"Zedland=country:zz (Country)", "EU=org:european-union (Organization)"}},
		{"EU Ambassadors toured Zedland last week.", []string{"EU=org:european-union (Organization)", "Zedland=country:zz (Country)"}},
		{"Envoys of North Velmaria, EU, Zedland and others came.", []string{"North Velmaria=country:zn (Country)", "EU=org:european-union (Organization)", "Zedland=country:zz (Country)"}},
	} {
		if diff := cmp.Diff(tc.want, mentionsIn(t, g, tc.text)); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tc.text, diff)
		}
	}
}
