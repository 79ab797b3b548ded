package ingest

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestGivenNames: a person named with no title before them, found by a given name the
// graph's own people bear, by the verb that meets them, or by the office's field
// before them (round 7b). The sentences are written for this test.
func TestGivenNames(t *testing.T) {
	g := fixtureGazetteer(t)
	for _, w := range []string{"john", "james", "jon"} {
		if !g.givenNames()[w] {
			t.Fatalf("%q is not a given name of the fixture's people", w)
		}
	}
	for _, w := range []string{"georgia", "president", "new", "king"} {
		if g.givenNames()[w] {
			t.Errorf("%q counts as a given name; a place's, a title's or a common word should not", w)
		}
	}
	for _, c := range []struct {
		name, text string
		want       map[string]string
	}{
		{
			name: "a known given name opens a person's name after a comma, with no title",
			text: "Harbour Talks\nThe envoy spoke in Durban, and James Mkhize, who runs the port, showed her the docks.",
			want: map[string]string{"James Mkhize#1": "person:james-mkhize"},
		},
		{
			name: "an office's field that is a place ends before its holder",
			text: "Harbour Talks\nThe envoy came with Consul General for Durban Lerato Dube and two aides.",
			want: map[string]string{"Lerato Dube#1": "person:lerato-dube"},
		},
		{
			name: "whom someone met with is a person; stacked honorifics are no part of the name",
			text: "Harbour Talks\nThe envoy met with Thabo Ndlovu in Durban. She called on Datuk Seri Haji Aminah Kassim. She met the city ombudsman Sipho Zulu.",
			want: map[string]string{"Thabo Ndlovu#1": "person:thabo-ndlovu", "Aminah Kassim#1": "person:aminah-kassim", "Sipho Zulu#1": "person:sipho-zulu"},
		},
		{
			name: "a name before a product's noun is its maker's, a company, though shaped like a person's",
			text: "Harbour Talks\nFarmers in Durban want more James Holt tractors and more doses of Zentava vaccines.",
			want: map[string]string{"James Holt#1": "company:james-holt", "Zentava#1": "company:zentava"},
		},
		{
			name: "a given name that is a place's says nothing alone",
			text: "Harbour Talks\nThe envoy spoke in Durban, and Georgia Harbour, a ship, sailed.",
			want: map[string]string{"Georgia Harbour#1": ""},
		},
	} {
		doc, err := g.Ingest(Article{Text: c.text})
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(c.want, mentionIDs(doc, c.want)); diff != "" {
			t.Errorf("%s (-want +got):\n%s", c.name, diff)
		}
	}
}
