package ingest

import (
	"testing"

	"github.com/amity-graph/amity/internal/kg"
)

func TestHeadlineDate(t *testing.T) {
	for _, tc := range []struct{ title, want string }{
		{"Harbour Board Hosts Visitors from the Coast(2012-03-09)", "2012-03-09"},
		{"Harbour Board Hosts Visitors from the Coast (2012-03-09)", "2012-03-09"},
		{"Minister Opens a Trade Fair in Lagos, 4 June 2015", "2015-06-04"},
		{"Talks with the Governor: October 2, 2019", "2019-10-02"},
		{"News | 17 August 2021", "2021-08-17"},
		// spans, dates inside the headline, lines that are only a date: none
		{"Envoy's Travel to the Andes, March 2-9, 2014", ""},
		{"Envoy's Travel to the Andes, March 2 - March 9, 2014", ""},
		{"Ministerial visit: Chile, 3 May to 9 May 2016", ""},
		{"Mayor signs pact on 2012-03-09 with the port city", ""},
		{"Friday, March 9, 2012", ""},
		{"2012-03-09", ""},
		{"Harbour Board Hosts Visitors (2012-02-31)", ""},
	} {
		d, ok := headlineDate(tc.title)
		got := ""
		if ok {
			got = d.String()
		}
		if got != tc.want {
			t.Errorf("headlineDate(%q) = %q, want %q", tc.title, got, tc.want)
		}
	}
}

func TestItemDate(t *testing.T) {
	pub := kg.Date{Year: 2020, Month: 5, Day: 1}
	for _, tc := range []struct {
		title string
		pub   kg.Date
		want  string
	}{
		// a re-post: the headline's older date is the item's
		{"Delegation Visits the Port(2012-03-09)", pub, "2012-03-09"},
		// the same day, or a headline later than the page: the page's date stands
		{"Delegation Visits the Port(2020-05-01)", pub, "2020-05-01"},
		{"Delegation Visits the Port(2021-01-01)", pub, "2020-05-01"},
		// no posting date, or none to the day: nothing to put ahead of
		{"Delegation Visits the Port(2012-03-09)", kg.Date{}, kg.Date{}.String()},
		{"Delegation Visits the Port(2012-03-09)", kg.Date{Year: 2020}, "2020"},
		{"Delegation Visits the Port", pub, "2020-05-01"},
	} {
		if got := itemDate(tc.title, tc.pub).String(); got != tc.want {
			t.Errorf("itemDate(%q, %s) = %q, want %q", tc.title, tc.pub, got, tc.want)
		}
	}
}

func TestRepostedItemDates(t *testing.T) {
	text := "Harbour Board Hosts Visitors from the Coast(2012-03-09)\n\nDate: 2019-11-20\n\n" +
		"A delegation from the coast called on the harbour board on March 8th. The board's chair, who took office last year, recalled a storm three years ago.\n"
	doc, err := fixtureGazetteer(t).Ingest(Article{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Source.PublishedAt != "2019-11-20" {
		t.Errorf("published %q, want the page's 2019-11-20", doc.Source.PublishedAt)
	}
	want := map[string]string{"March 8th": "2012-03-08", "last year": "2011", "three years ago": "2009"}
	for _, d := range doc.Dates {
		if w, ok := want[d.Text]; ok {
			if d.Value != w {
				t.Errorf("%q -> %s, want %s", d.Text, d.Value, w)
			}
			delete(want, d.Text)
		}
	}
	for k := range want {
		t.Errorf("%q not dated", k)
	}
}
