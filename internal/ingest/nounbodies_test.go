package ingest

import "testing"

// TestNounBeforeBody: a lowercase noun of a body's kind before a name makes it that
// body, one word or capitals too when a comma or quotes set it off; a bracketed
// acronym after it is the same body wherever it recurs.
func TestNounBeforeBody(t *testing.T) {
	g := fixtureGazetteer(t)
	checkMentions(t, g, []mentionCase{
		{
			name: "capitals set off by commas after \"local NGO\"",
			text: "Harbour Talks\nThe bridges were built under local NGO, VELKOR, and paid for by donors.",
			want: map[string]string{"VELKOR#1": "org:velkor"},
		},
		{
			name: "a quoted word after \"public organization\"",
			text: "Harbour Talks\nThe public organization “Tamsarin” restored the hall.",
			want: map[string]string{"Tamsarin#1": "org:tamsarin"},
		},
		{
			name: "a name of several words after \"implementing partner\", its first word one that opens sentences",
			text: "Harbour Talks\nThe envoy and the implementing partner Global Harbour Communities opened the centre.",
			want: map[string]string{"Global Harbour Communities#1": "org:global-harbour-communities"},
		},
		{
			name: "a music group in apposition",
			text: "Harbour Talks\nThe embassy brought a folk music group, KESSA, to the festival.",
			want: map[string]string{"KESSA#1": "org:kessa"},
		},
		{
			name: "\"a local industry\" before a name is a firm",
			text: "Harbour Talks\nShe met the bishop and a local industry, Tamsar Tanning. She left at noon.",
			want: map[string]string{"Tamsar Tanning#1": "company:tamsar-tanning"},
		},
		{
			name: "the bracketed acronym after the name is the same body, there and later",
			text: "Harbour Talks\nShe joined the NGO South Velmar Trust for Rivers (SVTR) in the work. SVTR cleans the banks.",
			want: map[string]string{
				"South Velmar Trust for Rivers#1": "org:south-velmar-trust-for-rivers",
				"SVTR#1":                          "org:south-velmar-trust-for-rivers",
				"SVTR#2":                          "org:south-velmar-trust-for-rivers",
			},
		},
		{
			name: "one bare word right after the noun is the noun's own phrase",
			text: "Harbour Talks\nThey spoke of the “NGO Law” and met the NGO Forum at noon.",
			want: map[string]string{"Law#1": "", "Forum#1": ""},
		},
	})
}
