package ingest

import "testing"

// TestAndJoins: round 41d's runs that "and" joins. After a title, its holder's name
// ends at "and", which opens the list's next item; a body's head right before a
// venue's word ending the run names a building. The sentences and names are made up
// for this test.
func TestAndJoins(t *testing.T) {
	g := fixtureGazetteer(t)
	checkMentions(t, g, []mentionCase{
		{
			name: "a title's holder and the next item are never one body",
			text: "Harbour Talks\nThe guests were Mayor Tarvik and City Council President Orlen, who toured the port.",
			want: map[string]string{"Tarvik and City Council#1": "", "Tarvik#1": ""},
		},
		{
			name: "field words joined by \"and\" in a body's name stay one name",
			text: "Harbour Talks\nThe envoy addressed the Velmar Trade and Investment Council on Monday.",
			want: map[string]string{"Velmar Trade and Investment Council#1": "org:velmar-trade-and-investment-council"},
		},
		{
			name: "a venue's name ends at \"and\": no body runs across it",
			text: "Harbour Talks\nThe delegates saw the Orlen Harbour Memorial and Assembly House before lunch.",
			want: map[string]string{"Orlen Harbour Memorial and Assembly#1": "", "Assembly#1": ""},
		},
	})
}
