package ingest

import "testing"

// TestRegionAnaphor: a city and its province of one name. A text that calls the place
// "the province" right after naming it means the province by its bare name; a visit
// there stays unlinked unless the town is cued somewhere ("the cities of ..."); another
// name between them, or a province named after the word, says nothing of the name.
func TestRegionAnaphor(t *testing.T) {
	g := fixtureGazetteer(t)
	checkOccurrenceLinks(t, g, []occurrenceCase{
		{
			name: "the province right after the bare name",
			text: "The envoy to Argentina praised the people of Salta. She wants to learn more about the province and its farms.",
			want: map[string]string{"Salta#1": "region:ar:salta"},
		},
		{
			name: "a visit, the town never cued: left unlinked",
			text: "The envoy to Argentina visited Salta for the first time. She wants to learn more about the province.",
			want: map[string]string{"Salta#1": ""},
		},
		{
			name: "the cities of Salta and Cafayate: the town",
			text: "The envoy to Argentina praised the people of Salta. She wants to learn more about the province. She toured the cities of Salta and Cafayate.",
			want: map[string]string{"Salta#1": "region:ar:salta", "Salta#2": "city:ar:salta"},
		},
		{
			name: "another name nearer the word",
			text: "The envoy to Argentina praised the people of Salta and Mendoza. She wants to learn more about the province.",
			want: map[string]string{"Salta#1": "city:ar:salta"},
		},
		{
			name: "the word names its own province",
			text: "The envoy to Argentina praised the people of Salta. She wants to learn more about the province of Jujuy.",
			want: map[string]string{"Salta#1": "city:ar:salta"},
		},
	})
}

// TestIslandCue: an island province and its capital of one name. "<Name> Island" is the
// province, and a visit in a text that names the island is left unlinked rather than
// read as the town.
func TestIslandCue(t *testing.T) {
	g := fixtureGazetteer(t)
	checkOccurrenceLinks(t, g, []occurrenceCase{
		{
			name: "a trip to the island, then the bare name",
			text: "On my first trip to Jeju Island as the envoy to Korea, I met students. I was in Jeju for a congress.",
			want: map[string]string{"Jeju#2": ""},
		},
		{
			name: "no island named: a visit is to the town",
			text: "The envoy to Japan travelled to Okinawa on Monday and met students.",
			want: map[string]string{"Okinawa#1": "city:jp:okinawa"},
		},
	})
}
