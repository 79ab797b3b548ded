package ingest

import (
	"testing"
)

// TestOfficeOpensAfter: an abbreviated title or a "<noun> General" office after a name
// opens an office; "General" before a body's head does not.
func TestOfficeOpensAfter(t *testing.T) {
	for rest, want := range map[string]bool{
		" Gov. Jane Roe said":        true,
		" Lt. Gov. Jane Roe said":    true,
		" Attorney General Jane Roe": true,
		" Surgeon General, Jane Roe": true,
		" Adjutant General said":     true,
		" Regional General Hospital": false,
		" National General Assembly": false,
		" Gov sent a letter":         false,
		" Business Council met":      false,
	} {
		if got := officeOpensAfter(rest); got != want {
			t.Errorf("%q: %v, want %v", rest, got, want)
		}
	}
}

// TestStateBeforeAbbreviatedTitle: a state's name before an abbreviated title is the
// state, not the start of a longer name.
func TestStateBeforeAbbreviatedTitle(t *testing.T) {
	g := fixtureGazetteer(t)
	text := "Officials from Tonga visited the United States and met Nevada Gov. Jane Roe at the state house on Monday."
	if got := ingestLinkAt(t, g, text, "Nevada", 1); got != "region:us:nevada" {
		t.Errorf("Nevada -> %q", got)
	}
}
