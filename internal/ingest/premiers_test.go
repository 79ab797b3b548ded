package ingest

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestPremierCue: a premier's title after a name the graph gives a town abroad and a
// province makes it the province; "Premier League" is no office.
func TestPremierCue(t *testing.T) {
	g := fixtureGazetteer(t)
	for _, c := range []struct {
		text string
		want map[string]string
	}{
		{"After lunch the envoy met New Brunswick Premier Jon Velk to talk about trade.", map[string]string{"New Brunswick": "region:ca:new-brunswick"}},
	} {
		if diff := cmp.Diff(c.want, linksFor(t, g, c.text, c.want)); diff != "" {
			t.Errorf("%q (-want +got):\n%s", c.text, diff)
		}
	}
	for _, c := range []struct {
		after string
		want  bool
	}{
		{" Premier Jon Velk", true},
		{" Premier’s office", true},
		{" Premier League club", false},
		{" Premiership", false},
		{", the Premier", false},
	} {
		if got := premierCue(c.after) != nil; got != c.want {
			t.Errorf("premierCue(%q) = %v, want %v", c.after, got, c.want)
		}
	}
}
