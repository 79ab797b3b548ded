package ingest

import (
	"strings"
	"testing"

	"github.com/amity-graph/amity/internal/kg"
	"github.com/amity-graph/amity/internal/store"
)

// TestNaturalFeature: a sea or river named by a town's word is not the town, whether the
// head follows the town's name or the town's record lists the feature's name as an alias;
// the town said alone stays the town.
func TestNaturalFeature(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:aa", Kind: kg.Country, Name: "Arvenia"},
		{ID: "city:aa:dolva", Kind: kg.City, Name: "Dolva", Aliases: []string{"Dolva Sea"}, Countries: []string{"country:aa"}, Population: 40_000, Degree: 3},
		{ID: "city:aa:brenn", Kind: kg.City, Name: "Brenn", Countries: []string{"country:aa"}, Population: 90_000, Degree: 3},
	})
	text := "The envoy flew over the shrinking Dolva Sea and the Brenn River, then reached Brenn in Arvenia."
	doc, err := g.Ingest(Article{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range doc.Mentions {
		if strings.Contains(m.Text, "Dolva") && m.Entity != nil {
			t.Errorf("%q in the sea's name linked to %s", m.Text, *m.Entity)
		}
	}
	if got := ingestLinkAt(t, g, text, "Brenn", 1); got != "" {
		t.Errorf("Brenn in the river's name linked to %s", got)
	}
	if got := ingestLinkAt(t, g, text, "Brenn", 2); got != "city:aa:brenn" {
		t.Errorf("Brenn, the town, linked to %q, want city:aa:brenn", got)
	}
	river := "The mayor of Brenn in Arvenia showed the envoy the river Brenn at dawn."
	if got := ingestLinkAt(t, g, river, "Brenn", 2); got != "" {
		t.Errorf("Brenn after \"the river\" linked to %s", got)
	}
	if got := ingestLinkAt(t, g, river, "Brenn", 1); got != "city:aa:brenn" {
		t.Errorf("Brenn, the town, linked to %q, want city:aa:brenn", got)
	}
}

// TestApostropheForms: a country's long name with "People's" is the country when printed
// without the apostrophe, not the shorter name inside it that is another country's.
func TestApostropheForms(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:aa", Kind: kg.Country, Name: "Arvenia", Aliases: []string{"People's Republic of Arvenia"}, Degree: 50},
		{ID: "country:bb", Kind: kg.Country, Name: "Belmar", Aliases: []string{"Republic of Arvenia"}, Degree: 20},
	})
	doc, err := g.Ingest(Article{Text: "The delegation arrived in the Peoples Republic of Arvenia on Monday."})
	if err != nil {
		t.Fatal(err)
	}
	checkLinks(t, doc, map[string]string{"Peoples Republic of Arvenia": "country:aa"})
}

// TestTitleAtAnotherUse: a short form of a diplomat's name (no middle initial) links
// wherever the text uses it once a diplomat's title stands before one of its uses.
func TestTitleAtAnotherUse(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:aa", Kind: kg.Country, Name: "Arvenia"},
		{ID: "person:vell-anna-k", Kind: kg.Person, Name: "Anna K. Vell", Degree: 1,
			Positions: []store.Position{{Title: "Ambassador Extraordinary and Plenipotentiary", Body: "country:bb"}}},
	})
	text := "Anna Vell, Assistant Secretary\n\nWe welcome Ambassador Anna Vell to the hall today."
	doc, err := g.Ingest(Article{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, m := range doc.Mentions {
		if m.Text == "Anna Vell" && m.Entity != nil && *m.Entity == "person:vell-anna-k" {
			n++
		}
	}
	if n != 2 {
		t.Errorf("Anna Vell linked %d times to person:vell-anna-k, want 2 (the byline and the titled use)", n)
	}
}

// TestPostBySeat: a post's own texts name it by its sender and seat with no "in"
// ("U.S. Embassy Dorvik's staff", "United States Embassy Dorvik"): the graph's one
// embassy of that sender in a place of that name. A person's title so written ("the U.S.
// Consul General in Dorvik") stays the person's, and a title before a surname is no post.
func TestPostBySeat(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:us", Kind: kg.Country, Name: "United States", Degree: 100},
		{ID: "country:aa", Kind: kg.Country, Name: "Arvenia", Degree: 10},
		{ID: "city:aa:dorvik", Kind: kg.City, Name: "Dorvik", Countries: []string{"country:aa"}, Population: 500_000, Degree: 5},
		{ID: "consulate:us-embassy-dorvik", Kind: kg.Consulate, Name: "Embassy of United States in Dorvik",
			Represents: []string{"country:us"}, BasedIn: []string{"city:aa:dorvik"}, Degree: 2},
		{ID: "consulate:us-consulate-general-dorvik", Kind: kg.Consulate, Name: "Consulate General of United States in Dorvik",
			Represents: []string{"country:us"}, BasedIn: []string{"city:aa:dorvik"}, Degree: 2},
	})
	for _, tc := range []struct{ text, name, want string }{
		{"Farmers met U.S. Embassy Dorvik’s deputy chief of mission in Arvenia.", "U.S. Embassy Dorvik", "consulate:us-embassy-dorvik"},
		{"Released by the United States Embassy Dorvik\n\nThe talks in Arvenia went well.", "United States Embassy Dorvik", "consulate:us-embassy-dorvik"},
		{"In Arvenia, the U.S. Consul General in Dorvik spoke.", "U.S. Consul General in Dorvik", ""},
	} {
		if got := ingestLinkAt(t, g, tc.text, tc.name, 1); got != tc.want {
			t.Errorf("%q: %s -> %q, want %q", tc.text, tc.name, got, tc.want)
		}
	}
}

// TestLowerSquare: a town's name before "square" in lower case names the square, not the
// town; before "square kilometres" it is the town measured.
func TestLowerSquare(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:aa", Kind: kg.Country, Name: "Arvenia"},
		{ID: "city:aa:dorvik", Kind: kg.City, Name: "Dorvik", Countries: []string{"country:aa"}, Population: 500_000, Degree: 5},
	})
	text := "In Arvenia the embassy held a fair on Dorvik square."
	if got := ingestLinkAt(t, g, text, "Dorvik", 1); got != "" {
		t.Errorf("Dorvik before square linked to %s", got)
	}
	text = "In Arvenia, Dorvik square kilometres of farmland were flooded."
	if got := ingestLinkAt(t, g, text, "Dorvik", 1); got != "city:aa:dorvik" {
		t.Errorf("Dorvik before a measure -> %q, want city:aa:dorvik", got)
	}
}

// TestDesignatorWithPossessive: a region's name before its designator in the possessive
// ("Dolgan Prefecture’s efforts") is the region, as before the bare designator.
func TestDesignatorWithPossessive(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:aa", Kind: kg.Country, Name: "Arvenia"},
		{ID: "region:aa:dolgan", Kind: kg.Region, Name: "Dolgan", Countries: []string{"country:aa"}, Degree: 30},
	})
	text := "In Arvenia, the minister praised Dolgan Prefecture’s recovery work."
	if got := ingestLinkAt(t, g, text, "Dolgan", 1); got != "region:aa:dolgan" {
		t.Errorf("Dolgan before Prefecture’s -> %q, want region:aa:dolgan", got)
	}
}
