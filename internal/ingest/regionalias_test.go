package ingest

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/amity-graph/amity/internal/kg"
)

// TestMinorTownInLinkedRegion: a little-known town named by another of its names links
// where the article names the region it lies in, not where it does not.
func TestMinorTownInLinkedRegion(t *testing.T) {
	g := fixtureGazetteer(t)
	tests := []struct {
		text string
		want []string
	}{
		{"Notes\n\nThe delegation toured Gorno-Badakhshan in Tajikistan and met teachers in Khorog on Monday.",
			[]string{"Khorog city:tj:khorugh"}},
		{"Notes\n\nThe delegation toured Tajikistan and met teachers in Khorog on Monday.", nil},
	}
	for _, tt := range tests {
		got := kindLinks(t, g, tt.text, kg.City)
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%q: cities (-want +got):\n%s", tt.text, diff)
		}
	}
}

func TestOfCapitalName(t *testing.T) {
	for before, want := range map[string]bool{
		"the parade of the Gauchos of ": true,
		"teachers in ":                  false,
		"the province of ":              false,
		"of ":                           false,
	} {
		if got := ofCapitalName(before); got != want {
			t.Errorf("ofCapitalName(%q) = %v, want %v", before, got, want)
		}
	}
}
