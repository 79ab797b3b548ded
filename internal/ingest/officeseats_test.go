package ingest

import "testing"

// TestOfficeSeatsAndTopics: an office-holder's office named by the title's possessive
// and a heading's "History of ..." are no bodies.
func TestOfficeSeatsAndTopics(t *testing.T) {
	g := fixtureGazetteer(t)
	checkMentions(t, g, []mentionCase{
		{
			name: "a governor's office and a heading's history",
			text: "History of the Harbour Consulate\nShe called at the Velmar Governor’s Office on Monday.",
			want: map[string]string{"History of the Harbour Consulate#1": "", "Velmar Governor’s Office#1": "", "Governor’s Office#1": ""},
		},
	})
}
