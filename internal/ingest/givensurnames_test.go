package ingest

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestSurnamePlaces: a town's name right after a given name is the person's surname.
func TestSurnamePlaces(t *testing.T) {
	g := fixtureGazetteer(t)
	for _, c := range []struct {
		text string
		want map[string]string
	}{
		{"In Uruguay the Ambassador met the police chief, Inspector Mario San Pedro.", map[string]string{"San Pedro": ""}},
	} {
		if diff := cmp.Diff(c.want, linksFor(t, g, c.text, c.want)); diff != "" {
			t.Errorf("%q (-want +got):\n%s", c.text, diff)
		}
	}
}
