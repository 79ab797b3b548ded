package ingest

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/amity-graph/amity/internal/kg"
)

// TestCompactStateInitials: the Federated States of Micronesia and the Marshall Islands
// by their initials are the countries; other capitals are not.
func TestCompactStateInitials(t *testing.T) {
	g := fixtureGazetteer(t)
	tests := []struct {
		text string
		want []string
	}{
		{"Notes\n\nThe governor of Yap, FSM, met the FSM Speaker on Monday.", []string{"FSM country:fm", "FSM country:fm"}},
		{"Notes\n\nEngineers and the RMI government built a school.", []string{"RMI country:mh"}},
		{"Notes\n\nThe FSMA and RMIS staff met on Monday.", nil},
	}
	for _, tt := range tests {
		got := kindLinks(t, g, tt.text, kg.Country)
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%q: countries (-want +got):\n%s", tt.text, diff)
		}
	}
}
