package ingest

import "testing"

// TestHeadlineNouns: a headline's nouns ("Travel", "Diary", "Trip", "Remarks") are no
// part of a person's name, so "Envoy Ruiz Travel to ..." leaves the surname free to be
// linked to the full name the text gives below. The sentences are written for this test.
func TestHeadlineNouns(t *testing.T) {
	g := fixtureGazetteer(t)
	checkMentions(t, g, []mentionCase{
		{
			name: "a headline noun after a surname is no part of it",
			text: "Envoy Velmar Travel to Kessmark\nEnvoy Tora Velmar will travel to Kessmark on Monday.",
			want: map[string]string{"Velmar Travel#1": "", "Velmar#1": "person:tora-velmar"},
		},
		{
			name: "a headline noun pair is no person",
			text: "Travel Diary\nEnvoy Tora Velmar went to Kessmark on Monday.",
			want: map[string]string{"Travel Diary#1": ""},
		},
	})
}
