package ingest

import (
	"strings"
	"testing"

	"github.com/amity-graph/amity/internal/kg"
	"github.com/google/go-cmp/cmp"
)

// TestWithinLongerName: a person's name between a given name and a surname is part of
// another person's longer name; after a title, or alone, it is not.
func TestWithinLongerName(t *testing.T) {
	for _, c := range []struct {
		text, name string
		want       bool
	}{
		{"with Tomas Alba Sorn Ruiz, the consul", "Alba Sorn", true},
		{"with President Alba Sorn Ruiz, the consul", "Alba Sorn", false},
		{"with Alba Sorn, the consul", "Alba Sorn", false},
		{"The consul Alba Sorn Ruiz came", "Alba Sorn", false},
		{"His Majesty, Sultan Alba Sorn Ruiz, came", "Alba Sorn", false},
		{"Envoy Meets Tomas Alba Sorn Ruiz In Town\n\nThe text.", "Alba Sorn", false},
	} {
		i := strings.Index(c.text, c.name)
		m := Mention{Text: c.name, bStart: i, bEnd: i + len(c.name), Kind: kg.Person}
		if got := withinLongerName(c.text, m); got != c.want {
			t.Errorf("%q: %s", c.text, cmp.Diff(c.want, got))
		}
	}
}
