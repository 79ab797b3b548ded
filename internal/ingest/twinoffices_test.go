package ingest

import "testing"

// TestTwinSoleCuedSense: a name the graph holds as a city and as its region, cued in
// one sense only by the article (its mayor), is read in that sense where it is paired
// with a place of the other kind; with no cue the pair decides as before. Written for
// this test.
func TestTwinSoleCuedSense(t *testing.T) {
	g := fixtureGazetteer(t)
	checkOccurrenceLinks(t, g, []occurrenceCase{
		{
			name: "the mayor cues the city: paired with a prefecture it stays the city",
			text: "The Mayor of Seoul flew to Japan last spring. A pact between Seoul and Hokkaido was renewed on the day.",
			want: map[string]string{"Seoul#2": "city:kr:seoul", "Hokkaido#1": "region:jp:hokkaido"},
		},
		{
			name: "a mayor after the name cues the city as well",
			text: "The Seoul mayor flew to Japan last spring. A pact between Seoul and Hokkaido was renewed on the day.",
			want: map[string]string{"Seoul#2": "city:kr:seoul"},
		},
		{
			name: "both senses cued: the mayor's cue settles nothing",
			text: "The Mayor of Seoul and the Governor of Seoul Province flew to Japan. A pact between Seoul and Hokkaido was renewed.",
			want: map[string]string{"Seoul#3": "region:kr:seoul"},
		},
	})
}

// TestTwinLeftOpen: a name the graph holds as a city and as a region, which the linker
// leaves open (the governor cues the region, a visit elsewhere the town), is not
// proposed as a new place for standing in a list with a city; an unknown name in such
// a list still is. Written for this test.
func TestTwinLeftOpen(t *testing.T) {
	g := fixtureGazetteer(t)
	checkOccurrenceLinks(t, g, []occurrenceCase{
		{
			name: "a twin left open is not proposed",
			text: "The Governor of Tokyo welcomed the guests. Later the envoy travelled to Tokyo by train. Both Seoul and Tokyo will share their data.",
			want: map[string]string{"Tokyo#3": ""},
		},
	})
}

// TestOfficeAlone: an office named by its place alone ("the Mayor of Paris") is a
// title alone, no mention of its holder; the place in it is the mention. After a title
// and "of", the capitalised words after the place are its holder's name, which "and"
// ends: a body's head further on opens the next item. A body's head within those words
// still makes the place part of a name. Written for this test.
func TestOfficeAlone(t *testing.T) {
	g := fixtureGazetteer(t)
	checkOccurrenceLinks(t, g, []occurrenceCase{
		{
			name: "the office alone: the place, not the holder",
			text: "The President of Ukraine held talks with the Mayor of Paris in Kyiv.",
			want: map[string]string{"Mayor of Paris#1": "", "Paris#1": "city:fr:paris"},
		},
		{
			name: "the holder's name after the place, a body in the next item",
			text: "In Kyiv the President of Ukraine met the Mayor of Paris. He also met Mayor of Paris Anne Hidalgo and President of the European Committee of the Regions Vasco Cordeiro.",
			want: map[string]string{"Paris#2": "city:fr:paris", "Anne Hidalgo#1": "person:anne-hidalgo"},
		},
		{
			name: "a body's head among the words after the place: part of a name",
			text: "In Kyiv the President of Ukraine met the President of Paris Saint-Germain Football Club.",
			want: map[string]string{"Paris#1": ""},
		},
	})
}
