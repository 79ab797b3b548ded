package ingest

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/amity-graph/amity/internal/kg"
)

// TestWorksOwners: a name before a firm's works in lowercase (a factory, a shipyard,
// a mill, a law firm, a production plant), what they make perhaps between, is a firm;
// a verb or an article between, or a works' noun a public body may run, is not.
func TestWorksOwners(t *testing.T) {
	g := fixtureGazetteer(t)
	checkMentions(t, g, []mentionCase{
		{
			name: "a name before \"factory\"",
			text: "Harbour Talks\nThe envoy toured the Velkor Cycles factory for a look at its lines.",
			want: map[string]string{"Velkor Cycles#1": "company:velkor-cycles"},
		},
		{
			name: "a possessive name, its product between it and the plant",
			text: "Harbour Talks\nShe also visited Tamsar SARL’s olive oil production centre to see a press.",
			want: map[string]string{"Tamsar SARL#1": "company:tamsar-sarl"},
		},
		{
			name: "two products joined by \"and\" before a manufacturing plant",
			text: "Harbour Talks\nThey saw the Kessrin paper and cardboard manufacturing plant on Friday.",
			want: map[string]string{"Kessrin#1": "company:kessrin"},
		},
		{
			name: "a law firm",
			text: "Harbour Talks\nLawyers from Velkaby law firm joined the talks.",
			want: map[string]string{"Velkaby#1": "company:velkaby"},
		},
		{
			name: "a verb between the name and the works",
			text: "Harbour Talks\nMayor Tamsin Velkaby visited several factories on Friday.",
			want: map[string]string{"Tamsin Velkaby#1": "person:tamsin-velkaby"},
		},
		{
			name: "a water treatment plant is no firm's works",
			text: "Harbour Talks\nThe grant supports the Kessrin Water Treatment plant there.",
			want: map[string]string{"Kessrin Water Treatment#1": ""},
		},
	})
}

// TestWorksOwnerIsNoSite: the firm whose works a visit saw ("toured the Velkor Cycles
// factory") runs the site; the factory, no body of the graph, was the site.
func TestWorksOwnerIsNoSite(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"She toured the Velkor Cycles factory in Tripoli.", nil},
		{"She visited the Kessrin paper and cardboard manufacturing plant in Tripoli.", nil},
		{"She visited the Velmar Growers Association in Tripoli.", []string{"org:velmar-growers-association"}},
	} {
		text := "Ambassador Ana Ruiz Visits Libya\n\nOn May 3, Ambassador Ana Ruiz traveled to Libya. " + c.text
		doc, err := fixtureGazetteer(t).Ingest(Article{Text: text, Meta: Meta{Title: "Test", Published: "2011-05-07"}})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, r := range doc.Relations {
			if r.Type == kg.VisitedSite {
				got = append(got, r.To)
			}
		}
		if diff := cmp.Diff(c.want, got); diff != "" {
			t.Errorf("%q: sites (-want +got):\n%s", c.text, diff)
		}
	}
}
