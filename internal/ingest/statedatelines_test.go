package ingest

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestStateHeadings: the lower-case state in a Congressional Record heading and the
// state abbreviation of a dateline are the United States' states, and the dateline's
// town is the one in that state; an abbreviation of no state links nothing.
func TestStateHeadings(t *testing.T) {
	g := fixtureGazetteer(t)
	for _, c := range []struct {
		text string
		want map[string]string
	}{
		{"PRAISING A LIBRARY\n\nHON. JANE ROE\n\nof ohio\n\nin the house of representatives\n\nMs. ROE. Madam Speaker, I rise today.",
			map[string]string{"ohio": "region:us:ohio"}},
		{"TALLAHASSEE, Fla.—The governor will travel abroad next week.",
			map[string]string{"TALLAHASSEE": "city:us:tallahassee", "Fla": "region:us:florida"}},
		{"TALLAHASSEE, Zz.—The governor will travel abroad next week.",
			map[string]string{"Zz": ""}},
	} {
		if diff := cmp.Diff(c.want, linksFor(t, g, c.text, c.want)); diff != "" {
			t.Errorf("%q (-want +got):\n%s", c.text, diff)
		}
	}
}
