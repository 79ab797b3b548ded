package ingest

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestEventTailPlace: a place right after an event's capitalised head ("Trade Week
// New York City") closes the event's name; named with "in" it is a place. Written for this
// test.
func TestEventTailPlace(t *testing.T) {
	g := fixtureGazetteer(t)
	for _, c := range []struct {
		name, text string
		want       []string
	}{
		{
			name: "the place closing the event's name",
			text: "Exports\nThe secretary of the United States will speak at the Export Trade Week New York City opening event at a college.",
			want: []string{"United States country:us"},
		},
		{
			name: "the place after in",
			text: "Exports\nThe secretary of the United States will speak at the Export Trade Week in New York City at a college.",
			want: []string{"United States country:us", "New York City city:us:new-york-city"},
		},
	} {
		if diff := cmp.Diff(c.want, linksOf(t, g, c.text)); diff != "" {
			t.Errorf("%s (-want +got):\n%s", c.name, diff)
		}
	}
}

// TestRegionalCommissioner: "the Regional Commissioner of" a name that is a town and
// its region cues the region. Written for this test.
func TestRegionalCommissioner(t *testing.T) {
	g := fixtureGazetteer(t)
	got := linksOf(t, g, "Office opening\nThe envoy to Tanzania thanked the Regional Commissioner of Dodoma for the new office.")
	want := []string{"Tanzania country:tz", "Dodoma region:tz:dodoma"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}
