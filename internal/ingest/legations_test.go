package ingest

import (
	"slices"
	"testing"

	"github.com/amity-graph/amity/internal/kg"
)

// TestLegationName: a legation, the lower mission of earlier times, is a mission named
// by its kind and seat as an embassy is: one new mission, its seat no mention of its own.
func TestLegationName(t *testing.T) {
	g := fixtureGazetteer(t)
	text := "Eleven consuls served at the Canadian Legation in Monterrey until 1940."
	doc, err := g.Ingest(Article{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.ContainsFunc(doc.Mentions, func(m Mention) bool {
		return m.Text == "Canadian Legation in Monterrey" && m.Proposed != nil && m.Kind == kg.Consulate
	}) {
		t.Errorf("the Canadian Legation in Monterrey is not proposed as a new mission: %+v", doc.Mentions)
	}
	for _, m := range doc.Mentions {
		if m.Text == "Monterrey" && m.Entity != nil {
			t.Errorf("the legation's seat linked to %s", *m.Entity)
		}
	}
}
