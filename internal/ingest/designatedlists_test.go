package ingest

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/amity-graph/amity/internal/kg"
	"github.com/amity-graph/amity/internal/store"
)

// TestDesignatedRegions: a city's name in a list that a plural designator governs is the
// division of that name; outside such a list, or with no such division in the graph, the
// city stays.
func TestDesignatedRegions(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "city:xx:lomar", Kind: kg.City, Name: "Lomar", Countries: []string{"xx"}, Regions: []string{"region:xx:lomar"}},
		{ID: "region:xx:lomar", Kind: kg.Region, Name: "Lomar", Countries: []string{"xx"}},
		{ID: "city:xx:bela", Kind: kg.City, Name: "Bela", Countries: []string{"xx"}, Regions: []string{"region:xx:north"}},
		{ID: "region:xx:north", Kind: kg.Region, Name: "North Plain", Countries: []string{"xx"}},
		{ID: "region:xx:bela", Kind: kg.Region, Name: "Bela", Countries: []string{"xx"}},
		{ID: "city:xx:tor", Kind: kg.City, Name: "Tor", Countries: []string{"xx"}},
	})
	for _, tc := range []struct{ text, word, want string }{
		{"The office covers the provinces of Lomar, Bela and Tor.", "Lomar", "region:xx:lomar"},
		{"The office covers the provinces of Lomar, Bela and Tor.", "Bela", "region:xx:bela"},
		{"The office covers the provinces of Lomar, Bela and Tor.", "Tor", "city:xx:tor"},
		{"It serves nine counties: Kell, Lomar and Bela.", "Lomar", "region:xx:lomar"},
		{"Farmers of the Lomar and Bela departments met.", "Bela", "region:xx:bela"},
		{"She flew from Lomar to Bela and Tor.", "Lomar", "city:xx:lomar"},
		{"She toured Lomar, Bela and Tor, three provinces.", "Bela", "city:xx:bela"},
	} {
		i := strings.Index(tc.text, tc.word)
		j := g.byID["city:xx:"+strings.ToLower(tc.word)]
		id := g.entries[j].ID
		ms := g.designatedRegions(&linkCtx{text: tc.text}, []Mention{{Text: tc.word, bStart: i, bEnd: i + len(tc.word), Kind: kg.City, Entity: &id, entry: j}})
		if diff := cmp.Diff(tc.want, *ms[0].Entity); diff != "" {
			t.Errorf("designatedRegions(%q, %q) (-want +got):\n%s", tc.text, tc.word, diff)
		}
	}
}

// TestSurnameAfterTitle: a one-word place's name right after a person's title, or after a
// title and a given name, is that person's surname; after other words it stays a place.
func TestSurnameAfterTitle(t *testing.T) {
	given := map[string]bool{"ann": true}
	for text, want := range map[string]bool{
		"Administrator Tor flew home.":              true,
		"She met Consul General Ann Tor today.":     true,
		"Ambassador Tor spoke.":                     true,
		"She met Ann Tor today.":                    false,
		"The team flew to Tor.":                     false,
		"The Consul General in Tor spoke.":          false,
		"Consul General Bob Tor spoke at the fair.": false,
	} {
		i := strings.Index(text, "Tor")
		c := &linkCtx{text: text}
		if got := c.surnameAfterTitle(Mention{Text: "Tor", bStart: i, bEnd: i + 3, Kind: kg.City}, given); got != want {
			t.Errorf("surnameAfterTitle(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestDivisionAndSeeOf: "the county of X" and "the department of X" name a division, as
// "the province of X" does; a bishop's or an intendente's "of X" names the city, as a
// mayor's does.
func TestDivisionAndSeeOf(t *testing.T) {
	for before, want := range map[string]string{
		"a pact with the County of ":              "region",
		"he toured the department of ":            "region",
		"the Department of ":                      "region",
		"she called on the Bishop of ":            "city",
		"a visit to the Intendente Municipal of ": "city",
		"the Mayor of ":                           "city",
		"a visit to ":                             "",
	} {
		got := ""
		switch {
		case regionOf.MatchString(before):
			got = "region"
		case cityOf.MatchString(before):
			got = "city"
		}
		if got != want {
			t.Errorf("%q: got %q, want %q", before, got, want)
		}
	}
}

// TestDesignatedSense: a city's bare name is the division where the text also writes it
// with the division's designator and never cues the town; a mayor, a city word, a
// dateline in capitals or a visit keeps the town.
func TestDesignatedSense(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "city:xx:lomar", Kind: kg.City, Name: "Lomar", Countries: []string{"xx"}, Regions: []string{"region:xx:lomar-county"}},
		{ID: "region:xx:lomar-county", Kind: kg.Region, Name: "Lomar County", Countries: []string{"xx"}},
	})
	j := g.byID["city:xx:lomar"]
	for _, tc := range []struct{ text, word, want string }{
		{"Lomar County signed a pact. Lomar was chosen as a focus area.", "Lomar was", "region:xx:lomar-county"},
		{"Lomar County signed a pact. The Mayor of Lomar spoke. Lomar was chosen.", "Lomar was", "city:xx:lomar"},
		{"Lomar County signed a pact. She visited Lomar on Monday.", "Lomar on", "city:xx:lomar"},
		{"LOMAR – Lomar County signed a pact.", "LOMAR", "city:xx:lomar"},
		{"The pact was signed. Lomar was chosen.", "Lomar was", "city:xx:lomar"},
	} {
		i := strings.Index(tc.text, tc.word)
		n := len(strings.Fields(tc.word)[0])
		id := g.entries[j].ID
		ms := g.designatedSense(&linkCtx{text: tc.text}, []Mention{{Text: tc.text[i : i+n], bStart: i, bEnd: i + n, Kind: kg.City, Entity: &id, entry: j}})
		if diff := cmp.Diff(tc.want, *ms[0].Entity); diff != "" {
			t.Errorf("designatedSense(%q) (-want +got):\n%s", tc.text, diff)
		}
	}
}

// TestRomanceRunOn: a place's name followed by a Romance connective and a capitalised
// word heads a longer name; followed by English, or at a sentence's start, it stays.
func TestRomanceRunOn(t *testing.T) {
	for text, want := range map[string]bool{
		"The office moved to Lomar do Vale last year.": true,
		"The fair in Lomar da Costa drew crowds.":      true,
		"The office moved to Lomar on Monday.":         false,
		"The office moved to Lomar de facto.":          false,
	} {
		i := strings.Index(text, "Lomar")
		if got := insideLongName(text, Mention{Text: "Lomar", bStart: i, bEnd: i + 5, Kind: kg.City}); got != want {
			t.Errorf("insideLongName(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestArticleAndCommonNoun: "The" and a word in lower case is a common noun, never a
// place, whatever name its folded form matches; "The" and a capitalised word may be.
func TestArticleAndCommonNoun(t *testing.T) {
	for text, want := range map[string]bool{
		"The mission":  true,
		"The harbour":  true,
		"The Hague":    false,
		"Lomar region": false,
	} {
		if got := lowerWordInName(Mention{Text: text, Kind: kg.City}); got != want {
			t.Errorf("lowerWordInName(%q) = %v, want %v", text, got, want)
		}
	}
}
