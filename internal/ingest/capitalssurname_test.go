package ingest

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestCapitalsSurname: a word in capitals before a name is the person's surname when
// the text names that person by the word in title case too ("Mayor Ito" ... "Mr. ITO
// Yuzo"); otherwise two or three capitals before a name stay an office's abbreviation.
// The sentences are written for this test.
func TestCapitalsSurname(t *testing.T) {
	g := round32bGazetteer()
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Envoys of Zedland met Mr. ITO Yuzo, Mayor of Kessel City. Mayor Ito thanked them.",
			[]string{"Zedland=country:zz (Country)", "ITO Yuzo=person:ito-yuzo (Person)", "Kessel=city:zz:kessel (City)", "Ito=person:ito-yuzo (Person)"}},
		{"Envoys of Zedland met Mr. ITO Yuzo, Mayor of Kessel City.",
			[]string{"Zedland=country:zz (Country)", "Kessel=city:zz:kessel (City)"}},
	} {
		if diff := cmp.Diff(tc.want, mentionsIn(t, g, tc.text)); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tc.text, diff)
		}
	}
}
