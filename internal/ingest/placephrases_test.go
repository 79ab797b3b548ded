package ingest

import "testing"

// TestLocationPhrase: "in Town, District, Ambassador Name" gives the ambassador no
// office at the district.
func TestLocationPhrase(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"On May 1, in Alba Nova, ", true},
		{"On May 1, at the Alba Market, ", true},
		{"On May 1, the Alba Market, ", false},
		{"On May 1, in the morning, ", false},
	} {
		if got := inLocationPhrase(c.text); got != c.want {
			t.Errorf("inLocationPhrase(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
