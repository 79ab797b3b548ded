package ingest

import (
	"strings"
	"testing"

	"github.com/amity-graph/amity/internal/kg"
)

// TestInsideLongName: a place inside a body's, treaty's, event's or programme's longer
// name is a word of that name; a title, a place's own generic, a partnership between two
// countries, a dateline and a headline leave it a place.
func TestInsideLongName(t *testing.T) {
	for _, tc := range []struct {
		text, place string
		want        bool
	}{
		{"The envoy recalled the 1905 Treaty of Turku and its terms.", "Turku", true},
		{"She opened Turku Business Week on Monday.", "Turku", true},
		{"He joined the Finland – Baltic Trade Alliance last year.", "Finland", true},
		{"She spoke at the Research Institute of the Province of Turku.", "Turku", true},
		{"He was interviewed by La Voz de Turku about the visit.", "Turku", true},
		{"The minister announced Unidos por Turku, a joint effort.", "Turku", true},
		{"She met the Mayor of Turku on Monday.", "Turku", false},
		{"She toured the Province of Turku on Monday.", "Turku", false},
		{"She praised the U.S.-Finland Strategic Partnership.", "Finland", false},
		{"The mayor visited the Ciudad de Turku on Monday.", "Turku", false},
		{"TURKU – The Embassy’s Commercial Service welcomed ten firms.", "TURKU", false},
		{"Mayors From Turku Attend National Conference Of Mayors", "Turku", false},
		// a headline's Romance connective still joins a name; its bracketed gloss is that name
		{"Finland and Sweden Launch Unidos por Turku", "Turku", true},
		{"The minister launched Unidos por Turku (United for Turku), a joint effort.", "Turku", true},
		{"The minister flew to Turku (Finland) on Monday.", "Finland", false},
		// a quoted exclamation is a slogan's or celebration's name; a quoted place is not
		{"Crowds gathered for the “Welcome Back, Turku!” festival.", "Turku", true},
		{"He called the town “Turku, the pearl of the coast” that day.", "Turku", false},
	} {
		i := strings.Index(tc.text, tc.place)
		m := Mention{Text: tc.place, bStart: i, bEnd: i + len(tc.place), Kind: kg.City}
		if got := insideLongName(tc.text, m); got != tc.want {
			t.Errorf("insideLongName(%q, %q) = %v, want %v", tc.text, tc.place, got, tc.want)
		}
	}
}
