package ingest

import "testing"

// TestOccasionKinds: an occasion named only by its host's adjective or by the body
// that sits at it is no named event; a building the text says is one, and a group told
// as travelling, are no body; a name with a place or a theme stays.
func TestOccasionKinds(t *testing.T) {
	for _, tc := range []struct {
		name string
		want bool
	}{
		{"Mayoral Civic Reception", true},
		{"Presidential Reception", true},
		{"Council Meeting", true},
		{"Cabinet Meeting", true},
		{"Bilateral Meeting", true},
		// a place, a theme or a day keeps its own name
		{"Harbour Council Meeting", false},
		{"Civic Pride Festival", false},
		{"Independence Day Reception", false},
		// a body's kind before an occasion that is no sitting
		{"Council Reception", false},
	} {
		if got := genericEvent(tc.name); got != tc.want {
			t.Errorf("genericEvent(%q) = %v, want %v", tc.name, got, tc.want)
		}
	}
	for _, tc := range []struct {
		name string
		want bool
	}{
		{"Velmar City Government Visiting Team", true},
		{"Touring Party", true},
		{"Velmar Reconstruction Team", false},
		{"Visiting Scholars Association", false},
	} {
		if got := delegationName(tc.name); got != tc.want {
			t.Errorf("delegationName(%q) = %v, want %v", tc.name, got, tc.want)
		}
	}
	for _, tc := range []struct {
		after string
		want  bool
	}{
		{", the building housing the city's council, ...", true},
		{", a nineteenth-century mansion on the square", true},
		{", the company that built the bridge", false},
		{" hosted the dinner", false},
	} {
		if got := buildingApposed.MatchString(tc.after); got != tc.want {
			t.Errorf("buildingApposed(%q) = %v, want %v", tc.after, got, tc.want)
		}
	}
}

// TestOccasionKindMentions: the same rules on whole sentences.
func TestOccasionKindMentions(t *testing.T) {
	g := fixtureGazetteer(t)
	checkMentions(t, g, []mentionCase{
		{
			name: "a mayor's reception and a council's sitting are no named events",
			text: "Harbour Talks\nShe attended the Mayoral Civic Reception in the town hall. The Council Meeting approved the pact.",
			want: map[string]string{"Mayoral Civic Reception#1": "", "Council Meeting#1": ""},
		},
		{
			name: "a building in apposition is a venue; a travelling team no body, its city a mention",
			text: "Harbour Talks\nAt the Velmar House, the building housing the port's board, the Taichung City Government Visiting Team met the board.",
			want: map[string]string{"Velmar House#1": "", "Taichung#1": "city:tw:taichung", "Taichung City Government Visiting Team#1": ""},
		},
		{
			name: "a body named for the occasion it supports, and an occasion held in a place",
			text: "Harbour Talks\nThe Velmar Trade Forum in Kessport Support and Promotion Council thanked the guests. The Velmar Trade Forum in Kessport opened on Monday.",
			want: map[string]string{"Velmar Trade Forum in Kessport Support and Promotion Council#1": "org:velmar-trade-forum-in-kessport-support-and-promotion-council",
				"Velmar Trade Forum#2": "event:velmar-trade-forum"},
		},
	})
}
