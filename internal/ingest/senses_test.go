package ingest

import (
	"strings"
	"testing"

	"github.com/amity-graph/amity/internal/kg"
)

// TestWrongSenses: a surname after "Mrs." is the wife's, not the office-holder's; a
// country's short form before a currency sign names the currency; elsewhere both stay.
func TestWrongSenses(t *testing.T) {
	id := "person:alba-jon"
	for _, tc := range []struct {
		text, word string
		kind       kg.Kind
		want       bool
	}{
		{"The Ambassador and Mrs. Alba toured the port.", "Alba", kg.Person, true},
		{"Madame Alba opened the gallery.", "Alba", kg.Person, true},
		{"Ambassador Alba toured the port.", "Alba", kg.Person, false},
		{"The fund gave US $3 million to the port.", "US", kg.Country, true},
		{"The fund gave US$3 million to the port.", "US", kg.Country, true},
		{"The US gave $3 million to the port.", "US", kg.Country, false},
	} {
		i := strings.Index(tc.text, tc.word)
		m := Mention{Text: tc.word, bStart: i, bEnd: i + len(tc.word), Kind: tc.kind, Entity: &id}
		got := len(dropWrongSenses(tc.text, []Mention{m})) == 0
		if got != tc.want {
			t.Errorf("dropWrongSenses(%q, %q) dropped = %v, want %v", tc.text, tc.word, got, tc.want)
		}
	}
}

// TestMilitaryBaseAndCityOf: a place before "military base" names the base; "the city of"
// before a name the region took elsewhere gives it the city.
func TestMilitaryBaseAndCityOf(t *testing.T) {
	text := "The old airfield became the Turku military base in 1940."
	i := strings.Index(text, "Turku")
	if !insideNamedThing(text, Mention{Text: "Turku", bStart: i, bEnd: i + 5, Kind: kg.City}) {
		t.Errorf("insideNamedThing(%q) = false, want true", text)
	}
	text = "Turku port was busy."
	if insideNamedThing(text, Mention{Text: "Turku", bStart: 0, bEnd: 5, Kind: kg.City}) {
		t.Errorf("insideNamedThing(%q) = true, want false", text)
	}
}
