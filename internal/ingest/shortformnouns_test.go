package ingest

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/amity-graph/amity/internal/kg"
	"github.com/amity-graph/amity/internal/store"
)

// TestShortFormBeforeCapitalisedNouns: "U.S." before the genre's capitalised common
// nouns ("U.S. Delegation", "U.S. Citizen services") or a plural office and its holders
// is the country; before a body's name or a grant named by its awarders it is not.
func TestShortFormBeforeCapitalisedNouns(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:us", Kind: kg.Country, Name: "United States"},
	})
	for _, c := range []struct{ text, want string }{
		{"Ada Lind led a high level U.S. Delegation to the islands.", "U.S.=country:us"},
		{"The post visits the islands for U.S. Citizen services.", "U.S.=country:us"},
		{"They spoke on current U.S. Foreign policy priorities.", "U.S.=country:us"},
		{"U.S. Embassies and Consulates around the world nominate sites.", "U.S.=country:us"},
		{"He met former U.S. Ambassadors Ada Lind and Bo Rask there.", "U.S.=country:us"},
		{"The site won the U.S. Ambassadors Fund for Cultural Preservation in 2001.", ""},
		{"He met the U.S. Foreign Agricultural Service there.", ""},
	} {
		got := articleLinks(t, g, Article{Text: "Test\n\n" + c.text, Meta: Meta{Title: "Test", Published: "2019-03-14"}})
		if diff := cmp.Diff(c.want, got); diff != "" {
			t.Errorf("%q: links (-want +got):\n%s", c.text, diff)
		}
	}
}
