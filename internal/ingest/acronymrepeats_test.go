package ingest

import "testing"

// TestAcronymRepeats: a body named with its country in front is called again by the
// initials of the rest of its name, and an acronym right before an office's title is
// the body, not part of a longer name; an acronym spelling only part of a name with no
// country before it stays out.
func TestAcronymRepeats(t *testing.T) {
	g := fixtureGazetteer(t)
	checkMentions(t, g, []mentionCase{
		{
			name: "initials after the country's abbreviation",
			text: "Harbour Talks\nThe U.S. Coastal Restoration Agency signed the plan today. The CRA will fund the dunes, a spokesman said.",
			want: map[string]string{"CRA#1": "org:us-coastal-restoration-agency"},
		},
		{
			name: "an acronym before an office's title",
			text: "Harbour Talks\nThe Coastal Restoration Agency signed the plan today. \"We are glad,\" said CRA Administrator Tomas Velk.",
			want: map[string]string{"CRA#1": "org:coastal-restoration-agency"},
		},
		{
			name: "part of a name with no country before it",
			text: "Harbour Talks\nThe Northern Coastal Restoration Agency signed the plan today. The CRA will fund the dunes.",
			want: map[string]string{"CRA#1": ""},
		},
	})
}
