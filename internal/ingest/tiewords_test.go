package ingest

import (
	"strings"
	"testing"
)

// newOf ingests text and returns its new entities as "Name kind".
func newOf(t *testing.T, text string) []string {
	t.Helper()
	doc, err := fixtureGazetteer(t).Ingest(Article{Text: text, Meta: Meta{Title: "Test", Published: "2019-04-02"}})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range doc.Entities {
		if e.Status == "new" {
			got = append(got, e.Name+" "+string(e.Kind))
		}
	}
	return got
}

// TestTieWordsNameNoPlace: "Sister City" and "Friendship State" after a name are the
// kind of a tie, so the name with "Sister" is proposed as no city or region; and a
// named tournament is an event. The texts are written for this test.
func TestTieWordsNameNoPlace(t *testing.T) {
	for _, text := range []string{
		"Ties\n\nThe mayor praised the Velmarra Sister City relationship with Rome.",
		"Ties\n\nThe governor praised the Kelsovia Friendship State ties with Ohio.",
	} {
		for _, e := range newOf(t, text) {
			if strings.Contains(e, "Sister") || strings.Contains(e, "Friendship") {
				t.Errorf("%q: proposed %s", text, e)
			}
		}
	}
	for text, want := range map[string]string{
		"Sport\n\nThe mayor of Rome opened the Velmarra Youth Chess Tournament with the envoy.": "Velmarra Youth Chess Tournament Event",
	} {
		if got := newOf(t, text); !strings.Contains(strings.Join(got, "|"), want) {
			t.Errorf("%q: new entities %v, want %s", text, got, want)
		}
	}
}

// TestProvinceHalves: a name closed by "Norte", "Sur", "Oriental" or "Occidental" is a
// province, a new region. The texts are written for this test.
func TestProvinceHalves(t *testing.T) {
	for text, want := range map[string]string{
		"Trade\n\nThe governor urged Filipino-Americans to travel to Velmaro Norte and to visit its beaches.": "Velmaro Norte Region",
		"Trade\n\nThe envoy met the mayor of Velmaro Sur in Manila, Philippines.":                             "Velmaro Sur Region",
	} {
		if got := newOf(t, text); !strings.Contains(strings.Join(got, "|"), want) {
			t.Errorf("%q: new entities %v, want %s", text, got, want)
		}
	}
}
