package ingest

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestOccurrencesOf(t *testing.T) {
	for _, tc := range []struct {
		text, name string
		want       []int
	}{
		{"Alba met Alba's mayor in Alba", "Alba", []int{0, 9, 25}},
		{"aaaa", "aa", []int{0, 2}},
		{"Velmar", "Alba", nil},
		{"Alba", "", nil},
	} {
		if diff := cmp.Diff(tc.want, occurrencesOf(tc.text, tc.name)); diff != "" {
			t.Errorf("occurrencesOf(%q, %q) (-want +got):\n%s", tc.text, tc.name, diff)
		}
	}
}
