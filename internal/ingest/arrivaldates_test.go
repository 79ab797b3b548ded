package ingest

import (
	"testing"

	"github.com/amity-graph/amity/internal/kg"
)

// eventStart ingests text and returns the start date of the event it proposes.
func eventStart(t *testing.T, text, pub string) string {
	t.Helper()
	doc, err := fixtureGazetteer(t).Ingest(Article{Text: text, Meta: Meta{Title: "Test", Published: pub}})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range doc.Entities {
		if e.Kind == kg.Event && e.Status == "new" {
			d, _ := e.Props["startDate"].(string)
			return d
		}
	}
	return ""
}

// TestArrivalDatesTheVisit: a visit whose arrival is told first with its day starts on
// that day, though the sentence that reports the visit names a later one; and a year
// when yearly visits began dates no visit the text reports. The texts are written for
// this test.
func TestArrivalDatesTheVisit(t *testing.T) {
	text := "Mayor in Carbondale\n\nMayor Ana Ruiz arrived in Carbondale on May 3, 2015 for talks on trade. The delegation from Rome will sign the charter of friendship on 5 May 2015."
	if got := eventStart(t, text, "2015-05-03"); got != "2015-05-03" {
		t.Errorf("event start = %q, want 2015-05-03 (the arrival)", got)
	}
	text = "Mayor in Rome\n\nMayor Ana Ruiz of Carbondale visited Rome, keeping up the yearly visits her town began in 1990."
	if got := eventStart(t, text, "2015-05-03"); got == "1990" {
		t.Errorf("event start = %q, want no date from the custom's first year", got)
	}
}
