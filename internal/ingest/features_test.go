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
