package ingest

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestStyledBefore: a form of address or an initial with its point before a name does
// not end a sentence; a point after an ordinary word does. The sentences are written
// for this test.
func TestStyledBefore(t *testing.T) {
	for _, tc := range []struct {
		before string
		want   bool
	}{
		{"the clinic with Deputy Administrator Dr.", true},
		{"the first envoy of Alba to Sorn N.", true},
		{"She met Mrs.", true},
		{"The clinic opened in May.", false},
		{"They met the U.S.", false},
		{"It was built in the 1990s.", false},
	} {
		if diff := cmp.Diff(tc.want, styledBefore(tc.before)); diff != "" {
			t.Errorf("styledBefore(%q) (-want +got):\n%s", tc.before, diff)
		}
	}
}
