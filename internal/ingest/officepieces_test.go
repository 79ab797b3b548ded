package ingest

import "testing"

// TestOfficePieces: a page's field label, the words of a post before an officer's
// abbreviated rank, and a level's "Party" before a title are no new entities.
func TestOfficePieces(t *testing.T) {
	g := fixtureGazetteer(t)
	checkMentions(t, g, []mentionCase{
		{
			name: "a field label run into its date",
			text: "Harbour Talks\nPubDate:2019-04-02\nThe mayor of Velmar spoke.",
			want: map[string]string{"PubDate#1": ""},
		},
		{
			name: "a post before an abbreviated rank",
			text: "Harbour Talks\nThe Deputy Chief of Naval Operations Adm. Dora Kessel met the mayor of Velmar.",
			want: map[string]string{"Naval#1": "", "Operations Adm#1": "", "Dora Kessel#1": "person:dora-kessel"},
		},
		{
			name: "a speaker's name in capitals before a transcript's colon",
			text: "Harbour Talks\nJULIE VELLAN: Governor, friends, thank you for coming to Velmar.",
			want: map[string]string{"JULIE VELLAN#1": "person:julie-vellan"},
		},
		{
			name: "a party committee's level before a title",
			text: "Harbour Talks\nThe mayor met Jilin Provincial Party Secretary Wu Tan in Velmar.",
			want: map[string]string{"Jilin Provincial Party#1": "", "Wu Tan#1": "person:wu-tan"},
		},
	})
}

// TestCountryOwnedGovernments: a place's government after its country's possessive is
// the country and the place, as the government alone is the place.
func TestCountryOwnedGovernments(t *testing.T) {
	g := fixtureGazetteer(t)
	checkMentions(t, g, []mentionCase{
		{
			name: "a country's possessive before a prefecture's government",
			text: "Harbour Talks\nJapan’s Nagano Prefectural Government sent a team to Velmar.",
			want: map[string]string{"Japan#1": "country:jp", "Nagano#1": "region:jp:nagano", "Japan’s Nagano Prefectural Government#1": ""},
		},
	})
}

// TestNotPeopleAndYuans: a status conferred on someone and a place named after someone
// are no people; a branch's "Yuan" heads a body.
func TestNotPeopleAndYuans(t *testing.T) {
	g := fixtureGazetteer(t)
	checkMentions(t, g, []mentionCase{
		{
			name: "a status, a beach named after someone, a branch's Yuan",
			text: "Harbour Talks\nThe mayor conferred Honorary Citizenship on Dora Kessel. They walked to Miss Velmara beach and met Director Tomas Ruiz of the Legislative Yuan.",
			want: map[string]string{"Honorary Citizenship#1": "", "Miss Velmara#1": "", "Dora Kessel#1": "person:dora-kessel",
				"Tomas Ruiz#1": "person:tomas-ruiz", "Legislative Yuan#1": "org:legislative-yuan"},
		},
	})
}
