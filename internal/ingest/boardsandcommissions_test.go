package ingest

import "testing"

// TestBoardsAndCommissions: a board of something after the name of whose it is, and a
// commission named for its founder, are bodies; a high commission named by its
// country alone stays the linker's.
func TestBoardsAndCommissions(t *testing.T) {
	g := fixtureGazetteer(t)
	checkMentions(t, g, []mentionCase{
		{
			name: "a place's board of something and a founder's commission",
			text: "Harbour Talks\nShe spoke to the Tamsk Board of Trade and thanked the Kessler Commission for the grants.",
			want: map[string]string{"Tamsk Board of Trade#1": "org:tamsk-board-of-trade", "Kessler Commission#1": "org:kessler-commission"},
		},
		{
			name: "a board with no name before it, and a country's high commission",
			text: "Harbour Talks\nShe thanked the Board of Directors and the British High Commission for the grants.",
			want: map[string]string{"Board of Directors#1": "", "British High Commission#1": ""},
		},
	})
}
