package ingest

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestBareKoreaNamedOutright: a bare "Korea" is the one of the two the text writes by
// name; the other's people's adjective does not make it ambiguous; with neither written,
// the adjective decides as before.
func TestBareKoreaNamedOutright(t *testing.T) {
	g := fixtureGazetteer(t)
	for _, c := range []struct {
		text string
		want map[string]string
	}{
		{"The Prime Minister met the President of the Republic of Korea. North Korean missile tests were discussed. He flew home from Korea on Friday.", map[string]string{"Korea": "country:kr"}},
		{"The Korean Ambassador hosted us. Trade with Korea keeps growing.", map[string]string{"Korea": "country:kr"}},
	} {
		if diff := cmp.Diff(c.want, linksFor(t, g, c.text, c.want)); diff != "" {
			t.Errorf("%q (-want +got):\n%s", c.text, diff)
		}
	}
}
