package kg

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestAsOfHolds(t *testing.T) {
	span := func(typ string, props map[string]any) Span {
		return SpanOf(ValidityOf(typ), SpanProps(typ, props, "", ""), "")
	}
	tests := []struct {
		name, asOf string
		undated    bool
		typ        string
		props      map[string]any
		eventStart string
		want       bool
	}{
		{"started the year before", "2005", false, PartnerOf, map[string]any{"since": "1980"}, "", true},
		{"starts after", "2005", false, PartnerOf, map[string]any{"since": "2011"}, "", false},
		{"a month is not after its year", "2010", false, PartnerOf, map[string]any{"since": "2010-08"}, "", true},
		{"a month is after the year before", "2009", false, PartnerOf, map[string]any{"since": "2010-08"}, "", false},
		{"a year is not after a day in it", "2010-03-02", false, PartnerOf, map[string]any{"since": "2010"}, "", true},
		{"a later month of the same year is after a day", "2010-03-02", false, PartnerOf, map[string]any{"since": "2010-08"}, "", false},
		{"same month, later day: compared at the month", "2010-08", false, PartnerOf, map[string]any{"since": "2010-08-31"}, "", true},
		{"day after the date", "2010-08-30", false, PartnerOf, map[string]any{"since": "2010-08-31"}, "", false},
		{"start on the day", "2010-08-31", false, PartnerOf, map[string]any{"since": "2010-08-31"}, "", true},
		{"unknown start is left out", "2005", false, PartnerOf, map[string]any{}, "", false},
		{"unknown start asked for", "2005", true, PartnerOf, map[string]any{}, "", true},
		{"no year is never comparable", "2005", false, PartnerOf, map[string]any{"since": "--03-20"}, "", false},
		{"no year, undated asked for", "2005", true, PartnerOf, map[string]any{"since": "--03-20"}, "", true},
		{"ended the year before", "1990-01-01", false, HoldsPosition, map[string]any{"title": "Mayor", "since": "1980", "until": "1989"}, "", false},
		{"end year not before a day in it", "1990-06-30", false, HoldsPosition, map[string]any{"title": "Mayor", "since": "1980", "until": "1990"}, "", true},
		{"ended before, even if undated asked for", "1990", true, HoldsPosition, map[string]any{"title": "Mayor", "until": "1985"}, "", false},
		{"open office within its term", "1990-01-01", false, HoldsPosition, map[string]any{"title": "Ambassador", "since": "1985-03-01"}, "", true},
		{"open office past ten years", "1990-01-01", false, HoldsPosition, map[string]any{"title": "Ambassador", "since": "1890-03-01"}, "", false},
		{"appointment stands in for the start", "1990-01-01", false, HoldsPosition, map[string]any{"title": "Ambassador", "appointed": "1989-05-01"}, "", true},
		{"appointment far from the date", "1990-01-01", false, HoldsPosition, map[string]any{"title": "Ambassador", "appointed": "1884-07-07"}, "", false},
		{"an open partnership never lapses", "2026", false, PartnerOf, map[string]any{"since": "1890"}, "", true},
		{"standing fact with no dates", "1700", false, InCountry, map[string]any{}, "", true},
		{"standing fact with no dates, any date", "2020", false, BasedIn, map[string]any{"basis": "office"}, "", true},
		{"event tie before the event", "2024-08-07", false, ParticipatedIn, map[string]any{"role": "visitor"}, "2024-08-08", false},
		{"event tie from the event on", "2025", false, ParticipatedIn, map[string]any{"role": "visitor"}, "2024-08-08", true},
		{"event with no year", "2025", false, ParticipatedIn, map[string]any{"role": "visitor"}, "", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := ParseAsOf(tc.asOf, tc.undated)
			if err != nil {
				t.Fatal(err)
			}
			sp := span(tc.typ, tc.props)
			if tc.eventStart != "" {
				sp = SpanOf(EventTie, nil, tc.eventStart)
			}
			if got := a.Holds(ValidityOf(tc.typ), sp); got != tc.want {
				t.Errorf("as of %s, %s %v (span %+v): in force %v, want %v", tc.asOf, tc.typ, tc.props, sp, got, tc.want)
			}
		})
	}
}

func TestSpanProps(t *testing.T) {
	tests := []struct {
		name, typ  string
		props      map[string]any
		start, end string
		want       map[string]any
	}{
		{"year", PartnerOf, map[string]any{"since": "1980"}, "", "", map[string]any{"validFrom": "1980-01-01"}},
		{"month, ended", PartnerOf, map[string]any{"since": "2010-08", "until": "2012-02"}, "", "", map[string]any{"validFrom": "2010-08-01", "validTo": "2012-02-29"}},
		{"no year gives no bound", PartnerOf, map[string]any{"since": "--03-20"}, "", "", map[string]any{}},
		{"since before startDate", PartnerOf, map[string]any{"since": "1980"}, "1979", "", map[string]any{"validFrom": "1980-01-01"}},
		{"startDate and endDate", BasedIn, map[string]any{}, "2001-05-03", "2003", map[string]any{"validFrom": "2001-05-03", "validTo": "2003-12-31"}},
		{"open office", HoldsPosition, map[string]any{"since": "1985-03"}, "", "", map[string]any{"validFrom": "1985-03-01", "openUntil": "1995-03-31"}},
		{"office from its appointment", HoldsPosition, map[string]any{"appointed": "1884-07-07", "until": "1885-10-15"}, "", "", map[string]any{"validFrom": "1884-07-07", "validTo": "1885-10-15"}},
		{"office with an end only", HoldsPosition, map[string]any{"until": "1885"}, "", "", map[string]any{"validTo": "1885-12-31"}},
		{"nothing stated", HoldsPosition, map[string]any{"title": "Mayor"}, "", "", map[string]any{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, SpanProps(tc.typ, tc.props, tc.start, tc.end)); diff != "" {
				t.Errorf("SpanProps (-want +got):\n%s", diff)
			}
		})
	}
}

func TestParseAsOf(t *testing.T) {
	for _, s := range []string{"--03-20", "2010-13", "20100", ""} {
		if _, err := ParseAsOf(s, false); err == nil {
			t.Errorf("ParseAsOf(%q) accepted", s)
		}
	}
	a, err := ParseAsOf("2010-02", false)
	if err != nil || a.Lo != "2010-02-01" || a.Hi != "2010-02-28" {
		t.Errorf("ParseAsOf(2010-02) = %+v, %v; want 2010-02-01..2010-02-28", a, err)
	}
}

func TestRelationEndingBeforeItStartsIsRefused(t *testing.T) {
	r := Relation{From: "person:a", Type: HoldsPosition, To: "city:jp:sasebo", Sources: []string{"source:x"},
		Props: map[string]any{"title": "Mayor", "since": "2010", "until": "2009-12"}}
	kinds := map[string]Kind{"person:a": Person, "city:jp:sasebo": City}
	err := r.Validate(func(id string) (Kind, bool) { k, ok := kinds[id]; return k, ok })
	if err == nil {
		t.Fatal("an office that ends before it starts was accepted")
	}
	r.Props["until"] = "2010"
	if err := r.Validate(func(id string) (Kind, bool) { k, ok := kinds[id]; return k, ok }); err != nil {
		t.Errorf("an office that ends in its first year was refused: %v", err)
	}
}
