package ingest

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestFieldHoldersAndActingTitles: a titled name after an office's field is its last two
// words when a given name opens them and the field has a word no name holds; a sentence
// that opens with "Acting" opens with a title, no gerund's clause. The sentences are
// written for this test.
func TestFieldHoldersAndActingTitles(t *testing.T) {
	g := round32bGazetteer()
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"The delegation includes Assistant Secretary for the Western Hemisphere Ana Velk, who arrived on Monday.", []string{"Ana Velk=person:ana-velk (Person)"}},
		{"Acting Assistant Secretary of State for Near Eastern Affairs Ana Velk will visit Zedland.", []string{"Ana Velk=person:ana-velk (Person)", "Zedland=country:zz (Country)"}},
		{"The envoy met Minister Ana Maria Velk in Zedland.", []string{"Ana Maria Velk=person:ana-maria-velk (Person)", "Zedland=country:zz (Country)"}},
		{"Promoting Pelo Trade Links is the theme in Zedland.", []string{"Zedland=country:zz (Country)"}},
	} {
		if diff := cmp.Diff(tc.want, mentionsIn(t, g, tc.text)); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tc.text, diff)
		}
	}
}
