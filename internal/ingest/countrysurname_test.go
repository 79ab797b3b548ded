package ingest

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestCountrySurname: a country's name right after a holder's title, ending the name,
// is a surname; after "of" or before a title it is the country.
func TestCountrySurname(t *testing.T) {
	for _, c := range []struct {
		before, after string
		want          bool
	}{
		{"Then Minister ", " welcomed the delegation.", true},
		{"said Ambassador ", ", who hosted them.", true},
		{"the Minister of ", " welcomed them.", false},
		{"the delegation of ", " Mayor Sorn led.", false},
		{"Minister ", " Alba spoke.", false},
	} {
		if got := countrySurname(c.before, c.after); got != c.want {
			t.Errorf("%q|%q: %s", c.before, c.after, cmp.Diff(c.want, got))
		}
	}
}
