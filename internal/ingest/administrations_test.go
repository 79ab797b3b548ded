package ingest

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestAdministrationHeads: "the <Surname> administration" is the one head of a country
// the text names who bears that surname, not a town of that name; with no such country
// named, nothing is decided for the person.
func TestAdministrationHeads(t *testing.T) {
	g := fixtureGazetteer(t)
	for _, c := range []struct {
		text string
		want map[string]string
	}{
		{"The minister will travel to Peru to meet the new Toledo administration next month.", map[string]string{"Toledo": "person:alejandro-toledo"}},
		{"The minister will travel to Peru and then to Toledo, Ohio.", map[string]string{"Toledo": "city:us:toledo"}},
	} {
		if diff := cmp.Diff(c.want, linksFor(t, g, c.text, c.want)); diff != "" {
			t.Errorf("%q (-want +got):\n%s", c.text, diff)
		}
	}
}
