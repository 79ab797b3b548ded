package ingest

import "testing"

// TestActingPeople: round 36d's people named in full once, with no office near, before
// a verb of what a visitor or a speaker does; not a name that goes on a title, one
// after "the", nor one holding an office's acronym. The sentences and names are made up
// for this test.
func TestActingPeople(t *testing.T) {
	g := fixtureGazetteer(t)
	checkMentions(t, g, []mentionCase{
		{
			name: "a full name before a visitor's or speaker's verb is a person's",
			text: "Harbour Talks\nBrannock Velisse highlights the ties. The agency's Oriel Tamsworth visits the port. Ilse von Karrow arrived in the zone at midnight.",
			want: map[string]string{"Brannock Velisse#1": "person:brannock-velisse", "Oriel Tamsworth#1": "person:oriel-tamsworth", "Ilse von Karrow#1": "person:ilse-von-karrow"},
		},
		{
			name: "a name going on a title, after \"the\", or with an office's acronym is none",
			text: "Harbour Talks\nThe Deputy Chief of Mission Corvell met them. Then the Ostral Brenning said so. In the village, AtA Morvane announced aid.",
			want: map[string]string{"Mission Corvell#1": "", "Ostral Brenning#1": "", "AtA Morvane#1": ""},
		},
	})
}
