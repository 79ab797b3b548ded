package ingest

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestShortFormBeforeCommandOrResidence: a country's short form before a command's or a
// force's name, or before an envoy's title and "’s Residence", is part of that name;
// before a title alone it is the country the office serves. The sentences are written
// for this test.
func TestShortFormBeforeCommandOrResidence(t *testing.T) {
	for _, tc := range []struct{ rest, want string }{
		{" Northern Command staff visited the port.", "body"},
		{" Coast Guard cutter docked in Alba.", "body"},
		{" Consul’s Residence in the 1950s.", "body"},
		{" Consul General’s Residence in 2019.", "body"},
		{" Consul General met the mayor.", "title"},
		{" Ambassador spoke at the fair.", "title"},
		{" Residence Permit rules changed.", ""},
	} {
		if diff := cmp.Diff(tc.want, bodyOrTitleAfter(tc.rest)); diff != "" {
			t.Errorf("bodyOrTitleAfter(%q) (-want +got):\n%s", tc.rest, diff)
		}
	}
}
