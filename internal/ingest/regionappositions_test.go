package ingest

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// linksFor ingests text with the fixture gazetteer and returns what each mention text
// that want names is linked to: the entity's id, or "" where it is not linked.
func linksFor(t *testing.T, g *Gazetteer, text string, want map[string]string) map[string]string {
	t.Helper()
	doc, err := g.Ingest(Article{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for n := range want {
		got[n] = ""
	}
	for _, m := range doc.Mentions {
		if _, ok := got[m.Text]; ok && m.Entity != nil {
			got[m.Text] = *m.Entity
		}
	}
	return got
}

// TestRegionCuedAround: a province's kind in apposition, the Governors of a list, or a
// provincial organ after the possessive make a twin name the region; a town's word in
// the apposition does not.
func TestRegionCuedAround(t *testing.T) {
	g := fixtureGazetteer(t)
	for _, c := range []struct {
		text string
		want map[string]string
	}{
		{"The envoy flew on to Salta, a province known for its wine, in Argentina.", map[string]string{"Salta": "region:ar:salta"}},
		{"The minister went on to Kaduna – a key partner state – in Nigeria.", map[string]string{"Kaduna": "region:ng:kaduna-state"}},
		{"In Nigeria she met the Governors of Kaduna and Kano to talk about schools.", map[string]string{"Kaduna": "region:ng:kaduna-state"}},
		{"The team met Salta’s provincial and local governments in Argentina.", map[string]string{"Salta": "region:ar:salta"}},
		{"The envoy flew on to Salta, a city in the north of Argentina.", map[string]string{"Salta": "city:ar:salta"}},
	} {
		if diff := cmp.Diff(c.want, linksFor(t, g, c.text, c.want)); diff != "" {
			t.Errorf("%q (-want +got):\n%s", c.text, diff)
		}
	}
}
