package ingest

import "testing"

// TestVisitedTowns: round 36d's towns named with no head word, where a visit goes, where
// "In X," opens a sentence, after "the town of" or in a dateline; not a site named after someone, a headline's common
// noun, nor a place the text calls a region elsewhere. The sentences and names are made
// up for this test.
func TestVisitedTowns(t *testing.T) {
	g := fixtureGazetteer(t)
	checkMentions(t, g, []mentionCase{
		{
			name: "a town after a verb or noun of travel, or opening a sentence's scene, is a city",
			text: "Harbour Talks\nThe envoy visited Brenmoor, her father’s hometown. A visit to Kelvaith for two days followed. In Oskarby, she met farmers.",
			want: map[string]string{"Brenmoor#1": "city:brenmoor", "Kelvaith#1": "city:kelvaith", "Oskarby#1": "city:oskarby"},
		},
		{
			name: "a headline's common noun, a mosque named for a saint and a province named so elsewhere are no towns",
			text: "Envoy Visits Shepherds and Schools\nThe envoy visited Tarvinek mosque. She also visited Quellara, where Quellarans welcomed her.",
			want: map[string]string{"Shepherds#1": "", "Tarvinek#1": "", "Quellara#1": ""},
		},
		{
			name: "a name after a settlement's noun and \"of\" is a town, every name of the list after a plural one",
			text: "Harbour Talks\nThe envoy toured the town of Las Brenovas and opened a well in the community of El Tarvico. The communities of Oskel Mir, Dranvik and Sollow gained radios.",
			want: map[string]string{"Las Brenovas#1": "city:las-brenovas", "El Tarvico#1": "city:el-tarvico", "Oskel Mir#1": "city:oskel-mir", "Dranvik#1": "city:dranvik", "Sollow#1": "city:sollow"},
		},
		{
			name: "a dateline's town before the places it lies in, and its one-name region, are a city and a region",
			text: "Envoy Opens Well\nBrenmoor Vale, Oskvany – The envoy opened a well on Monday.",
			want: map[string]string{"Brenmoor Vale#1": "city:brenmoor-vale", "Oskvany#1": "region:oskvany"},
		},
		{
			name: "a name after a title may end in -ing; after \"of\" a peerage's place does not make a person",
			text: "Harbour Talks\nThe envoy met Prime Minister Thongsing Valavong. Lord Tam Orley of Whistling Brook spoke.",
			want: map[string]string{"Thongsing Valavong#1": "person:thongsing-valavong", "Whistling Brook#1": ""},
		},
	})
}
