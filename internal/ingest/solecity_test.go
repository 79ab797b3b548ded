package ingest

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestSoleLargeCity: a city the graph alone names so, called a city by the text, is
// linked though only its partner's country is named; without the city word it is not.
func TestSoleLargeCity(t *testing.T) {
	g := fixtureGazetteer(t)
	for _, c := range []struct {
		text string
		want []string
	}{
		{"The City of Tampa welcomed a delegation from Barranquilla, Colombia. Tampa and Barranquilla share a port.",
			[]string{"Tampa=city:us:tampa", "Barranquilla=city:co:barranquilla", "Colombia=country:co", "Tampa=city:us:tampa", "Barranquilla=city:co:barranquilla"}},
		{"Tampa welcomed a delegation from Barranquilla, Colombia.",
			[]string{"Barranquilla=city:co:barranquilla", "Colombia=country:co"}},
	} {
		if diff := cmp.Diff(strings.Join(c.want, " "), articleLinks(t, g, Article{Text: c.text})); diff != "" {
			t.Errorf("%q (-want +got):\n%s", c.text, diff)
		}
	}
}
