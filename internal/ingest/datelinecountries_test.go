package ingest

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/amity-graph/amity/internal/kg"
	"github.com/amity-graph/amity/internal/store"
)

// TestDatelineCountries: a dateline's country in capitals after its places, before a
// colon or a dash, is the country; capitals that name no country (a speaker's title)
// are not.
func TestDatelineCountries(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:vr", Kind: kg.Country, Name: "Velmara"},
	})
	for _, c := range []struct{ text, want string }{
		{"Orvik Region, VELMARA: On Monday the envoy opened a school.", "VELMARA=country:vr"},
		{"Sorvi, Northern Region, VELMARA— On Monday the envoy opened a school.", "VELMARA=country:vr"},
		{"ADA LIND, PRIME MINISTER: Thank you all for coming today.", ""},
	} {
		got := articleLinks(t, g, Article{Text: "Test\n\n" + c.text, Meta: Meta{Title: "Test", Published: "2019-03-14"}})
		if diff := cmp.Diff(c.want, got); diff != "" {
			t.Errorf("%q: links (-want +got):\n%s", c.text, diff)
		}
	}
}
