package ingest

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/amity-graph/amity/internal/kg"
)

// TestDateHedgesAndStatedDays: a year after a comma with no space is stated; "this year"
// after a month and day is the publication's year, counted from it; a span bounded by
// "over" or "nearly" is too vague to count back; a weekday with its date in brackets is
// that date (when the weekday agrees).
func TestDateHedgesAndStatedDays(t *testing.T) {
	pub := kg.Date{Year: 2022, Month: 6, Day: 10}
	type got struct{ Text, Value, How string }
	for _, tc := range []struct {
		text string
		want []got
	}{
		{"The council met in Turku on April 7,2021.", []got{{"April 7,2021", "2021-04-07", Stated}}},
		{"The council met in Turku on 7 April,2021.", []got{{"7 April,2021", "2021-04-07", Stated}}},
		{"The council met in Turku on April 7 this year.", []got{{"April 7", "2022-04-07", Relative}}},
		{"The council met in Turku on April 7.", []got{{"April 7", "2022-04-07", Inferred}}},
		{"The council first met in Turku well over a year ago.", nil},
		{"The council first met in Turku nearly two years ago.", nil},
		{"The council first met in Turku two years ago.", []got{{"two years ago", "2020", Relative}}},
		// 2022-06-15 is a Wednesday, but with no year the bracketed day cannot confirm it
		{"On Wednesday (15 June) the mayor flies to Turku.", []got{{"15 June", "--06-15", NoYearYet}}},
		{"On Wednesday (8 June) the mayor flew to Turku.", []got{{"Wednesday", "2022-06-08", Relative}, {"8 June", "2022-06-08", Inferred}}},
		// a bracketed day on another weekday leaves the weekday undated
		{"On Tuesday (8 June) the mayor flew to Turku.", []got{{"8 June", "2022-06-08", Inferred}}},
	} {
		var g []got
		for _, d := range findDates(tc.text, pub, nil) {
			g = append(g, got{d.Text, d.Value, d.How})
		}
		if diff := cmp.Diff(tc.want, g); diff != "" {
			t.Errorf("findDates(%q) (-want +got):\n%s", tc.text, diff)
		}
	}
}

// TestSpanStartAndFirstVisit: a day inside a stretch said earlier dates the event by the
// stretch's start; a date right after a first visit recalls it and opens no event.
func TestSpanStartAndFirstVisit(t *testing.T) {
	pub := kg.Date{Year: 2022, Month: 6}
	text := "The mayor toured Finland from May 2-7. On May 3, she met the council of Turku."
	ds := findDates(text, pub, nil)
	if len(ds) != 2 {
		t.Fatalf("findDates(%q) = %v, want two dates", text, ds)
	}
	if got := spanStart(ds, ds[1]); got.Value != "2022-05-02" {
		t.Errorf("spanStart of %q = %s, want 2022-05-02", ds[1].Text, got.Value)
	}
	// a day outside the stretch keeps its own value
	later := findDates("The mayor toured Finland from May 2-7. On May 9, she met the council.", pub, nil)
	if got := spanStart(later, later[1]); got.Value != "2022-05-09" {
		t.Errorf("spanStart of May 9 = %s, want 2022-05-09", got.Value)
	}
	for text, want := range map[string]bool{
		"The mayor first visited Turku in 1985": true,
		"The mayor first came to Turku in 1985": true,
		"The mayor visited Turku in 1985":       false,
		"Since its founding in 1985":            true,
		"The mayor arrived in Turku on 9 May":   false,
	} {
		at := len(text) - 4
		if text[len(text)-5:] == "9 May" {
			at = len(text) - 5
		}
		if got := notEventDate(text, at); got != want {
			t.Errorf("notEventDate(%q) = %v, want %v", text, got, want)
		}
	}
}
