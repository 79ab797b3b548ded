package ingest

import "testing"

// TestCapsEchoes: a title in capitals that spells a body the prose names is that body,
// though the title comes first.
func TestCapsEchoes(t *testing.T) {
	g := fixtureGazetteer(t)
	checkMentions(t, g, []mentionCase{
		{
			name: "a body in a title in capitals, named in prose below",
			text: "CELEBRATING THE TENTH YEAR OF THE VELMAR RIVER FRIENDS ASSOCIATION\nShe thanked the Velmar River Friends Association for its work.",
			want: map[string]string{"VELMAR RIVER FRIENDS ASSOCIATION#1": "org:velmar-river-friends-association"},
		},
		{
			name: "words in capitals the prose names no body by",
			text: "CELEBRATING THE TENTH YEAR OF FRIENDSHIP\nShe thanked the Velmar River Friends Association for its work.",
			want: map[string]string{"FRIENDSHIP#1": ""},
		},
	})
}
