package ingest

import (
	"strings"
	"testing"
)

// TestCountriesToured: a trip to two countries is held in them; a stop a later sentence
// names ("During a visit to Pelo Island, ...") is no place of the event. A trip to one
// place keeps the place its visit names. The sentences are written for this test.
func TestCountriesToured(t *testing.T) {
	g := round32bGazetteer()
	for _, tc := range []struct {
		text    string
		heldIn  string
		wantOne bool
	}{
		{"The Administrator Ana Velk travelled to North Velmaria and Zedland from May 2 to 9.\n\nDuring a visit to Pelo Island, Administrator Velk met farmers.", "pelo-island", false},
		{"The Administrator Ana Velk arrived in Zedland on May 2.\n\nDuring a visit to Pelo Island, Administrator Velk met farmers.", "pelo-island", true},
	} {
		doc, err := g.Ingest(Article{Text: tc.text})
		if err != nil {
			t.Fatal(err)
		}
		got := false
		for _, r := range doc.Relations {
			if r.Type == "HELD_IN" && strings.Contains(r.To, tc.heldIn) {
				got = true
			}
		}
		if got != tc.wantOne {
			t.Errorf("%q: held in %s = %v, want %v (%v)", tc.text, tc.heldIn, got, tc.wantOne, doc.Relations)
		}
	}
}
