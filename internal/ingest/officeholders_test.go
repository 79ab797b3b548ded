package ingest

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestOfficeCommaHolders: a title-case office, a comma, and a name closed by "and",
// punctuation or a verb is the office's holder; not a place. The sentences are written
// for this test.
func TestOfficeCommaHolders(t *testing.T) {
	g := round32bGazetteer()
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"In Zedland, the Project Manager, Tane Velk and the Safeguard Specialist, Mira Oso are testing the panels.",
			[]string{"Zedland=country:zz (Country)", "Tane Velk=person:tane-velk (Person)", "Mira Oso=person:mira-oso (Person)"}},
		{"In Zedland he met the Deputy Director, Western Province and others.", []string{"Zedland=country:zz (Country)"}},
		// the office's place between office and comma (round 36d)
		{"In Zedland he called on the Chief Minister of Ostra Vale, Mira Oso, and left.",
			[]string{"Zedland=country:zz (Country)", "Mira Oso=person:mira-oso (Person)"}},
	} {
		if diff := cmp.Diff(tc.want, mentionsIn(t, g, tc.text)); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tc.text, diff)
		}
	}
}
