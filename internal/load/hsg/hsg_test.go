package hsg

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/amity-graph/amity/internal/kg"
	"github.com/amity-graph/amity/internal/load/refdata"
)

// The fixtures in testdata are rows cut from data/reference/hsg-*.csv, which
// scripts/hsg_compact.py writes from the Office of the Historian's XML; each row keeps
// the file and line of its record there.

func readFixtures(t *testing.T) *Result {
	t.Helper()
	res, err := Read("testdata", newFakePlaces())
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func entity(t *testing.T, res *Result, id string) kg.Entity {
	t.Helper()
	for _, e := range res.Entities {
		if e.ID == id {
			return e
		}
	}
	t.Fatalf("no entity %s", id)
	return kg.Entity{}
}

// ends lists "TYPE other[ key]" for the relations of id, from its side.
func ends(res *Result, id string) []string {
	var out []string
	for _, r := range res.Relations {
		switch id {
		case r.From:
			out = append(out, strings.TrimSpace(r.Type+" "+r.To+" "+r.KeyValue()))
		case r.To:
			out = append(out, strings.TrimSpace("<-"+r.Type+" "+r.From+" "+r.KeyValue()))
		}
	}
	slices.Sort(out)
	return out
}

func relation(t *testing.T, res *Result, from, typ, to, key string) kg.Relation {
	t.Helper()
	for _, r := range res.Relations {
		if r.From == from && r.Type == typ && r.To == to && r.KeyValue() == key {
			return r
		}
	}
	t.Fatalf("no %s %s %s %q", from, typ, to, key)
	return kg.Relation{}
}

func TestNixonChinaTripHasItsThreeCities(t *testing.T) {
	res := readFixtures(t)
	places := newFakePlaces()
	id := "event:1972-02-21-nixon-richard-m-visit-china"
	e := entity(t, res, id)
	want := map[string]any{"eventType": "visit", "startDate": "1972-02-21", "endDate": "1972-02-28",
		"summary":   "State visit; met with Chairman Mao Tse-tung and Premier Chou En-lai.",
		"visitType": "state-visit", "note": "Office of the Historian trip 2844"}
	if diff := cmp.Diff(want, e.Props); diff != "" {
		t.Errorf("props (-want +got):\n%s", diff)
	}
	// The locale is "Shanghai, Peking, Hangchow": the historic spellings resolve through
	// the GeoNames aliases.
	wantEnds := []string{"<-PARTICIPATED_IN country:cn host", "<-PARTICIPATED_IN person:nixon-richard-m visitor",
		"HELD_IN city:cn:beijing", "HELD_IN city:cn:hangzhou", "HELD_IN city:cn:shanghai"}
	if diff := cmp.Diff(wantEnds, ends(res, id)); diff != "" {
		t.Errorf("relations (-want +got):\n%s", diff)
	}
	var ids []int
	for _, c := range []string{"city:cn:shanghai", "city:cn:beijing", "city:cn:hangzhou"} {
		ids = append(ids, places.geonameID(c))
	}
	if diff := cmp.Diff([]int{1796236, 1816670, 1808926}, ids); diff != "" {
		t.Errorf("GeoNames ids (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{SourceTravels}, e.Sources); diff != "" {
		t.Errorf("sources (-want +got):\n%s", diff)
	}
}

func TestKissingerReachedSuzhouInJiangsu(t *testing.T) {
	res := readFixtures(t)
	// "Peking, Soochow": Soochow is the Postal spelling GeoNames records for Suzhou,
	// Jiangsu; Anhui's Suzhou is Su-hsien or Suchow, so the name alone decides.
	got := ends(res, "event:1974-11-25-kissinger-henry-a-visit-china")
	want := []string{"<-PARTICIPATED_IN country:cn host", "<-PARTICIPATED_IN person:kissinger-henry-a visitor",
		"HELD_IN city:cn:beijing", "HELD_IN city:cn:jiangsu:suzhou"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	// "Suzhou" alone fits both, and is not guessed.
	if _, reason, ok := newFakePlaces().City("CN", "Suzhou", refdata.CityHint{}); ok || reason != refdata.ReasonAmbiguousCity {
		t.Errorf("Suzhou alone: ok=%v reason=%q, want ambiguous", ok, reason)
	}
	if id, _, ok := newFakePlaces().City("CN", "Suzhou", refdata.CityHint{Region: "Jiangsu"}); !ok || id != "city:cn:jiangsu:suzhou" {
		t.Errorf("Suzhou in Jiangsu = %q, %v", id, ok)
	}
}

func TestTravellerIsOnePersonHoldingTheOffice(t *testing.T) {
	res := readFixtures(t)
	p := entity(t, res, "person:kissinger-henry-a")
	if p.Kind != kg.Person || p.Name != "Henry A. (Heinz Alfred) Kissinger" || !slices.Contains(p.Aliases, "Henry A. Kissinger") {
		t.Errorf("person = %+v", p)
	}
	r := relation(t, res, "person:kissinger-henry-a", kg.HoldsPosition, "country:us", "Secretary of State")
	if _, ok := r.Props["since"]; ok || r.StartDate != "" || r.EndDate != "" {
		t.Errorf("the travels give no term of office, got %+v", r)
	}
	relation(t, res, "person:nixon-richard-m", kg.HoldsPosition, "country:us", "President")
}

func TestPlacesFromParenthesesAndTerritories(t *testing.T) {
	res := readFixtures(t)
	for _, c := range []struct {
		event string
		want  []string
	}{
		// "Calgary (Alberta)": the parenthesis is a region hint.
		{"event:1985-10-27-shultz-george-pratt-visit-canada", []string{"<-PARTICIPATED_IN country:ca host",
			"<-PARTICIPATED_IN person:shultz-george-pratt visitor", "HELD_IN city:ca:calgary"}},
		// "United Kingdom (Wales)": Newport of Wales, not of England.
		{"event:2014-09-03-obama-barack-visit-united-kingdom", []string{"<-PARTICIPATED_IN country:gb host",
			"<-PARTICIPATED_IN person:obama-barack visitor", "HELD_IN city:gb:cardiff", "HELD_IN city:gb:wales:newport"}},
		// "Algiers (Algeria)" on a trip the list files under France (1945).
		{"event:1945-02-18-roosevelt-franklin-d-visit-france", []string{"<-PARTICIPATED_IN country:fr host",
			"<-PARTICIPATED_IN person:roosevelt-franklin-d visitor", "HELD_IN city:dz:algiers"}},
		// "Denmark (Greenland)": the host is Denmark, Nuuk lies in Greenland.
		{"event:2011-05-11-clinton-hillary-rodham-visit-denmark", []string{"<-PARTICIPATED_IN country:dk host",
			"<-PARTICIPATED_IN person:clinton-hillary-rodham visitor", "HELD_IN city:gl:nuuk"}},
		// "Bermuda" on a trip to the United Kingdom: a territory of its own, no city named.
		{"event:1990-04-13-bush-george-h-w-visit-united-kingdom", []string{"<-PARTICIPATED_IN country:gb host",
			"<-PARTICIPATED_IN person:bush-george-h-w visitor", "HELD_IN country:bm"}},
		// "Xian, Beijing, Shanghai, Guilin, Hong Kong": Hong Kong is a city of HK; Xian
		// is not known to the fake.
		{"event:1998-06-24-clinton-william-j-visit-china", []string{"<-PARTICIPATED_IN country:cn host",
			"<-PARTICIPATED_IN person:clinton-william-j visitor", "HELD_IN city:cn:beijing", "HELD_IN city:cn:guilin",
			"HELD_IN city:cn:shanghai", "HELD_IN city:hk:hong-kong"}},
		// "Montebello, Quebec": Quebec is Montebello's province, not Quebec City.
		{"event:2007-08-20-bush-george-w-visit-canada", []string{"<-PARTICIPATED_IN country:ca host",
			"<-PARTICIPATED_IN person:bush-george-w visitor"}},
		// "U.S.S.R.", filed under the id russia: Kiev is no city of Russia but of one
		// successor of the union, Ukraine.
		{"event:1991-07-29-bush-george-h-w-visit-russia", []string{"<-PARTICIPATED_IN country:ru host",
			"<-PARTICIPATED_IN person:bush-george-h-w visitor", "HELD_IN city:ru:moscow", "HELD_IN city:ua:kyiv"}},
	} {
		if diff := cmp.Diff(c.want, ends(res, c.event)); diff != "" {
			t.Errorf("%s (-want +got):\n%s", c.event, diff)
		}
	}
}

func TestUnresolvedAreReportedWithFileLineAndReason(t *testing.T) {
	res := readFixtures(t)
	type u struct {
		File   string
		Line   int
		Reason string
		Name   string // the part of the detail that names what did not resolve
	}
	var got []u
	for _, x := range res.Unresolved {
		name, _, _ := strings.Cut(x.Detail, " ")
		got = append(got, u{x.File, x.Line, x.Reason, name})
	}
	want := []u{
		{TravelsFile, 4, ReasonUnknownCity, `"Montebello"`},
		{TravelsFile, 5, ReasonUnknownCity, `"Xian"`},
		{VisitsFile, 2, ReasonUnknownCountry, "country"},
		{VisitsFile, 13, ReasonNoTitle, `"Valdas`},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if d := res.Unresolved[0].Detail; !strings.Contains(d, "president-travels/bush-george-w.xml:1499") {
		t.Errorf("the detail should name the original record: %s", d)
	}
}

func TestDengXiaopingVisitedAsVicePremier(t *testing.T) {
	res := readFixtures(t)
	id := "event:1979-01-29-deng-xiaoping-visit-us"
	e := entity(t, res, id)
	if e.Props["startDate"] != "1979-01-29" || e.Props["endDate"] != "1979-02-05" || e.Props["eventType"] != "visit" {
		t.Errorf("event = %+v", e)
	}
	want := []string{"<-PARTICIPATED_IN country:us host", "<-PARTICIPATED_IN person:deng-xiaoping visitor"}
	if diff := cmp.Diff(want, ends(res, id)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	p := entity(t, res, "person:deng-xiaoping")
	if p.Name != "Deng Xiaoping" {
		t.Errorf("name = %q", p.Name)
	}
	r := relation(t, res, "person:deng-xiaoping", kg.HoldsPosition, "country:cn", "Vice Premier")
	wantProps := map[string]any{"title": "Vice Premier",
		"note": "the visits list gives this title at the visit of 1979-01-29; it states no term of office"}
	if diff := cmp.Diff(wantProps, r.Props); diff != "" {
		t.Errorf("position (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{SourceVisits}, r.Sources); diff != "" {
		t.Errorf("sources (-want +got):\n%s", diff)
	}
}

func TestXiJinpingIsTheArticlesPerson(t *testing.T) {
	res := readFixtures(t)
	// person:xi-jinping is the id the curated articles use.
	got := ends(res, "person:xi-jinping")
	want := []string{
		"HOLDS_POSITION country:cn President",
		"PARTICIPATED_IN event:2013-06-07-xi-jinping-visit-us visitor",
		// Two visits begin on 2023-11-12: their ids carry the visit's number.
		"PARTICIPATED_IN event:2023-11-12-xi-jinping-visit-us-3196 visitor",
		"PARTICIPATED_IN event:2023-11-12-xi-jinping-visit-us-3201 visitor",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	r := relation(t, res, "person:xi-jinping", kg.HoldsPosition, "country:cn", "President")
	if n := r.Props["note"]; n != "the visits list gives this title at 2 visits, 2013-06-07 to 2023-11-12; it states no term of office" {
		t.Errorf("note = %v", n)
	}
}

func TestVisitorStrings(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []visitorName
	}{
		{"Vice Premier Deng Xiaoping", []visitorName{{titles: []string{"Vice Premier"}, name: "Deng Xiaoping"}}},
		{"King Abdullah and Crown Prince Hussein", []visitorName{{titles: []string{"King"}, name: "Abdullah"},
			{titles: []string{"Crown Prince"}, name: "Hussein"}}},
		{"Premier & Prince Sihanouk", []visitorName{{titles: []string{"Premier", "Prince"}, name: "Sihanouk"}}},
		{"President Anwar Sadat, Prime Minister Mustafa Khalil", []visitorName{{titles: []string{"President"}, name: "Anwar Sadat"},
			{titles: []string{"Prime Minister"}, name: "Mustafa Khalil"}}},
		{"President Benigno S. Aquino, 3rd", []visitorName{{titles: []string{"President"}, name: "Benigno S. Aquino, 3rd"}}},
		{"Amir Sheikh Tamim bin Hamad Al Thani", []visitorName{{titles: []string{"Amir"}, name: "Tamim bin Hamad Al Thani",
			written: "Sheikh Tamim bin Hamad Al Thani"}}},
		{"Prime MinisterHaidar al- Abadi", []visitorName{{titles: []string{"Prime Minister"}, name: "Haidar al-Abadi"}}},
		{"President- elect Ernesto Zedillo Ponce de Leon", []visitorName{{titles: []string{"President-elect"}, name: "Ernesto Zedillo Ponce de Leon"}}},
		{"Acting President Goodluck Jonathan", []visitorName{{titles: []string{"Acting President"}, name: "Goodluck Jonathan"}}},
		{"Regent Prince Abdul Ilah", []visitorName{{titles: []string{"Regent", "Prince"}, name: "Abdul Ilah"}}},
		{"Valdas Adamkus", []visitorName{{name: "Valdas Adamkus"}}},
	} {
		if diff := cmp.Diff(c.want, parseVisitor(c.in), cmp.AllowUnexported(visitorName{})); diff != "" {
			t.Errorf("%q (-want +got):\n%s", c.in, diff)
		}
	}
}

func TestSingleNamesAreQualifiedByCountry(t *testing.T) {
	res := readFixtures(t)
	for id, want := range map[string]string{
		"person:jo:king-hussein":         "King Hussein",
		"person:jo:crown-prince-hussein": "Crown Prince Hussein", // born 1994: not the King of 1959
		"person:de:adenauer":             "Chancellor Adenauer",
		"person:va:pope-francis":         "Pope Francis",
		"person:hawaii:king-kalakaua":    "King Kalakaua", // Hawaii resolves to no ISO country
	} {
		if got := entity(t, res, id).Name; got != want {
			t.Errorf("%s: name %q, want %q", id, got, want)
		}
	}
	// "Chairman Park" (1961) and "Acting President Park" (1963) are one node, reported.
	i := slices.IndexFunc(res.Merges, func(m Merge) bool { return m.ID == "person:kr:park" })
	if i < 0 || res.Merges[i].File != VisitsFile || res.Merges[i].Line != 9 {
		t.Errorf("merges = %+v", res.Merges)
	}
}

func TestRepeatedTripIsOneEventAndCollidingIdsCarryTheNumber(t *testing.T) {
	res := readFixtures(t)
	e := entity(t, res, "event:2021-03-15-blinken-antony-j-visit-japan")
	if e.Props["note"] != "Office of the Historian trip 3992 (recorded again as trip 4019)" {
		t.Errorf("note = %v", e.Props["note"])
	}
	for _, id := range []string{"event:1988-02-28-shultz-george-pratt-visit-israel-2121", "event:1988-02-28-shultz-george-pratt-visit-israel-2123"} {
		entity(t, res, id)
	}
	want := map[string]Stats{
		DataSetTravels: {RowsRead: 15, Imported: 14, Merged: 1, Unresolved: map[string]int{ReasonUnknownCity: 2}},
		DataSetVisits:  {RowsRead: 20, Imported: 20, Unresolved: map[string]int{ReasonUnknownCountry: 1, ReasonNoTitle: 1}},
	}
	got := map[string]Stats{}
	for k, s := range res.Stats {
		got[k] = Stats{RowsRead: s.RowsRead, Imported: s.Imported, Merged: s.Merged, Unresolved: s.Unresolved}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("stats (-want +got):\n%s", diff)
	}
}

func TestRecordsValidate(t *testing.T) {
	res := readFixtures(t)
	checkValid(t, res)
}

// checkValid holds every record to kg's rules, as the loader's validation will.
func checkValid(t *testing.T, res *Result) {
	t.Helper()
	for _, s := range res.Sources {
		if err := s.Validate(); err != nil {
			t.Error(err)
		}
	}
	ids := map[string]bool{}
	for _, e := range res.Entities {
		if ids[e.ID] {
			t.Errorf("%s twice", e.ID)
		}
		ids[e.ID] = true
		if err := e.Validate(); err != nil {
			t.Error(err)
		}
	}
	for _, r := range res.Relations {
		if err := r.Validate(res.KindOf); err != nil {
			t.Error(err)
		}
	}
}

func TestBadFilesNameFileLineAndField(t *testing.T) {
	orig, err := os.ReadFile(filepath.Join("testdata", TravelsFile))
	if err != nil {
		t.Fatal(err)
	}
	visits, err := os.ReadFile(filepath.Join("testdata", VisitsFile))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(orig), "\n")
	for _, c := range []struct {
		name        string
		edit        func(line string) string
		line        int
		field, want string
	}{
		{"bad date", func(l string) string { return strings.Replace(l, "1972-02-21", "1972-02-31", 1) }, 7, "start_date", "1972-02-31"},
		{"bad who", func(l string) string { return strings.Replace(l, "nixon-richard-m", "Nixon Richard", 1) }, 7, "who", "Nixon Richard"},
		{"bad role", func(l string) string { return strings.Replace(l, "president", "vice-president", 1) }, 7, "role", "vice-president"},
		{"end before start", func(l string) string { return strings.Replace(l, "1972-02-28", "1972-02-01", 1) }, 7, "end_date", "before"},
		{"short row", func(l string) string { return l[:strings.LastIndex(l, ",")] }, 7, "", "wrong number of fields"},
	} {
		t.Run(c.name, func(t *testing.T) {
			edited := slices.Clone(lines)
			i := slices.IndexFunc(edited, func(l string) bool { return strings.HasPrefix(l, "2844,") })
			edited[i] = c.edit(edited[i])
			dir := t.TempDir()
			if err := os.WriteFile(filepath.Join(dir, TravelsFile), []byte(strings.Join(edited, "\n")), 0o644); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dir, VisitsFile), visits, 0o644); err != nil {
				t.Fatal(err)
			}
			_, err := Read(dir, newFakePlaces())
			var fe *kg.FieldError
			if !errors.As(err, &fe) {
				t.Fatalf("err = %v, want a *kg.FieldError", err)
			}
			if fe.Pos.File != TravelsFile || fe.Pos.Line != c.line || fe.Field != c.field || !strings.Contains(fe.Msg, c.want) {
				t.Errorf("err = %v (file %s line %d field %q)", err, fe.Pos.File, fe.Pos.Line, fe.Field)
			}
		})
	}
	t.Run("header", func(t *testing.T) {
		dir := t.TempDir()
		os.WriteFile(filepath.Join(dir, TravelsFile), []byte(strings.Replace(string(orig), "locale", "place", 1)), 0o644)
		os.WriteFile(filepath.Join(dir, VisitsFile), visits, 0o644)
		_, err := Read(dir, newFakePlaces())
		var fe *kg.FieldError
		if !errors.As(err, &fe) || fe.Pos.Line != 1 || fe.Field != "header" {
			t.Errorf("err = %v", err)
		}
	})
}

func TestVisitType(t *testing.T) {
	for in, want := range map[string]string{
		"State visit; met with Chairman Mao Tse-tung and Premier Chou En-lai.": "state-visit",
		"Official Working Visit.":                                             "official-working-visit",
		"Met with President Clinton during a private visit.":                  "private-visit",
		"Offical visit.":                                                      "official-visit",
		"Official visit. Private visit to New York City and Greenwich.":       "official-visit",
		"Attended funeral of President Kennedy.":                              "",
		"Unofficial visit to Washington while attending UN General Assembly.": "unofficial-visit",
	} {
		if got := visitType(in); got != want {
			t.Errorf("visitType(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSplitLocale(t *testing.T) {
	for in, want := range map[string][]localePart{
		"Shanghai, Peking, Hangchow": {{name: "Shanghai"}, {name: "Peking"}, {name: "Hangchow"}},
		"Sydney (Nova Scotia), Campobello Island (New Brunswick)": {{name: "Sydney", paren: "Nova Scotia"},
			{name: "Campobello Island", paren: "New Brunswick"}},
		"Mexico, D.F., Puerto Vallarta": {{name: "Mexico City"}, {name: "Puerto Vallarta"}},
		"West Berlin":                   {{name: "Berlin"}},
		"Gdansk, Jurata Hel.":           {{name: "Gdansk"}, {name: "Jurata Hel"}},
		"":                              nil,
	} {
		if diff := cmp.Diff(want, splitLocale(in), cmp.AllowUnexported(localePart{})); diff != "" {
			t.Errorf("%q (-want +got):\n%s", in, diff)
		}
	}
}

// A surname alone is no alias of a person: it names every bearer of it. A regnal name
// borne with its title is, and so are full names.
func TestBareSurnameIsNoAlias(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"Prime Minister Tanaka", nil},
		{"President de Souza", nil},
		{"King Olaf", []string{"Olaf"}},
		{"Sultan Omar Ali", []string{"Omar Ali"}},
		{"Chancellor Anna Weber", []string{"Anna Weber"}},
		{"Amir Sheikh Karim", []string{"Karim", "Sheikh Karim"}},
	} {
		vs := parseVisitor(c.in)
		if len(vs) != 1 {
			t.Fatalf("%q: %d people", c.in, len(vs))
		}
		if got := slices.Compact(personAliases(vs[0])); !slices.Equal(got, c.want) {
			t.Errorf("%q: aliases %q, want %q", c.in, got, c.want)
		}
	}
	res := readFixtures(t)
	if a := entity(t, res, "person:de:adenauer").Aliases; slices.Contains(a, "Adenauer") {
		t.Errorf("person:de:adenauer has the bare surname as an alias: %q", a)
	}
}
