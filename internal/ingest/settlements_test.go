package ingest

import "testing"

// TestSettlements: round 38e's towns named with no head word, repeats of a new place
// of two words, events headed by a workshop, fest, showcase, carnival or celebration,
// and a title before the first word of a name written family name first. The sentences
// and names are made up for this test.
func TestSettlements(t *testing.T) {
	g := fixtureGazetteer(t)
	checkMentions(t, g, []mentionCase{
		{
			name: "a list after \"the cities of\", a name before \"town\" or \"Township\", a town before its country in brackets, and one travelled to on a date are cities",
			text: "Harbour Talks\nThe envoy toured the cities of Velmar and Drunholt for a fair. Aid reached villagers in Oskmoor town. The team visited Yorvath Township on Monday. A soldier died at a base in Quarvesh (Afghanistan), she recalled. She travelled to Pellora October 21 and 22 to meet leaders.",
			want: map[string]string{"Velmar#1": "city:af:velmar", "Drunholt#1": "city:af:drunholt", "Oskmoor#1": "city:af:oskmoor",
				"Yorvath Township#1": "city:af:yorvath-township", "Quarvesh#1": "city:af:quarvesh", "Pellora#1": "city:af:pellora"},
		},
		{
			name: "a new town of two words is that town again in a headline and before a title, not inside a longer name",
			text: "Envoy Visits Brenna Vale Farmers\nLater she visited the town of Brenna Vale. The Brenna Vale Mayor Tom Orsk met her. The Brenna Vale Tourism Board spoke.",
			want: map[string]string{"Brenna Vale#1": "city:brenna-vale", "Brenna Vale#2": "city:brenna-vale", "Brenna Vale#3": "city:brenna-vale", "Brenna Vale#4": ""},
		},
		{
			name: "a workshop, a fest and a celebration with a name are events; a holiday's celebration is not",
			text: "Envoy Opens Fair\nThe envoy opened the Polar Velmar Workshop on Monday. She joined the Velmar Friendship Celebration and the Harbour Fest. The Holiday Celebration was fun.",
			want: map[string]string{"Polar Velmar Workshop#1": "event:polar-velmar-workshop", "Velmar Friendship Celebration#1": "event:velmar-friendship-celebration",
				"Harbour Fest#1": "event:harbour-fest", "Holiday Celebration#1": ""},
		},
		{
			name: "a name after \"the district of\", or before \"district\" in lowercase, is a region; not a district of a city",
			text: "Envoy Visits District\nThe consul visited the district of Vermak as part of the effort. During his visit to Vermak he toured a farm. The Oskel district hosts a fair. He toured the old Tarvo district of the city.",
			want: map[string]string{"Vermak#1": "region:vermak", "Vermak#2": "region:vermak", "Oskel district#1": "region:oskel-district", "Tarvo district#1": ""},
		},
		{
			name: "a title before the first word of a name written family name first is that person",
			text: "Envoy Meets Mayor\nThe envoy and Brenmoor City Mayor Velk Sun-ho held a meeting on Monday. Mayor Velk and Col. Edward Vosk spoke. Party Secretary Orr Tam of Osk Province visited. Party Secretary Orr’s visit was short.",
			want: map[string]string{"Velk#2": "person:velk-sun-ho", "Orr#2": "person:orr-tam"},
		},
	})
}
