package missions

import (
	"errors"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/amity-graph/amity/internal/kg"
	"github.com/amity-graph/amity/internal/load/refdata"
)

// fixture holds 29 rows cut from data/reference/missions.csv (so from the 2022-11-16
// CSV): the four consulates general in Shenyang, missions in Beijing, Tokyo, Hong Kong
// (filed under China, under Hong Kong, and once under Australia), Rome (two embassies of
// Albania and two of Germany: to Italy and to the Holy See), and rows that do not place.
const fixture = "testdata/missions.csv"

// realFile is the data set the project ships.
var realFile = filepath.Join("..", "..", "..", "data", "reference", File)

func readFixture(t *testing.T) *Result {
	t.Helper()
	res, err := Read(fixture, newFakePlaces())
	if err != nil {
		t.Fatal(err)
	}
	return res
}

type missionWant struct {
	line        int
	missionType string
	since       string // REPRESENTS since; "" for none
	represents  string
	basedIn     string
}

func TestFixtureMissions(t *testing.T) {
	res := readFixture(t)
	want := map[string]missionWant{
		// The oldest Wikidata item of a sender, type and city keeps the plain id.
		"consulate:albania-embassy-rome":            {2, "embassy", "1993", "country:al", "city:it:rome"},
		"consulate:albania-embassy-rome-q102867257": {3, "embassy", "", "country:al", "city:it:rome"},
		// Filed under Hong Kong; the row of line 4 files the same mission under Australia.
		"consulate:australia-consulate-general-hong-kong": {6, "consulate-general", "1946", "country:au", "city:hk:hong-kong"},
		"consulate:australia-embassy-beijing":             {9, "embassy", "", "country:au", "city:cn:beijing"},
		// Hong Kong, filed under China: by name, or by coordinates with no city named.
		"consulate:canada-consulate-general-hong-kong":   {12, "consulate-general", "1997", "country:ca", "city:hk:hong-kong"},
		"consulate:estonia-honorary-consulate-hong-kong": {13, "honorary-consulate", "", "country:ee", "city:hk:hong-kong"},
		"consulate:finland-consulate-general-hong-kong":  {15, "consulate-general", "", "country:fi", "city:hk:hong-kong"},
		"consulate:france-consulate-general-shenyang":    {16, "consulate-general", "", "country:fr", "city:cn:shenyang"},
		"consulate:germany-embassy-rome":                 {17, "embassy", "1920-05", "country:de", "city:it:rome"},
		"consulate:germany-embassy-rome-q22226879":       {18, "embassy", "1951-06", "country:de", "city:it:rome"},
		"consulate:germany-consulate-general-hong-kong":  {19, "consulate-general", "1953-07-27", "country:de", "city:hk:hong-kong"},
		"consulate:germany-consulate-general-shenyang":   {20, "consulate-general", "", "country:de", "city:cn:shenyang"},
		"consulate:japan-embassy-beijing":                {21, "embassy", "1973", "country:jp", "city:cn:beijing"},
		// The curated files' id: the row names the district (Heping), its coordinates the city.
		"consulate:japan-consulate-general-shenyang":                    {22, "consulate-general", "", "country:jp", "city:cn:shenyang"},
		"consulate:japan-consulate-general-hong-kong":                   {23, "consulate-general", "", "country:jp", "city:hk:hong-kong"},
		"consulate:japan-consulate-general-qingdao":                     {24, "consulate-general", "", "country:jp", "city:cn:qingdao"},
		"consulate:taiwan-de-facto-embassy-hong-kong":                   {25, "de-facto-embassy", "1997-07", "country:tw", "city:hk:hong-kong"},
		"consulate:peoples-republic-of-china-embassy-tokyo":             {26, "embassy", "", "country:cn", "city:jp:tokyo"},
		"consulate:united-states-of-america-embassy-beijing":            {29, "embassy", "", "country:us", "city:cn:beijing"},
		"consulate:united-states-of-america-consulate-general-shenyang": {30, "consulate-general", "", "country:us", "city:cn:shenyang"},
	}
	got := map[string]missionWant{}
	for _, e := range res.Entities {
		if e.Kind != kg.Consulate {
			t.Errorf("%s is a %s, want a Consulate", e.ID, e.Kind)
		}
		mt, _ := e.Props["missionType"].(string)
		got[e.ID] = missionWant{line: e.Pos.Line, missionType: mt}
	}
	for _, r := range res.Relations {
		m, ok := got[r.From]
		if !ok {
			t.Errorf("%s %s %s: no such mission", r.From, r.Type, r.To)
			continue
		}
		switch r.Type {
		case kg.Represents:
			if m.represents != "" {
				t.Errorf("%s represents %s and %s", r.From, m.represents, r.To)
			}
			m.represents = r.To
			m.since, _ = r.Props["since"].(string)
		case kg.BasedIn:
			if m.basedIn != "" {
				t.Errorf("%s is based in %s and %s", r.From, m.basedIn, r.To)
			}
			m.basedIn = r.To
			if r.Props["basis"] != "office" {
				t.Errorf("%s BASED_IN %s has basis %v, want office", r.From, r.To, r.Props["basis"])
			}
		default:
			t.Errorf("unexpected relation %s %s %s", r.From, r.Type, r.To)
		}
		got[r.From] = m
	}
	if diff := cmp.Diff(want, got, cmp.AllowUnexported(missionWant{})); diff != "" {
		t.Errorf("missions (-want +got):\n%s", diff)
	}
}

func TestFixtureUnresolved(t *testing.T) {
	res := readFixture(t)
	type un struct {
		Line   int
		Reason string
		QID    string
	}
	want := []un{
		{4, ReasonUnknownCity, "Q23891819"},            // Hong Kong filed under Australia, no coordinates
		{5, ReasonCoordinatesElsewhere, "Q11668251"},   // Australia's embassy in Tokyo, filed under Australia
		{7, ReasonUnknownCity, "Q55984198"},            // Fukuoka: not among the fake's cities
		{8, refdata.ReasonAmbiguousCity, "Q79384906"},  // Sendai: Kagoshima's or Miyagi's, and no coordinates
		{10, ReasonCoordinatesElsewhere, "Q111635325"}, // filed under Yerevan, coordinates in Nairobi
		{11, ReasonNoPlace, "Q96264588"},               // Belize in Japan: no city, no coordinates
		{14, ReasonNoCityNear, "Q16507662"},            // no city, coordinates in Quimper: Brest is 55 km off
		{27, ReasonUnknownSender, "Q109591417"},        // Quebec
		{28, ReasonUnknownHost, "Q4374039"},            // Abkhazia
	}
	var got []un
	for _, u := range res.Unresolved {
		if u.File != "missions.csv" {
			t.Errorf("line %d: file %q, want missions.csv", u.Line, u.File)
		}
		if u.Detail == "" || len(u.Row) != len(Header) {
			t.Errorf("line %d: detail %q, row of %d fields", u.Line, u.Detail, len(u.Row))
		}
		got = append(got, un{u.Line, u.Reason, u.Row[0]})
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("unresolved rows (-want +got):\n%s", diff)
	}
	wantStats := Stats{Rows: 29, Imported: 20, Merged: 0, Unresolved: 9,
		UnresolvedBy: map[string]int{ReasonCoordinatesElsewhere: 2, ReasonUnknownCity: 2, refdata.ReasonAmbiguousCity: 1,
			ReasonNoPlace: 1, ReasonNoCityNear: 1, ReasonUnknownSender: 1, ReasonUnknownHost: 1},
		PlacedBy:     map[string]int{"name": 2, "name-and-coordinates": 9, "coordinates": 4, "territory": 5},
		ByType:       map[string]int{"embassy": 8, "consulate-general": 10, "honorary-consulate": 1, "de-facto-embassy": 1},
		QualifiedIDs: 2, WithSince: 8}
	if diff := cmp.Diff(wantStats, res.Stats); diff != "" {
		t.Errorf("stats (-want +got):\n%s", diff)
	}
}

func TestFixtureJapanShenyang(t *testing.T) {
	res := readFixture(t)
	var got kg.Entity
	for _, e := range res.Entities {
		if e.ID == "consulate:japan-consulate-general-shenyang" {
			got = e
		}
	}
	want := kg.Entity{
		ID: "consulate:japan-consulate-general-shenyang", Kind: kg.Consulate,
		Name: "Consulate General of Japan in Heping District",
		Props: map[string]any{"missionType": "consulate-general", "wikidataId": "Q38277195",
			"lat": 41.783333333, "lon": 123.425833333, "website": "http://www.shenyang.cn.emb-japan.go.jp/",
			"description": "Accredited to Heilongjiang, Jilin and Liaoning."},
		Sources: []string{SourceID}, Pos: kg.Pos{File: "missions.csv", Line: 22},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("the Consulate General of Japan in Shenyang (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]kg.Source{Source}, res.Sources); diff != "" {
		t.Errorf("sources (-want +got):\n%s", diff)
	}
}

// validate checks every record as internal/write would: alone, and its relations against
// the missions and the ids of countries and cities they point to.
func validate(t *testing.T, res *Result) {
	t.Helper()
	for _, s := range res.Sources {
		if err := s.Validate(); err != nil {
			t.Error(err)
		}
	}
	kinds := map[string]kg.Kind{}
	for _, e := range res.Entities {
		if err := e.Validate(); err != nil {
			t.Error(err)
		}
		if _, dup := kinds[e.ID]; dup {
			t.Errorf("%s imported twice", e.ID)
		}
		kinds[e.ID] = e.Kind
		if !slices.Equal(e.Sources, []string{SourceID}) {
			t.Errorf("%s cites %v", e.ID, e.Sources)
		}
	}
	kindOf := func(id string) (kg.Kind, bool) {
		if k, ok := kinds[id]; ok {
			return k, true
		}
		if kg.ValidateAnyID(id) != nil {
			return "", false
		}
		k, ok := kg.KindOfID(id)
		return k, ok && k != kg.Consulate
	}
	seen := map[string]bool{}
	for _, r := range res.Relations {
		if err := r.Validate(kindOf); err != nil {
			t.Error(err)
		}
		key := r.From + "|" + r.Type + "|" + r.To
		if seen[key] {
			t.Errorf("%s repeated", key)
		}
		seen[key] = true
		if !slices.Equal(r.Sources, []string{SourceID}) {
			t.Errorf("%s cites %v", key, r.Sources)
		}
	}
}

func TestFixtureRecordsValidate(t *testing.T) { validate(t, readFixture(t)) }

// A row given twice (the same Wikidata item) is one mission.
func TestRepeatedRowMerges(t *testing.T) {
	data, err := os.ReadFile(fixture)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(data), "\n")
	path := filepath.Join(t.TempDir(), File)
	if err := os.WriteFile(path, []byte(strings.Join([]string{lines[0], lines[21], lines[21], ""}, "\n")), 0o644); err != nil {
		t.Fatal(err)
	}
	res, err := Read(path, newFakePlaces())
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Entities) != 1 || res.Entities[0].ID != "consulate:japan-consulate-general-shenyang" || res.Entities[0].Pos.Line != 2 {
		t.Errorf("entities %+v, want the Japanese consulate general in Shenyang once, from line 2", res.Entities)
	}
	if res.Stats.Rows != 2 || res.Stats.Imported != 1 || res.Stats.Merged != 1 || res.Stats.Unresolved != 0 {
		t.Errorf("stats %+v, want 2 rows, 1 imported, 1 merged", res.Stats)
	}
	if len(res.Relations) != 2 {
		t.Errorf("%d relations, want REPRESENTS and BASED_IN once each", len(res.Relations))
	}
}

// A file that is not as expected names the file, the line and the field.
func TestBadFiles(t *testing.T) {
	data, err := os.ReadFile(fixture)
	if err != nil {
		t.Fatal(err)
	}
	good := string(data)
	japan := strings.Split(good, "\n")[21] // line 22
	for _, tc := range []struct {
		name        string
		from, to    string
		line        int
		field, want string
	}{
		{"header", "qid,operator,", "id,operator,", 1, "qid", `header has "id" where "qid" belongs`},
		{"extra column", "jurisdictions,website\n", "jurisdictions,website,phone\n", 1, "phone", "unexpected column"},
		{"latitude", japan, strings.Replace(japan, "41.783333333", "41.78.3", 1), 22, "latitude", "not a latitude"},
		{"latitude out of range", japan, strings.Replace(japan, "41.783333333", "141.7", 1), 22, "latitude", "not a latitude"},
		{"longitude alone", japan, strings.Replace(japan, "41.783333333", "", 1), 22, "latitude", "come together"},
		{"creation", japan, strings.Replace(japan, "Q372690,,", "Q372690,2019-02-30,", 1), 22, "creation", "no such day"},
		{"creation form", japan, strings.Replace(japan, "Q372690,,", "Q372690,2019,", 1), 22, "creation", "not a date"},
		{"qid", japan, strings.Replace(japan, "Q38277195", "38277195", 1), 22, "qid", "not a Wikidata id"},
		{"operator qid", japan, strings.Replace(japan, ",Q17,", ",,", 1), 22, "operatorQID", "needs"},
		{"short row", japan, strings.Join(strings.Split(japan, ",")[:10], ","), 22, "typeQID", `column "typeQID" is missing`},
		{"long row", japan, japan + ",x", 22, "column 15", "15 fields"},
		{"quote", japan, strings.Replace(japan, "Heping District", `Heping "District`, 1), 22, "city", `bare "`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if !strings.Contains(good, tc.from) {
				t.Fatalf("the fixture has no %q", tc.from)
			}
			path := filepath.Join(t.TempDir(), File)
			if err := os.WriteFile(path, []byte(strings.Replace(good, tc.from, tc.to, 1)), 0o644); err != nil {
				t.Fatal(err)
			}
			_, err := Read(path, newFakePlaces())
			var fe *kg.FieldError
			if !errors.As(err, &fe) {
				t.Fatalf("Read: %v, want a *kg.FieldError", err)
			}
			if fe.Pos.File != path || fe.Pos.Line != tc.line || fe.Field != tc.field || !strings.Contains(fe.Msg, tc.want) {
				t.Errorf("error %q at %s field %q; want line %d, field %q, a message with %q", fe.Msg, fe.Pos, fe.Field, tc.line, tc.field, tc.want)
			}
		})
	}
}

func TestCitySlug(t *testing.T) {
	for id, want := range map[string]string{
		"city:cn:shenyang":                        "shenyang",
		"city:us:district-of-columbia:washington": "washington",
		"city:us:riverside:4405794":               "riverside",
		"city:jp:kagoshima:sendai":                "sendai",
	} {
		if got := citySlug(id); got != want {
			t.Errorf("citySlug(%q) = %q, want %q", id, got, want)
		}
	}
}

func TestSince(t *testing.T) {
	for in, want := range map[string]string{
		"1993-01-01": "1993",       // known to the year
		"1920-05-01": "1920-05",    // to the month
		"1953-07-27": "1953-07-27", // to the day
		"2000-02-29": "2000-02-29",
	} {
		if got, err := since(in); err != nil || got != want {
			t.Errorf("since(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	for _, in := range []string{"1953-02-29", "1953-13-02", "1953-7-27", "1953"} {
		if got, err := since(in); err == nil {
			t.Errorf("since(%q) = %q, want an error", in, got)
		}
	}
}

// Every missionType the importer gives is one kg allows, and has a name.
func TestMissionTypes(t *testing.T) {
	values := slices.Sorted(maps.Values(missionTypes))
	values = slices.Compact(values)
	if diff := cmp.Diff(slices.Sorted(slices.Values(kg.MissionTypes)), values); diff != "" {
		t.Errorf("kg.MissionTypes (-) and the types the importer maps to (+):\n%s", diff)
	}
	if diff := cmp.Diff(values, slices.Sorted(maps.Keys(typeNames))); diff != "" {
		t.Errorf("types (-) and the names of types (+):\n%s", diff)
	}
}

// The whole data set, through the fake: every row is accounted for, every type is
// known, and the Consulate General of Japan in Shenyang is the curated files' node.
func TestRealFile(t *testing.T) {
	res, err := Read(realFile, newFakePlaces())
	if err != nil {
		t.Fatal(err)
	}
	s := res.Stats
	if s.Rows != 9852 {
		t.Errorf("read %d rows, want 9,852", s.Rows)
	}
	if s.Imported+s.Merged+s.Unresolved != s.Rows {
		t.Errorf("imported %d + merged %d + unresolved %d != %d rows", s.Imported, s.Merged, s.Unresolved, s.Rows)
	}
	if len(res.Unresolved) != s.Unresolved || len(res.Entities) != s.Imported || len(res.Relations) != 2*s.Imported {
		t.Errorf("%d unresolved rows, %d entities, %d relations; stats %+v", len(res.Unresolved), len(res.Entities), len(res.Relations), s)
	}
	n := 0
	for _, c := range s.UnresolvedBy {
		n += c
	}
	if n != s.Unresolved {
		t.Errorf("unresolved by reason add up to %d, not %d", n, s.Unresolved)
	}
	if c := s.UnresolvedBy[ReasonUnknownType]; c != 0 {
		t.Errorf("%d rows of a type the importer does not know", c)
	}
	validate(t, res)
	// The curated files name consulate:japan-consulate-general-shenyang (and
	// consulate:australia-consulate-general-shenyang, which the data set lacks).
	got := map[string][]string{}
	for _, r := range res.Relations {
		if r.Type == kg.BasedIn && r.To == "city:cn:shenyang" {
			got[r.To] = append(got[r.To], r.From)
		}
	}
	want := map[string][]string{"city:cn:shenyang": {
		"consulate:france-consulate-general-shenyang",
		"consulate:germany-consulate-general-shenyang",
		"consulate:japan-consulate-general-shenyang",
		"consulate:united-states-of-america-consulate-general-shenyang",
	}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("missions in Shenyang (-want +got):\n%s", diff)
	}
}

// TestRealFileWithRealPlaces places rows whose city column names a ward or a town of
// another region by their coordinates: the name alone would put the United States'
// consulate general in Osaka in Tokyo's ward Kita, and India's in Réunion in the
// Saint-Denis near Paris.
func TestRealFileWithRealPlaces(t *testing.T) {
	ref, err := refdata.Read(filepath.Join("..", "..", "..", "data", "reference"))
	if err != nil {
		t.Fatal(err)
	}
	res, err := Read(realFile, ref.Places)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, r := range res.Relations {
		if r.Type == kg.BasedIn {
			got[r.From] = r.To
		}
	}
	for id, want := range map[string]string{
		"consulate:united-states-of-america-consulate-general-osaka": "city:jp:osaka",
		"consulate:india-consulate-general-saint-denis":              "city:re:saint-denis",
		"consulate:mexico-consulate-general-dallas":                  "city:us:texas:dallas",
		"consulate:japan-consulate-general-shenyang":                 "city:cn:shenyang",
	} {
		if got[id] != want {
			t.Errorf("%s BASED_IN %q, want %s", id, got[id], want)
		}
	}
	if to, ok := got["consulate:united-states-of-america-consulate-general-kita"]; ok {
		t.Errorf("the consulate general in Osaka is still filed under Kita (%s)", to)
	}
}

// A row that names a region rather than a city is placed in the metropolis its
// coordinates lie in, not the suburb nearest to them; a row naming a district keeps the
// nearest place.
func TestRegionNamedRowIsInTheMetropolis(t *testing.T) {
	p := newFakePlaces()
	p.cities = append(p.cities, fakeCity{"city:jp:meguro", "JP", []string{"Meguro"}, 35.6333, 139.7})
	places := metroFake{p}
	at := row{host: "JP", country: "Japan", lat: 35.634, lon: 139.699, hasCoord: true}
	for _, tc := range []struct{ city, id, how string }{
		{"Kanto", "city:jp:tokyo", "coordinates-metropolis"},
		{"Nakameguro", "city:jp:meguro", "coordinates"},
	} {
		r := at
		r.city = tc.city
		id, how, reason, detail := place(places, r)
		if id != tc.id || how != tc.how {
			t.Errorf("%s: placed %q by %q (%s %s), want %q by %q", tc.city, id, how, reason, detail, tc.id, tc.how)
		}
	}
}
