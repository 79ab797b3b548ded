package ingest

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestQuotedEvents: a quoted name before a gathering's or an exercise's head is an
// event, and so are its bare repeats; a quoted name before a project's head is not.
// The sentences are written for this test.
func TestQuotedEvents(t *testing.T) {
	g := round32bGazetteer()
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"The envoy attended the fifth ‘Velo Seas’ Conference in Zedland. Velo Seas drew forty states.",
			[]string{"Velo Seas=event:velo-seas (Event)", "Zedland=country:zz (Country)", "Velo Seas=event:velo-seas (Event)"}},
		{"Sailors of Zedland prepared the upcoming “Velo Partnership” exercise.",
			[]string{"Zedland=country:zz (Country)", "Velo Partnership=event:velo-partnership (Event)"}},
		{"Teachers of Zedland praised the “Velo Classrooms” project.",
			[]string{"Zedland=country:zz (Country)"}},
	} {
		if diff := cmp.Diff(tc.want, mentionsIn(t, g, tc.text)); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tc.text, diff)
		}
	}
}
