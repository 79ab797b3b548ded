package refdata

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestWithoutDateAliases: a month and a day number, either way round, is no town's
// alias; a date inside a longer name is.
func TestWithoutDateAliases(t *testing.T) {
	got := withoutDateAliases([]string{"Velm", "March 9", "9 March", "9 March City", "Marchville 9", "May 12th Town"})
	want := []string{"Velm", "9 March City", "Marchville 9", "May 12th Town"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}
