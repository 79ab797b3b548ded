package ingest

import "testing"

// TestYearedEvents: round 36d's recurring events named with a year and again without
// it; not a written thing carrying a year. The sentences and names are made up for this test.
func TestYearedEvents(t *testing.T) {
	g := fixtureGazetteer(t)
	checkMentions(t, g, []mentionCase{
		{
			name: "a name with a year and again without it is an event's, at both mentions",
			text: "Harbour Talks\nTor Lind is the liaison officer for Saltmere Tidewatch 2012. During four years of Saltmere Tidewatch, ports changed.",
			want: map[string]string{"Saltmere Tidewatch#1": "event:saltmere-tidewatch", "Saltmere Tidewatch#2": "event:saltmere-tidewatch"},
		},
		{
			name: "a report with a year is no event, nor the tail of a longer name with a list in it",
			text: "Harbour Talks\nThe Velmoran Bluebook 2020 says so; the Velmoran Bluebook is long. The Harbour, Dock, and Rail Tidewatch 2015 went on; the Rail Tidewatch was long.",
			want: map[string]string{"Velmoran Bluebook#1": "", "Rail Tidewatch#2": ""},
		},
	})
}
