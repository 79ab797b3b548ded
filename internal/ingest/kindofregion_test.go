package ingest

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestKindOfRegion: a town's name, a list's other name and the plural kind word, then
// "of" and its region, is the town of that region among its namesakes.
func TestKindOfRegion(t *testing.T) {
	g := fixtureGazetteer(t)
	want := map[string]string{"Shima": "city:jp:shima"}
	text := "Delegations from Shima and Toba Cities of Mie Prefecture attended the festival."
	if diff := cmp.Diff(want, linksFor(t, g, text, want)); diff != "" {
		t.Errorf("%q (-want +got):\n%s", text, diff)
	}
}
