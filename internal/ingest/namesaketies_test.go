package ingest

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestNamesakeEvidence: a town the text qualifies once by its state is that town where
// its name comes back bare; a country that several namesakes lie in qualifies none of
// them; a partner of a namesake the text names outranks a larger namesake's size, on a
// close call only; "the two cities of" a name stands for both.
func TestNamesakeEvidence(t *testing.T) {
	g := fixtureGazetteer(t)
	for _, c := range []struct {
		text string
		want map[string]string
	}{
		// the state after the town settles it, and its bare repeat
		{"COLUMBUS, Ga. – The council voted on Tuesday. Columbus will send four students to Taichung in June.",
			map[string]string{"COLUMBUS": "city:us:georgia:columbus", "Ga": "region:us:georgia", "Columbus": "city:us:georgia:columbus"}},
		// a partner linked in the text beats a larger namesake within reach
		{"A delegation from Takamatsu, Japan, visited St. Petersburg last week to plant cherry trees by the bay.",
			map[string]string{"Takamatsu": "city:jp:takamatsu", "St. Petersburg": "city:us:st-petersburg"}},
		// two names whose bearers the graph pairs support each other
		{"Takamatsu and St. Petersburg signed their pact in 1961.",
			map[string]string{"Takamatsu": "city:jp:takamatsu", "St. Petersburg": "city:us:st-petersburg"}},
		// no partner named: the larger namesake stays
		{"The Hermitage in St. Petersburg drew record crowds from across Russia this summer.",
			map[string]string{"St. Petersburg": "city:ru:saint-petersburg"}},
		// "Sakai, Japan": four Japanese towns bear the name; the partner decides
		{"Pupils from Wellington flew to Sakai, Japan, for the festival, and Sakai sent a choir back.",
			map[string]string{"Wellington": "city:nz:wellington", "Sakai": "city:jp:osaka:sakai"}},
		{"Pilgrims from the two cities of Nogales crossed the bridge together.",
			map[string]string{"Nogales": ""}},
	} {
		if diff := cmp.Diff(c.want, linksFor(t, g, c.text, c.want)); diff != "" {
			t.Errorf("%q (-want +got):\n%s", c.text, diff)
		}
	}
}
