package ingest

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestSeasons: a season before a lower-case noun or after a word of time is no town.
func TestSeasons(t *testing.T) {
	g := fixtureGazetteer(t)
	for _, c := range []struct {
		text string
		want map[string]string
	}{
		{"The consul will visit more campuses in the United States for the Spring semester.", map[string]string{"Spring": ""}},
		{"The consul will visit more campuses in the United States next Spring.", map[string]string{"Spring": ""}},
	} {
		if diff := cmp.Diff(c.want, linksFor(t, g, c.text, c.want)); diff != "" {
			t.Errorf("%q (-want +got):\n%s", c.text, diff)
		}
	}
}
