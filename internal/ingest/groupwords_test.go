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

// TestPactsAndTitleComplements: a pact ("Free Trade Agreement") is no person, and the
// complement of a title ("Chief of Staff") is no place the office belongs to.
func TestPactsAndTitleComplements(t *testing.T) {
	g := fixtureGazetteer(t)
	checkMentions(t, g, []mentionCase{
		{
			name: "a pact's name is no person",
			text: "Harbour Talks\nTrade grew under the U.S.-Jordan Free Trade Agreement, the envoy said.",
			want: map[string]string{"Free Trade Agreement#1": ""},
		},
		{
			name: "\"Chief of Staff\" names no city",
			text: "Harbour Talks\nThe delegation visits Pakistan and Nepal, with the Fund’s Deputy Chief of Staff for Policy Tora Velmar.",
			want: map[string]string{"Staff#1": ""},
		},
	})
}

// TestPluralOffices: a demonym and an office in the plural ("Ghanaian Ministers") name
// a group of office-holders, no one person.
func TestPluralOffices(t *testing.T) {
	g := fixtureGazetteer(t)
	checkMentions(t, g, []mentionCase{
		{
			name: "a demonym and a plural office is no person",
			text: "Harbour Talks\nWith the mayor and Ghanaian Ministers, the envoy discussed trade.",
			want: map[string]string{"Ghanaian Ministers#1": ""},
		},
	})
}

// TestActingAcronyms: a word of four or more capitals that funds ("a VELCO-funded
// well") or acts ("VELCO is building") is a body, proposed though never spelled out.
func TestActingAcronyms(t *testing.T) {
	g := fixtureGazetteer(t)
	checkMentions(t, g, []mentionCase{
		{
			name: "an acronym before -funded is a body",
			text: "Harbour Talks\nThe envoy toured a VELCO-funded water plant on Monday.",
			want: map[string]string{"VELCO#1": "org:velco"},
		},
		{
			name: "an acronym that acts is a body; a disease's is not",
			text: "Harbour Talks\nThe envoy said VELCO is building two wells. COVID has slowed the work.",
			want: map[string]string{"VELCO#1": "org:velco", "COVID#1": ""},
		},
	})
}
