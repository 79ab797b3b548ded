package ingest

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestForeignAlias: a town abroad named by another of its names, its country never
// named and nothing of it linked, is left unlinked; its possessive alias likewise gives
// way. Its own name, or its country named, keeps the link.
func TestForeignAlias(t *testing.T) {
	g := fixtureGazetteer(t)
	for _, c := range []struct {
		text string
		want map[string]string
	}{
		{"The High Commissioner opened a market in Gizo, in Solomon Islands, on Tuesday.", map[string]string{"Gizo": ""}},
		{"The High Commissioner toured the pyramids of Giza in Egypt on Tuesday.", map[string]string{"Giza": "city:eg:giza"}},
		{"Australia supports the Government of Tonga’s plan for solar power.", map[string]string{"Tonga’s": ""}},
	} {
		if diff := cmp.Diff(c.want, linksFor(t, g, c.text, c.want)); diff != "" {
			t.Errorf("%q (-want +got):\n%s", c.text, diff)
		}
	}
}
