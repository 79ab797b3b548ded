package ingest

import (
	"strings"
	"testing"

	"github.com/amity-graph/amity/internal/kg"
)

func TestPrecededDate(t *testing.T) {
	cases := []struct {
		text, date string
		want       bool
	}{
		{"Before opening the trade fair on May 6, 2019 in Lindby, the envoy called on Velm.", "May 6", true},
		{"Ahead of the forum on 3 June, the mayor toured the harbour.", "3 June", true},
		{"Prior to the summit in 2020 the two cities signed a pact.", "2020", true},
		{"The envoy called on Velm on May 6, 2019, before opening the trade fair.", "May 6", false},
		{"After the forum on 3 June, the mayor toured the harbour.", "3 June", false},
		{"Before the ceremony, the delegation arrived on 3 June.", "3 June", false},
	}
	for _, tc := range cases {
		if got := precededDate(tc.text, strings.Index(tc.text, tc.date)); got != tc.want {
			t.Errorf("precededDate(%q, %q) = %v, want %v", tc.text, tc.date, got, tc.want)
		}
	}
}

// reportedStart ingests text and returns the reported event's start date ("" if none).
func reportedStart(t *testing.T, g *Gazetteer, text string) string {
	t.Helper()
	doc, err := g.Ingest(Article{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range doc.Entities {
		if e.Kind == kg.Event && e.Status == "new" {
			if d, ok := e.Props["startDate"].(string); ok {
				return d
			}
		}
	}
	return ""
}

func TestEventDateCues(t *testing.T) {
	g := fixtureGazetteer(t)
	cases := []struct {
		name, text, want string
	}{
		{"headline closing on a visit's date",
			"The Consul's Visit to Morioka City - May 9, 2016\n\nMayor Michael Hancock of Denver visited Morioka City and met Mayor Hiroaki Tanifuji.", "2016-05-09"},
		{"a headline without a visit dates nothing",
			"Morioka City News - May 9, 2016\n\nMayor Michael Hancock of Denver visited Morioka City and met Mayor Hiroaki Tanifuji.", ""},
		{"this year from a labelled posting date",
			"Denver Delegation\n\nPostDate:2018-04-10\n\nMayor Michael Hancock of Denver called on Mayor Hiroaki Tanifuji in Hsinchu County. This year, Mayor Hancock visits Hsinchu County in person.", "2018"},
		{"no posting date, no year for this year",
			"Denver Delegation\n\nMayor Michael Hancock of Denver called on Mayor Hiroaki Tanifuji in Hsinchu County. This year, Mayor Hancock visits Hsinchu County in person.", ""},
		{"a second visit years before the posting date",
			"Denver News\n\nPostDate:2015-12-18\n\nMayor Michael Hancock of Denver visited Hsinchu County, whose magistrate led a delegation on a visit to Denver in June 2011.", ""},
		{"a second visit months before the posting date",
			"Denver News\n\nPostDate:2011-09-18\n\nMayor Michael Hancock of Denver visited Hsinchu County, whose magistrate led a delegation on a visit to Denver in June 2011.", "2011-06"},
		{"a before clause's date is the later occasion's",
			"Denver News\n\nBefore attending a summit on April 6, 2017 in Denver, Mayor Hiroaki Tanifuji of Morioka City visited Hsinchu County.", ""},
	}
	for _, tc := range cases {
		if got := reportedStart(t, g, tc.text); got != tc.want {
			t.Errorf("%s: event start %q, want %q", tc.name, got, tc.want)
		}
	}
}
