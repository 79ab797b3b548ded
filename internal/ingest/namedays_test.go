package ingest

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/amity-graph/amity/internal/kg"
)

// TestNamedDaysDateNothing: a weekday inside a recurring day's name ("Ash Wednesday")
// and a day and month opening a body's name ("the 3 March Institute") are no dates,
// while the same words used as dates still are.
func TestNamedDaysDateNothing(t *testing.T) {
	pub := kg.Date{Year: 2022, Month: 6, Day: 10}
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"The envoys praised the Ash Wednesday accord of the two ports.", nil},
		{"The envoys met on Wednesday in Velmar.", []string{"2022-06-08"}},
		{"Students of the 3 March Institute of Mining greeted the envoys.", nil},
		{"The envoys arrived on 3 March in Velmar.", []string{"2022-03-03"}},
		{"On 3 March Velmar University hosted the envoys.", []string{"2022-03-03"}},
	} {
		var got []string
		for _, d := range findDates(tc.text, pub, nil) {
			got = append(got, d.Value)
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("findDates(%q) (-want +got):\n%s", tc.text, diff)
		}
	}
}
