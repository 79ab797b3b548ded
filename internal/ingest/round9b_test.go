package ingest

import "testing"

// TestRound9bProposals: the general rules of round 9b, each on sentences written for
// this test.
func TestRound9bProposals(t *testing.T) {
	g := fixtureGazetteer(t)
	checkMentions(t, g, []mentionCase{
		{
			name: "a tribunal or court heads a body, so a place before it opens no person's name; a Zeitung is a paper",
			text: "Harbour Talks\nThe envoy saw the Kelmar Maritime Tribunal. The Brannocker Zeitung reported on it.",
			want: map[string]string{"Kelmar Maritime Tribunal#1": "org:kelmar-maritime-tribunal", "Brannocker Zeitung#1": "org:brannocker-zeitung"},
		},
	})
}
