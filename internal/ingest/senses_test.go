package ingest

import (
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/amity-graph/amity/internal/kg"
	"github.com/amity-graph/amity/internal/store"
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

// TestRegionStems: a region named in full ("Alba State") is meant by its stem later in
// the text, unless the stem runs on into a longer name or comes first.
func TestRegionStems(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{{ID: "region:xx:alba-state", Kind: kg.Region, Name: "Alba State"}})
	id := "region:xx:alba-state"
	text := "Alba lies north. We are back in Alba State. The people of Alba met the Alba Independence Army."
	i := strings.Index(text, "Alba State")
	ms := []Mention{{Text: "Alba State", bStart: i, bEnd: i + len("Alba State"), Kind: kg.Region, Entity: &id}}
	var got []string
	for _, m := range g.regionStems(&linkCtx{text: text}, ms) {
		got = append(got, text[m.bStart:m.bEnd]+"@"+strconv.Itoa(m.bStart))
	}
	want := []string{"Alba State@32", "Alba@58"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("regionStems (-want +got):\n%s", diff)
	}
}

// TestListIsNoName: "and the" after a country opens a list's next item, so the
// capitalised words after it are no name the country opens.
func TestListIsNoName(t *testing.T) {
	for rest, want := range map[string]bool{
		" and the Island Forum, in Tuvalu":       false,
		" and the Chamber of Commerce met":       false,
		" Trade Council met on Monday":           true,
		" Chamber of Commerce and Industry said": true,
	} {
		if got := headedWords(rest); got != want {
			t.Errorf("headedWords(%q) = %v, want %v", rest, got, want)
		}
	}
}

// TestAmpersandForAnd: a place's name with "and" is found with an ampersand too; a body's
// is not given the form.
func TestAmpersandForAnd(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "region:xx:alba-and-bela", Kind: kg.Region, Name: "Alba and Bela"},
		{ID: "org:trade-and-arts", Kind: kg.Organization, Name: "Trade and Arts Council"},
	})
	if got := g.entriesNamed(FoldName("Alba & Bela")); len(got) != 1 {
		t.Errorf("entries named %q = %v, want the region", "Alba & Bela", got)
	}
	if got := g.entriesNamed(FoldName("Trade & Arts Council")); len(got) != 0 {
		t.Errorf("entries named %q = %v, want none", "Trade & Arts Council", got)
	}
}

// TestOldQuarter: an old quarter's name before a town ("Old Town Alba") is a sight, its
// words neither the town nor a place called "Old Town"; the town alone stays.
func TestOldQuarter(t *testing.T) {
	for _, tc := range []struct {
		text, word string
		want       bool
	}{
		{"The envoy walked through Old Town Alba at dusk.", "Alba", true},
		{"The envoy walked through Old Town Alba at dusk.", "Old Town", true},
		{"The envoy walked through Alba at dusk.", "Alba", false},
		{"The envoy reached Old Town by noon.", "Old Town", false},
	} {
		i := strings.Index(tc.text, tc.word)
		m := Mention{Text: tc.word, bStart: i, bEnd: i + len(tc.word), Kind: kg.City}
		if got := insideNamedThing(tc.text, m); got != tc.want {
			t.Errorf("insideNamedThing(%q, %q) = %v, want %v", tc.text, tc.word, got, tc.want)
		}
	}
}

// TestPairedPlacesNamed: two towns or regions joined by a hyphen and run on into
// capitalised words name a tie between them; a pair of countries, a pair before a common
// word and a headline keep their places.
func TestPairedPlacesNamed(t *testing.T) {
	for _, tc := range []struct {
		text  string
		kinds []kg.Kind
		want  []string
	}{
		{"The talks led to the Alba-Bela Ecopact last year.", []kg.Kind{kg.Region, kg.Region}, []string{"Alba", "Bela"}},
		{"The talks led to the Alba-Bela Ecopact last year.", []kg.Kind{kg.Region}, []string{"Alba"}},
		{"The talks led to the Alba-Bela region's growth.", []kg.Kind{kg.Region, kg.Region}, nil},
		{"The talks led to the Alba-Bela Strategic Partnership.", []kg.Kind{kg.Country, kg.Country}, nil},
		{"Celebrating Ten Years of Alba-Bela Sister State Ties", []kg.Kind{kg.Region, kg.Region}, nil},
	} {
		var ms []Mention
		for i, w := range []string{"Alba", "Bela"}[:len(tc.kinds)] {
			at := strings.Index(tc.text, w)
			ms = append(ms, Mention{Text: w, bStart: at, bEnd: at + len(w), Kind: tc.kinds[i]})
		}
		var got []string
		for _, m := range ms {
			if pairedPlacesNamed(tc.text, ms)[m.bStart] {
				got = append(got, m.Text)
			}
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("pairedPlacesNamed(%q) (-want +got):\n%s", tc.text, diff)
		}
	}
}
