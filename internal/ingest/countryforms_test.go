package ingest

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/amity-graph/amity/internal/kg"
	"github.com/amity-graph/amity/internal/store"
)

// TestCountryShortForms: a country's standard initials and its common English forms the
// graph's names lack ("DRC", "Democratic Republic of Congo" without its article) name
// the country, and with it known, a town of that country is linked.
func TestCountryShortForms(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:cd", Kind: kg.Country, Name: "Congo - Kinshasa", Aliases: []string{"Democratic Republic of the Congo"}},
		{ID: "country:cg", Kind: kg.Country, Name: "Congo - Brazzaville", Aliases: []string{"Congo", "Republic of the Congo"}},
		{ID: "country:sa", Kind: kg.Country, Name: "Saudi Arabia"},
		{ID: "city:cd:tolani", Kind: kg.City, Name: "Tolani", Countries: []string{"country:cd"}},
	})
	for _, c := range []struct{ text, name, want string }{
		{"The envoy flew to the DRC on Monday to meet farmers.", "DRC", "country:cd"},
		{"Trade with the KSA grew last year, the minister said.", "KSA", "country:sa"},
		{"The envoy praised the Democratic Republic of Congo for its vote.", "Democratic Republic of Congo", "country:cd"},
		{"Talks in Congo-Brazzaville ended on Friday.", "Congo-Brazzaville", "country:cg"},
		{"The envoy left the DRC for Tolani, where he met traders.", "Tolani", "city:cd:tolani"},
	} {
		doc, err := g.Ingest(Article{Text: "Test\n\n" + c.text, Meta: Meta{Title: "Test", Published: "2019-03-14"}})
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		for _, m := range doc.Mentions {
			if m.Text == c.name && m.Entity != nil {
				got = *m.Entity
			}
		}
		if diff := cmp.Diff(c.want, got); diff != "" {
			t.Errorf("%q: link of %q (-want +got):\n%s", c.text, c.name, diff)
		}
	}
}

// TestBareKoreaInPair: "Korea" right after a country's short form and a hyphen ("U.S.-Korea
// ties") is the second country of a pair, linked like the first, once the text says which
// Korea it means; with no such clue it stays unlinked.
func TestBareKoreaInPair(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:us", Kind: kg.Country, Name: "United States"},
		{ID: "country:kr", Kind: kg.Country, Name: "South Korea", Aliases: []string{"Republic of Korea"}},
		{ID: "country:kp", Kind: kg.Country, Name: "North Korea"},
	})
	for _, c := range []struct{ text, want string }{
		{"The envoy flew to South Korea. He spoke on U.S.-Korea ties to students.", "country:us country:kr"},
		{"He spoke on U.S.-Korea ties to students.", "country:us"},
	} {
		doc, err := g.Ingest(Article{Text: "Test\n\n" + c.text, Meta: Meta{Title: "Test", Published: "2012-05-02"}})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, m := range doc.Mentions {
			if (m.Text == "Korea" || m.Text == "U.S.") && m.Entity != nil {
				got = append(got, *m.Entity)
			}
		}
		if diff := cmp.Diff(c.want, strings.Join(got, " ")); diff != "" {
			t.Errorf("%q: links of the pair (-want +got):\n%s", c.text, diff)
		}
	}
}
