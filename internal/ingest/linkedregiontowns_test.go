package ingest

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestTownOfLinkedRegion: a town the graph knows by that name alone is linked where the
// text links the region it lies in, though its country goes unnamed.
func TestTownOfLinkedRegion(t *testing.T) {
	g := fixtureGazetteer(t)
	want := map[string]string{"Misawa": "city:jp:misawa"}
	text := "The prefecture's governor of Aomori Prefecture thanked the people of Misawa for their welcome."
	if diff := cmp.Diff(want, linksFor(t, g, text, want)); diff != "" {
		t.Errorf("%q (-want +got):\n%s", text, diff)
	}
}
