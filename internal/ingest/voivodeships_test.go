package ingest

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestVoivodeshipMentions: a province named by its land's adjective is the region of
// that land; an adjective of no region in the graph links nothing.
func TestVoivodeshipMentions(t *testing.T) {
	g := fixtureGazetteer(t)
	for _, c := range []struct {
		text string
		want map[string]string
	}{
		{"The delegation signed a letter of intent with the Silesian Voivodeship on Monday.",
			map[string]string{"Silesian Voivodeship": "region:pl:silesia"}},
		{"The delegation signed a letter of intent with the Zorblian Voivodeship on Monday.",
			map[string]string{"Zorblian Voivodeship": ""}},
	} {
		if diff := cmp.Diff(c.want, linksFor(t, g, c.text, c.want)); diff != "" {
			t.Errorf("%q (-want +got):\n%s", c.text, diff)
		}
	}
	for _, c := range []struct {
		adj  string
		want []string
	}{
		{"Silesian", []string{"Silesia", "Silesa", "Silesia", "Silesi"}},
		{"Lubusz", nil},
	} {
		if diff := cmp.Diff(c.want, landsOfAdjective(c.adj)); diff != "" {
			t.Errorf("landsOfAdjective(%q) (-want +got):\n%s", c.adj, diff)
		}
	}
}
