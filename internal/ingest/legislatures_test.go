package ingest

import "testing"

// TestLegislatures: a legislature or chamber named alone is a new body, in its
// members' and officers' titles too, in capitals when of several words, in lower case
// after "the"; a term's number, a longer name ending in the word, and a common noun
// opening a sentence are none; a committee named by its field after "on" is a body.
func TestLegislatures(t *testing.T) {
	g := fixtureGazetteer(t)
	checkMentions(t, g, []mentionCase{
		{
			name: "a one-word legislature after \"the\", after \"of\" and before its officer",
			text: "Harbour Talks\nThe envoy met Members of Congress at noon. Later she spoke with Senate Leader Tomas Velk, and the Diet approved the pact.",
			want: map[string]string{"Congress#1": "org:congress", "Senate#1": "org:senate", "Diet#1": "org:diet"},
		},
		{
			name: "a chamber in capitals and in lower case after \"the\"",
			text: "Harbour Talks\nIN THE HOUSE OF DELEGATES\nShe spoke in the house of delegates on Tuesday.",
			want: map[string]string{"HOUSE OF DELEGATES#1": "org:house-of-delegates", "house of delegates#1": "org:house-of-delegates"},
		},
		{
			name: "a term's number, another body's name and a sentence's common noun",
			text: "Harbour Talks\n118th CONGRESS\nThe Harbour Youth Congress met in May. Diet matters to the young, the nurses said.",
			want: map[string]string{"CONGRESS#1": "", "Congress#1": "", "Diet#1": ""},
		},
		{
			name: "a one-word legislature after a preposition with no determiner",
			text: "Harbour Talks\nThe envoy spoke of her talks in Congress and of a bill sent to Senate.",
			want: map[string]string{"Congress#1": "org:congress", "Senate#1": "org:senate"},
		},
		{
			name: "a preposition before a longer name or a lower-case noun",
			text: "Harbour Talks\nThe envoy spoke in Congress Hall, then to a youth congress in the port.",
			want: map[string]string{"Congress#1": ""},
		},
		{
			name: "a committee named by its field after \"on\"",
			text: "Harbour Talks\nThe bill went to the Committee on Harbour Affairs and Shipping, which met on Monday.",
			want: map[string]string{"Committee on Harbour Affairs and Shipping#1": "org:committee-on-harbour-affairs-and-shipping"},
		},
	})
}
