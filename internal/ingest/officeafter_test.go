package ingest

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestOfficeAfter: a name with no title before it is a person's when the office it
// holds follows, after a comma or a copula, named after places the graph knows; not
// when a common noun follows the copula, nor when punctuation parts the places from
// the office. The sentences are written for this test.
func TestOfficeAfter(t *testing.T) {
	g := round32bGazetteer()
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"We had dinner with Tora Lind, the Zedland Minister of Culture, on Monday.", []string{"Tora Lind=person:tora-lind (Person)", "Zedland=country:zz (Country)"}},
		{"We had dinner with Tora Lind, Zedland Ambassador since May.", []string{"Tora Lind=person:tora-lind (Person)", "Zedland=country:zz (Country)"}},
		{"Tora Lind is the new Consul General in Ostra.", []string{"Tora Lind=person:tora-lind (Person)", "Ostra=city:zz:ostra (City)"}},
		{"Pelo Gardens is a new park in Ostra.", []string{"Ostra=city:zz:ostra (City)"}},
		{"We saw Pelo Gardens, Ostra – the Zedland Minister came too.", []string{"Ostra=city:zz:ostra (City)", "Zedland=country:zz (Country)"}},
	} {
		if diff := cmp.Diff(tc.want, mentionsIn(t, g, tc.text)); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tc.text, diff)
		}
	}
}
