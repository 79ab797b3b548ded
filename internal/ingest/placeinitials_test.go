package ingest

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestLinkedPlaceInitials: capitals spelling the initials of the region a linked city
// lies in name that region; joined to a name by an ampersand, without the city, or the
// city's own initials, they do not.
func TestLinkedPlaceInitials(t *testing.T) {
	g := fixtureGazetteer(t)
	for _, c := range []struct {
		text string
		want map[string]string
	}{
		{"The Chief Minister of the ACT opened a new library in Canberra on Monday.", map[string]string{"ACT": "region:au:australian-capital-territory"}},
		{"Members of the ACT & Region Business Council met in Canberra on Monday.", map[string]string{"ACT": ""}},
		{"The ACT results were published on Monday.", map[string]string{"ACT": ""}},
		{"Visitors to Belo Horizonte praised the BH office for its help.", map[string]string{"BH": ""}},
	} {
		if diff := cmp.Diff(c.want, linksFor(t, g, c.text, c.want)); diff != "" {
			t.Errorf("%q (-want +got):\n%s", c.text, diff)
		}
	}
}
