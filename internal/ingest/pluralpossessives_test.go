package ingest

import "testing"

// TestPluralPossessives: a plural office's possessive stays inside the name of an
// occasion or a body of those office holders; a singular name's possessive, or a plural
// office's before words that end in no head, ends the name.
func TestPluralPossessives(t *testing.T) {
	g := fixtureGazetteer(t)
	checkMentions(t, g, []mentionCase{
		{
			name: "an occasion of mayors, a council of governors",
			text: "Harbour Talks\nShe spoke at the 3rd Velmar Coast Mayors’ Forum on trade. The Governors' Council met later.",
			want: map[string]string{"3rd Velmar Coast Mayors’ Forum#1": "event:3rd-velmar-coast-mayors-forum", "Governors' Council#1": "org:governors-council"},
		},
		{
			name: "a place's possessive before a title, and a plural office before no head",
			text: "Harbour Talks\nWales’ First Minister Tora Velk spoke. The Ambassadors’ Staff Aide came too.",
			want: map[string]string{"Wales#1": "region:gb:wales", "Ambassadors’ Staff Aide#1": ""},
		},
	})
}
