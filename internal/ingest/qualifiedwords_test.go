package ingest

import (
	"testing"
)

// TestQualifiedCommonWord: a word common in prose that names a city the text qualifies
// with its region is that city, there and bare later; unqualified, it is left alone.
func TestQualifiedCommonWord(t *testing.T) {
	g := fixtureGazetteer(t)
	text := "Morioka became a sister city of Victoria, British Columbia, long ago. Students from Victoria now visit Morioka."
	for nth, want := range map[int]string{1: "city:ca:victoria", 2: "city:ca:victoria"} {
		if got := ingestLinkAt(t, g, text, "Victoria", nth); got != want {
			t.Errorf("Victoria %d -> %q, want %q", nth, got, want)
		}
	}
	if got := ingestLinkAt(t, g, "The Victoria Cross was awarded to a soldier from Morioka.", "Victoria", 1); got != "" {
		t.Errorf("unqualified Victoria -> %q, want none", got)
	}
}
