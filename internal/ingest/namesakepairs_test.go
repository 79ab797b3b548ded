package ingest

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestBareNamesake: a name qualified for two namesakes is each where qualified, and
// bare it is the one the text qualified first, not the one whose country is named.
func TestBareNamesake(t *testing.T) {
	g := fixtureGazetteer(t)
	for _, c := range []struct {
		text string
		want []string
	}{
		{"In 1931 a pact tied Toledo, Ohio with Toledo, Spain. The mayor of Toledo spoke at the gala.",
			[]string{"Toledo=city:us:toledo", "Ohio=region:us:ohio", "Toledo=city:es:toledo", "Spain=country:es", "Toledo=city:us:toledo"}},
		{"In 1931 a pact tied Toledo, Spain with Toledo, Ohio. Toledo hosted the gala.",
			[]string{"Toledo=city:es:toledo", "Spain=country:es", "Toledo=city:us:toledo", "Ohio=region:us:ohio", "Toledo=city:es:toledo"}},
	} {
		if diff := cmp.Diff(strings.Join(c.want, " "), articleLinks(t, g, Article{Text: c.text})); diff != "" {
			t.Errorf("%q (-want +got):\n%s", c.text, diff)
		}
	}
}
