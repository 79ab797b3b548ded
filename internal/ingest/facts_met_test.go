package ingest

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/amity-graph/amity/internal/kg"
)

// TestMeetingOnNeutralGround: two parties who meet at a gathering neither hosts are both
// met; one who receives the other at its own place stays the host. The sentences are
// written for this test.
func TestMeetingOnNeutralGround(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       map[string]string
	}{
		{
			name: "summit",
			text: "Leaders Confer\n\nPresident Ana Reyes held a meeting with Chancellor Tom Hale at the Harbour Summit in Kelmar on May 3.",
			want: map[string]string{"person:ana-reyes": "met", "person:tom-hale": "met"},
		},
		{
			name: "own premises",
			text: "Leaders Confer\n\nPresident Ana Reyes met with Chancellor Tom Hale at her office in Kelmar on May 3.",
			want: map[string]string{"person:ana-reyes": "host", "person:tom-hale": "visitor"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := fixtureGazetteer(t).Ingest(Article{Text: tc.text, Meta: Meta{Title: "Test", Published: "2011-05-07"}})
			if err != nil {
				t.Fatal(err)
			}
			got := map[string]string{}
			for _, r := range doc.Relations {
				if r.Type == kg.ParticipatedIn && tc.want[r.From] != "" {
					got[r.From], _ = r.Props["role"].(string)
				}
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("roles (-want +got):\n%s", diff)
			}
		})
	}
}

// TestMetIsARole: the model holds the role the issue names for those met, so a draft
// that proposes it loads.
func TestMetIsARole(t *testing.T) {
	spec := kg.RelTypes[kg.ParticipatedIn]
	found := false
	for _, r := range spec.Enums["role"] {
		found = found || r == "met"
	}
	if !found {
		t.Errorf("PARTICIPATED_IN roles %v lack met", spec.Enums["role"])
	}
}
