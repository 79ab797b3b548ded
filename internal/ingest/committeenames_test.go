package ingest

import "testing"

// TestCommitteeNames: round 41d's committees. Two committees may share one plural head,
// their names the common words of their fields; a committee named by its field after
// "on" ends before the title of a person who follows it, and a name glued from its
// field and the words after it gives way. Lists sharing another plural head still want
// proper words. The sentences and names are made up for this test.
func TestCommitteeNames(t *testing.T) {
	g := fixtureGazetteer(t)
	checkMentions(t, g, []mentionCase{
		{
			name: "two committees named by their fields before one plural head are two bodies",
			text: "Harbour Talks\nThe senator, a member of the Senate Budget and Rural Affairs Committees, visited the port.",
			want: map[string]string{"Senate Budget#1": "org:senate-budget-committee", "Rural Affairs#1": "org:rural-affairs-committee"},
		},
		{
			name: "common words before another shared plural head name no bodies",
			text: "Harbour Talks\nThe minister met the Heads of the Education and Health Foundations on Monday.",
			want: map[string]string{"Education#1": "", "Health Foundations#1": ""},
		},
		{
			name: "a committee named after \"on\" ends before its chair's title and name",
			text: "Harbour Talks\nThe delegation included Subcommittee on the Outer Isles Chairwoman Ada Kell and Committee on Fisheries, Ports, and Shipping Ranking Member Tom Orley.",
			want: map[string]string{
				"Subcommittee on the Outer Isles#1":             "org:subcommittee-on-the-outer-isles",
				"Committee on Fisheries, Ports, and Shipping#1": "org:committee-on-fisheries-ports-and-shipping",
				"Outer Isles Chairwoman#1":                      "",
			},
		},
		{
			name: "a field's word that is a title but no name follows stays in the committee's name",
			text: "Harbour Talks\nShe chairs the Subcommittee on Deputy Ministers and Envoys.",
			want: map[string]string{"Subcommittee on Deputy Ministers and Envoys#1": "org:subcommittee-on-deputy-ministers-and-envoys"},
		},
	})
}
