package ingest

import "testing"

// TestBracketedProgramme: a name with its bracketed acronym, then a programme's
// lower-case head after at most three lower-case words, is a programme's, left out with
// its acronym; a body that runs a project, or a capitalised head, is another matter.
func TestBracketedProgramme(t *testing.T) {
	for _, tc := range []struct {
		after string
		want  bool
	}{
		{" (HCL) city-to-city cooperation programme.", true},
		{" (HCL) program, she said", true},
		{" (HCL) youth exchange projects", true},
		{" (HCL) runs the project", false},
		{" (HCL) runs a project", false},
		{" (HCL) and a programme", false},
		{" (HCL), a programme", false},
		{" (HCL) staff visited", false},
	} {
		if got := bracketedProgramme(tc.after); got != tc.want {
			t.Errorf("bracketedProgramme(%q) = %v, want %v", tc.after, got, tc.want)
		}
	}
	g := fixtureGazetteer(t)
	checkMentions(t, g, []mentionCase{
		{
			name: "a programme by its lower-case head, and its acronym again",
			text: "Harbour Talks\nCities may apply to the Harbour City Links (HCL) city-to-city cooperation programme. Over 60 pairings joined the HCL programme.",
			want: map[string]string{"Harbour City Links#1": "", "HCL#1": "", "HCL#2": ""},
		},
		{
			name: "a programme given as an example of a body's programmes stays",
			text: "Harbour Talks\nShe urged students to join the Embassy’s exchange programs, such as the Harbour Youth Leaders (HYL) program.",
			want: map[string]string{"Harbour Youth Leaders#1": "org:harbour-youth-leaders"},
		},
	})
}
