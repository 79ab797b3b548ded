package kg

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSlug(t *testing.T) {
	for in, want := range map[string]string{
		"Shenyang": "shenyang", "Békéscsaba": "bekescsaba", "St. John's": "st-johns", "Hafnarfjörður": "hafnarfjordur",
		"Sasebo Pearl Sea Co., Ltd": "sasebo-pearl-sea-co-ltd", "Mitsui O.S.K. Lines": "mitsui-o-s-k-lines", "Łódź": "lodz",
		"  Toyama ken ": "toyama-ken", "沈阳": "",
	} {
		if got := Slug(in); got != want {
			t.Errorf("Slug(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestValidateID(t *testing.T) {
	cases := []struct {
		kind Kind
		id   string
		ok   bool
	}{
		{City, "city:cn:shenyang", true},
		{Region, "region:cn:shenyang:hunnan", true},
		{Organization, "org:shenyang-foreign-affairs-office", true},
		{Company, "company:suzuki-motor", true},
		{Event, "event:2024-08-08-hamamatsu-delegation", true},
		{City, "org:shenyang", false},               // wrong prefix for the kind
		{City, "city:CN:Shenyang", false},           // not lowercase
		{City, "city:cn:shen yang", false},          // space
		{City, "city:cn:", false},                   // empty segment
		{City, "city:cn:shenyang'}) DETACH", false}, // injection-shaped
		{Person, "person:lyu--zhicheng", false},
	}
	for _, c := range cases {
		err := ValidateID(c.kind, c.id)
		if (err == nil) != c.ok {
			t.Errorf("ValidateID(%s, %q) = %v, want ok=%v", c.kind, c.id, err, c.ok)
		}
	}
}

func TestParseDateKeepsPrecision(t *testing.T) {
	type bounds struct{ Str, Lo, Hi string }
	cases := map[string]bounds{
		"2024":       {"2024", "2024-01-01", "2024-12-31"},
		"2024-02":    {"2024-02", "2024-02-01", "2024-02-29"},
		"2010-08":    {"2010-08", "2010-08-01", "2010-08-31"},
		"2024-08-08": {"2024-08-08", "2024-08-08", "2024-08-08"},
		"--03-20":    {"--03-20", "", ""},
	}
	for in, want := range cases {
		d, err := ParseDate(in)
		if err != nil {
			t.Fatalf("ParseDate(%q): %v", in, err)
		}
		lo, hi, _ := d.Bounds()
		if diff := cmp.Diff(want, bounds{d.String(), lo, hi}); diff != "" {
			t.Errorf("ParseDate(%q) (-want +got):\n%s", in, diff)
		}
	}
	for _, bad := range []string{"2024-13", "2023-02-29", "24", "2024/08/08", "--13-01", "March 2024", ""} {
		if _, err := ParseDate(bad); err == nil {
			t.Errorf("ParseDate(%q) accepted a bad date", bad)
		}
	}
}

func TestRelationValidate(t *testing.T) {
	kinds := map[string]Kind{"city:cn:shenyang": City, "city:jp:sapporo": City, "person:lyu-zhicheng": Person,
		"event:2024-x": Event, "country:jp": Country}
	kindOf := func(id string) (Kind, bool) { k, ok := kinds[id]; return k, ok }
	src := []string{"source:x"}
	cases := []struct {
		name string
		r    Relation
		want string // substring of the error, "" for valid
	}{
		{"sister city", Relation{From: "city:cn:shenyang", Type: PartnerOf, To: "city:jp:sapporo", Props: map[string]any{"partnership": "sister", "since": "1980"}, Sources: src}, ""},
		{"no source", Relation{From: "city:cn:shenyang", Type: PartnerOf, To: "city:jp:sapporo", Props: map[string]any{"partnership": "sister"}}, "cites no source"},
		{"unknown type", Relation{From: "city:cn:shenyang", Type: "LIKES", To: "city:jp:sapporo", Sources: src}, "unknown relationship type"},
		{"wrong end kind", Relation{From: "person:lyu-zhicheng", Type: PartnerOf, To: "city:jp:sapporo", Props: map[string]any{"partnership": "sister"}, Sources: src}, "may not be a from"},
		{"bad enum", Relation{From: "city:cn:shenyang", Type: PartnerOf, To: "city:jp:sapporo", Props: map[string]any{"partnership": "best"}, Sources: src}, "not one of"},
		{"missing role", Relation{From: "person:lyu-zhicheng", Type: ParticipatedIn, To: "event:2024-x", Sources: src}, `needs "role"`},
		{"bad since", Relation{From: "city:cn:shenyang", Type: PartnerOf, To: "city:jp:sapporo", Props: map[string]any{"partnership": "sister", "since": "1980s"}, Sources: src}, "date"},
		{"undeclared end", Relation{From: "city:cn:shenyang", Type: PartnerOf, To: "city:kr:daejeon", Props: map[string]any{"partnership": "sister"}, Sources: src}, "no entity"},
	}
	for _, c := range cases {
		err := c.r.Validate(kindOf)
		switch {
		case c.want == "" && err != nil:
			t.Errorf("%s: %v", c.name, err)
		case c.want != "" && (err == nil || !strings.Contains(err.Error(), c.want)):
			t.Errorf("%s: error %v, want one containing %q", c.name, err, c.want)
		}
	}
}

func TestCanonicalMakesSymmetricPairsOne(t *testing.T) {
	a := Relation{From: "city:jp:sapporo", Type: PartnerOf, To: "city:cn:shenyang"}.Canonical()
	b := Relation{From: "city:cn:shenyang", Type: PartnerOf, To: "city:jp:sapporo"}.Canonical()
	if a.From != b.From || a.To != b.To {
		t.Errorf("both directions should orient alike: %v vs %v", a, b)
	}
	c := Relation{From: "person:x", Type: HoldsPosition, To: "city:a"}.Canonical()
	if c.From != "person:x" {
		t.Errorf("a directed type was flipped: %v", c)
	}
}

func TestEventDateBoundsInFlatProps(t *testing.T) {
	e := Entity{ID: "event:x", Kind: Event, Props: map[string]any{"eventType": "visit", "startDate": "2024-08", "endDate": "2024-09-02"}}
	p := e.FlatProps()
	if p["dateLo"] != "2024-08-01" || p["dateHi"] != "2024-09-02" {
		t.Errorf("dateLo/dateHi = %v/%v", p["dateLo"], p["dateHi"])
	}
	undated := Entity{ID: "event:y", Kind: Event, Props: map[string]any{"eventType": "visit", "startDate": "--03-20"}}.FlatProps()
	if _, ok := undated["dateLo"]; ok {
		t.Errorf("a date with no year got bounds: %v", undated)
	}
}

// TestMissionID: a mission's id joins sender, type and seat, and is a valid consulate id.
func TestMissionID(t *testing.T) {
	got := MissionID("japan", "consulate-general", "shenyang")
	if want := "consulate:japan-consulate-general-shenyang"; got != want {
		t.Errorf("MissionID = %q, want %q", got, want)
	}
	if err := ValidateID(Consulate, got); err != nil {
		t.Errorf("ValidateID(%q): %v", got, err)
	}
}
