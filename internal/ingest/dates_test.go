package ingest

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/amity-graph/amity/internal/kg"
)

// TestDayRangeIsOneDate: two days joined by "and", "to", a dash or "between ... and"
// are one date expression; it takes its year as a whole, from its first day, so the
// second day is never read alone (where it would fall after the publication day and
// lose the year).
func TestDayRangeIsOneDate(t *testing.T) {
	pub := kg.Date{Year: 2021, Month: 9, Day: 14}
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"The mayor tours Oslo on 14 and 15 September.", []string{"2021-09-14"}},
		{"The mayor tours Oslo on 14-15 September.", []string{"2021-09-14"}},
		{"The mayor tours Oslo from 14 to 15 September.", []string{"2021-09-14"}},
		{"The mayor tours Oslo between 14 and 15 September.", []string{"2021-09-14"}},
		{"The mayor tours Oslo on September 14 and 15.", []string{"2021-09-14"}},
		{"The mayor toured Oslo on 2 and 3 March 2020.", []string{"2020-03-02"}},
		// a day alone after the publication day still has no year it can be sure of
		{"The mayor tours Oslo on 15 September.", []string{"--09-15"}},
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

// TestAnnouncedDaysAndCrossMonthRanges: a stretch across two months ("June 28 through
// July 6") is one date, dated by its first day; and a text that announces a trip ("will
// travel to") names days to come, so a day in the months just after its publication
// takes the publication's year. The sentences are written for this test.
func TestAnnouncedDaysAndCrossMonthRanges(t *testing.T) {
	pub := kg.Date{Year: 2019, Month: 7, Day: 2}
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"The mayor is on travel to Lima and Quito June 28 through July 6.", []string{"2019-06-28"}},
		{"The mayor toured Lima from June 28 to July 1.", []string{"2019-06-28"}},
		{"The mayor will travel to Lima on July 9 and to Quito on August 3.", []string{"2019-07-09", "2019-08-03"}},
		// no trip announced: a coming day keeps its year open
		{"The mayor spoke in Lima on July 9.", []string{"--07-09"}},
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

// TestWeekdayWithStatedDay: a weekday written with its day and month ("Friday, 12
// March", "Friday, March 12") is read by the stated day and month, which say how the
// date is known; only a weekday alone is counted back from the publication date. The
// sentences are written for this test.
func TestWeekdayWithStatedDay(t *testing.T) {
	pub := kg.Date{Year: 2021, Month: 3, Day: 12}
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"The mayor opens the fair today (Friday, 12 March) in Oslo.", []string{"2021-03-12 " + Inferred}},
		{"The mayor opens the fair on Friday, March 12 in Oslo.", []string{"2021-03-12 " + Inferred}},
		{"The mayor opened the fair on Wednesday in Oslo.", []string{"2021-03-10 " + Relative}},
	} {
		var got []string
		for _, d := range findDates(tc.text, pub, nil) {
			got = append(got, d.Value+" "+d.How)
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("findDates(%q) (-want +got):\n%s", tc.text, diff)
		}
	}
}

// TestRangeWithMonthRepeatedAndCutTeaser: a range that says its month twice around a
// bare hyphen is one date, its start; spelt out with "to" or "and" it is two, as the
// annotated sets read it; a day number cut by an ellipsis dates nothing.
func TestRangeWithMonthRepeatedAndCutTeaser(t *testing.T) {
	pub := kg.Date{Year: 2019, Month: 6, Day: 20}
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"The envoy toured three farms from June 2-June 5 with the council.", []string{"June 2-June 5 2019-06-02"}},
		{"The envoy toured three farms from June 2 to June 5.", []string{"June 2 to June 5 2019-06-02"}},
		{"The envoy met growers on June 2 and June 5.", []string{"June 2 2019-06-02", "June 5 2019-06-05"}},
		{"Officers seized the cargo, it was said at a June 1… Read more", nil},
		{"Officers seized the cargo on June 1...", nil},
		{"Officers seized the cargo on June 1.", []string{"June 1 2019-06-01"}},
	} {
		var got []string
		for _, d := range findDates(tc.text, pub, nil) {
			got = append(got, d.Text+" "+d.Value)
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("findDates(%q) (-want +got):\n%s", tc.text, diff)
		}
	}
}

// TestRepeatedMonthSpanWithYear: a span that says its month twice, joined by a word and
// closed by a year ("May 3 to May 5, 2020", "3 May to 5 May 2020"), is one stated date,
// its first day; without the year it is one date all the same, its year read as any
// day's (since round 34c); joined by a spaced dash or "and", its two days stay two
// dates, as the annotated sets read them. The sentences are written for this test.
func TestRepeatedMonthSpanWithYear(t *testing.T) {
	pub := kg.Date{Year: 2020, Month: 4, Day: 20}
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"The council hosted guests from Lyon from May 3 to May 5, 2020.", []string{"2020-05-03 " + Stated}},
		{"The council hosted guests from Lyon May 3 through May 5, 2020.", []string{"2020-05-03 " + Stated}},
		{"The council hosted guests from Lyon from 3 May to 5 May 2020.", []string{"2020-05-03 " + Stated}},
		// without its year the span is still one stretch, dated by its first day, the
		// year inferred as any day's is
		{"The council hosted guests from Lyon from March 3 to March 5.", []string{"2020-03-03 " + Inferred}},
		{"The council will host guests from Lyon from May 3 until May 5.", []string{"--05-03 " + NoYearYet}},
		{"The council hosted guests from Lyon on March 3 and March 5.", []string{"2020-03-03 " + Inferred, "2020-03-05 " + Inferred}},
		{"The council hosted guests from Lyon March 3 – March 5, 2020.", []string{"2020-03-03 " + Inferred, "2020-03-05 " + Stated}},
	} {
		var got []string
		for _, d := range findDates(tc.text, pub, nil) {
			got = append(got, d.Value+" "+string(d.How))
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("findDates(%q) (-want +got):\n%s", tc.text, diff)
		}
	}
}
