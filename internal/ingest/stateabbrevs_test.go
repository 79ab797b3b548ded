package ingest

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestStateFormAt: a state's short form is a whole token; a form in small letters
// needs its dot, or no word after it ("Miss Lee" is no state).
func TestStateFormAt(t *testing.T) {
	for _, c := range []struct {
		rest, want string
	}{
		{"GA Chamber of Commerce", "GA"},
		{"Fla. – The city", "Fla"},
		{"N.C., last week", "N.C"},
		{"W. Va. on Monday", "W. Va"},
		{"NSW and Victoria", "NSW"},
		{"Vic, said the mayor", "Vic"},
		{"Miss Lee opened the fair", ""},
		{"Man Booker Prize", ""},
		{"GAS prices", ""},
		{"Gary Lee", ""},
	} {
		if got, _ := stateFormAt(c.rest); got != c.want {
			t.Errorf("%q: got %q, want %q", c.rest, got, c.want)
		}
	}
}

// TestCityStates: a state's short form after a town settles which namesake the town is
// and is linked to that state, in a dateline or in running text; a form whose state holds
// no namesake of the town ("Houston, LA", Los Angeles in a list) changes nothing.
func TestCityStates(t *testing.T) {
	g := fixtureGazetteer(t)
	for _, c := range []struct {
		text string
		want map[string]string
	}{
		{"Her parents moved from London, Ont. to Rochester, Minn. in the 1990s.",
			map[string]string{"London": "city:ca:london", "Ont": "region:ca:ontario", "Rochester": "city:us:minnesota:rochester", "Minn": "region:us:minnesota"}},
		{"The choir of Kingston, Ont., sang for the visitors from Japan.",
			map[string]string{"Kingston": "city:ca:kingston", "Ont": "region:ca:ontario"}},
		{"The hotel chain opened in Perth, WA and in Perth, Scotland in the same year.",
			map[string]string{"WA": "region:au:western-australia", "Scotland": "region:gb:scotland"}},
		{"DARWIN, NT – The city will host a delegation from its partners next month.",
			map[string]string{"DARWIN": "city:au:darwin", "NT": "region:au:northern-territory"}},
		{"The tour took the mayors to Houston, LA, San Diego and Honolulu in a week.",
			map[string]string{"Houston": "city:us:houston", "LA": ""}},
		{"In Columbus, Miss Lee of the council opened the fair.",
			map[string]string{"Miss": ""}},
	} {
		if diff := cmp.Diff(c.want, linksFor(t, g, c.text, c.want)); diff != "" {
			t.Errorf("%q (-want +got):\n%s", c.text, diff)
		}
	}
}

// TestListedStates: a state's code listed with a state the text links is of that
// state's federation; a code that runs into a currency's sign is none.
func TestListedStates(t *testing.T) {
	g := fixtureGazetteer(t)
	for _, c := range []struct {
		text string
		want map[string]string
	}{
		{"The grants cover schools in NSW and the NT this year.",
			map[string]string{"NSW": "region:au:new-south-wales", "NT": "region:au:northern-territory"}},
		{"Prices rose to NT$3 billion in NSW last year.",
			map[string]string{"NSW": "region:au:new-south-wales", "NT": ""}},
	} {
		if diff := cmp.Diff(c.want, linksFor(t, g, c.text, c.want)); diff != "" {
			t.Errorf("%q (-want +got):\n%s", c.text, diff)
		}
	}
}
