package ingest

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestDistrictTowns: a town before or after "District" is the district's name, left
// unlinked where the graph holds no such district; bare, the town is linked.
func TestDistrictTowns(t *testing.T) {
	g := fixtureGazetteer(t)
	for _, c := range []struct {
		text string
		want map[string]string
	}{
		{"The chairman of Vahdat District in Tajikistan opened a new water line.", map[string]string{"Vahdat": ""}},
		{"In Pakistan, the clinic serves District Larkana and its villages.", map[string]string{"Larkana": ""}},
		{"In Pakistan, the clinic in Larkana serves many villages.", map[string]string{"Larkana": "city:pk:larkana"}},
	} {
		if diff := cmp.Diff(c.want, linksFor(t, g, c.text, c.want)); diff != "" {
			t.Errorf("%q (-want +got):\n%s", c.text, diff)
		}
	}
}
