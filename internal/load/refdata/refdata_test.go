package refdata

import (
	"bytes"
	"compress/gzip"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/amity-graph/amity/internal/kg"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

const fixture = "testdata/basic"

func readFixture(t *testing.T) *Result {
	t.Helper()
	res, err := Read(fixture)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func TestCountryNames(t *testing.T) {
	b := newBuilder()
	if err := b.readCountries(filepath.Join(fixture, CountryCodesFile)); err != nil {
		t.Fatal(err)
	}
	type got struct {
		OK                   bool
		ISO2, Region, UKPart string
	}
	for _, tc := range []struct {
		in   string
		want got
	}{
		{"South Korea", got{true, "KR", "", ""}},
		{"Korea, Republic of", got{true, "KR", "", ""}},
		{"Republic of Korea", got{true, "KR", "", ""}},
		{"China", got{true, "CN", "", ""}},
		{"Czech Republic", got{true, "CZ", "", ""}},
		{"Czechia", got{true, "CZ", "", ""}},
		{"United States", got{true, "US", "", ""}},
		{"United Kingdom", got{true, "GB", "", ""}},
		{"Namibia", got{true, "NA", "", ""}},
		{"Northern Ireland, United Kingdom", got{true, "GB", "", "Northern Ireland"}},
		{"England, United Kingdom", got{true, "GB", "", "England"}},
		{"Scotland", got{true, "GB", "", "Scotland"}},
		{"Wales", got{true, "GB", "", "Wales"}},
		{"Brandenburg, Germany", got{true, "DE", "Brandenburg", ""}},
		{"Kosovo", got{}},
		{"Northern Cyprus", got{}},
		{"", got{}},
	} {
		t.Run(tc.in, func(t *testing.T) {
			p, ok := b.resolveCountry(tc.in)
			if diff := cmp.Diff(tc.want, got{ok, p.iso2, p.region, p.ukPart}); diff != "" {
				t.Errorf("resolveCountry(%q) (-want +got):\n%s", tc.in, diff)
			}
		})
	}
}

func TestCountryRecord(t *testing.T) {
	res := readFixture(t)
	want := kg.Entity{ID: "country:na", Kind: kg.Country, Name: "Namibia", Aliases: []string{"Republic of Namibia"},
		Props:   map[string]any{"iso2": "NA", "iso3": "NAM", "isoNumeric": "516", "nameZh": "纳米比亚", "geonameId": 3355338},
		Sources: []string{SourceCountryCodes}, Pos: kg.Pos{File: CountryCodesFile, Line: 6}}
	if diff := cmp.Diff(want, entity(t, res, "country:na")); diff != "" {
		t.Errorf("Namibia (-want +got):\n%s", diff)
	}
	gb := entity(t, res, "country:gb")
	for _, a := range []string{"United Kingdom of Great Britain and Northern Ireland", "United Kingdom"} {
		if !slices.Contains(gb.Aliases, a) {
			t.Errorf("country:gb aliases %q lack %q", gb.Aliases, a)
		}
	}
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

func relations(res *Result, typ string) []string {
	var out []string
	for _, r := range res.Relations {
		if r.Type == typ {
			out = append(out, r.From+" "+r.To)
		}
	}
	return out
}

func TestFixturePartners(t *testing.T) {
	res := readFixture(t)
	want := []string{
		"city:cn:shenyang city:gb:belfast",           // "Northern Ireland, United Kingdom" is gb
		"city:cn:shenyang city:jp:sapporo",           // listed in both directions: one relation
		"city:cn:shenyang city:kr:daejeon",           // "South Korea" is kr
		"city:de:bavaria:friedberg city:us:chicago",  // "Friedberg, Bavaria" picks the Bavarian one
		"city:de:hepstedt city:jp:sapporo",           // not a world city: a twin-only city
		"city:de:koln city:jp:tokyo",                 // Cologne is Köln
		"city:de:neukolln city:gb:belfast",           // "Berlin – Neukölln"
		"city:de:neukolln city:jp:sapporo",           // "Neukölln (Berlin)"
		"city:gb:wales:newport city:us:chicago",      // the town of the gazetteer at the row's coordinates, not the world city
		"city:al:fier city:us:ohio:cleveland",        // Fier's partner is Cleveland, Ohio, where the row puts it
		"city:cn:shenyang city:jp:kanagawa:kawasaki", // three Kawasakis: the row's coordinates are Kanagawa's
		"city:jp:sapporo city:us:alabama:birmingham", // placed in England: Alabama\'s has nine times Michigan\'s people
		"city:us:chicago region:cn:shenyang:tiexi",   // a district
		"city:us:chicago region:jp:chiba",            // "Chiba Prefecture"
		"city:jp:setagaya region:cz:prague:prague-1",
		"city:de:oberdorf city:jp:sapporo", // placed where most rows put it
		"city:de:oberdorf city:jp:tokyo",
	}
	slices.Sort(want)
	got := relations(res, kg.PartnerOf)
	slices.Sort(got)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("PARTNER_OF (-want +got):\n%s", diff)
	}
	for _, r := range res.Relations {
		if r.Type == kg.PartnerOf {
			if diff := cmp.Diff(map[string]any{"partnership": "unspecified"}, r.Props); diff != "" {
				t.Errorf("%s props (-want +got):\n%s", r.From, diff)
			}
			if diff := cmp.Diff([]string{SourceTwinCities}, r.Sources); diff != "" {
				t.Errorf("%s sources (-want +got):\n%s", r.From, diff)
			}
			if r.From > r.To {
				t.Errorf("%s PARTNER_OF %s is not in canonical order", r.From, r.To)
			}
		}
	}
}

func TestFixtureUnresolved(t *testing.T) {
	res := readFixture(t)
	type u struct {
		File   string
		Line   int
		Reason string
	}
	want := []u{
		{WorldCitiesFile, 20, ReasonUnknownCountry},      // "No country found for alpha-2 code: XK"
		{TwinCitiesFile, 8, ReasonSelfPair},              // Chicago and Chicago
		{TwinCitiesFile, 9, ReasonUnknownCountry},        // Kosovo
		{TwinCitiesFile, 15, ReasonAmbiguousCity},        // a second Hepstedt 5° from the first
		{TwinCitiesFile, 19, ReasonAmbiguousCity},        // an Oberdorf 3° from where the other rows put it
		{TwinCitiesFile, 24, ReasonCoordinatesElsewhere}, // two Friedbergs of a size, and the row placed in Japan
	}
	var got []u
	for _, x := range res.Unresolved {
		got = append(got, u{x.File, x.Line, x.Reason})
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Fatalf("unresolved (-want +got):\n%s", diff)
	}
	friedberg := res.Unresolved[5]
	if diff := cmp.Diff([]string{"Friedberg", "Germany", "43.0621", "141.3544", "Tokyo", "Japan", "35.6762", "139.6503"}, friedberg.Row); diff != "" {
		t.Errorf("row (-want +got):\n%s", diff)
	}
	for _, c := range []string{"lie in JP, not DE", "city:de:bavaria:friedberg", "city:de:hesse:friedberg"} {
		if !strings.Contains(friedberg.Detail, c) {
			t.Errorf("detail %q does not say %s", friedberg.Detail, c)
		}
	}
}

func TestFixtureStats(t *testing.T) {
	res := readFixture(t)
	want := map[string]int{
		"twinRows": 23, "twinPairsImported": 17, "twinRowsMerged": 1, "twinRowsMerged:reverse-direction": 1,
		"twinUnresolved": 5, "twinUnresolved:ambiguous-city": 2, "twinUnresolved:self-pair": 1,
		"twinUnresolved:unknown-country": 1, "twinUnresolved:coordinates-elsewhere": 1, "countries": 9,
		"worldCityRows": 25, "worldCities": 24, "worldCityIdsQualified": 8, "worldCitiesWithoutCoordinates": 0,
		"geonamesRows": 28, "geonamesRowsUnknownCountry": 1, "geonamesTowns": 1, "twinSidesMatchedTown": 1,
		"twinSidesByCoordinates": 3, "twinSidesByPopulation": 1,
	}
	got := map[string]int{}
	for k := range want {
		got[k] = res.Stats[k]
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("stats (-want +got):\n%s", diff)
	}
}

func TestFixtureRecords(t *testing.T) {
	res := readFixture(t)
	for _, tc := range []struct {
		name string
		want kg.Entity
		some []string // aliases it must have among the gazetteer's; want.Aliases is then not compared
	}{
		{"district", kg.Entity{ID: "region:cn:shenyang:tiexi", Kind: kg.Region, Name: "Tiexi", Aliases: []string{"Tiexi (Shenyang)"},
			Props: map[string]any{"regionType": "district"}, Sources: []string{SourceTwinCities}, Pos: kg.Pos{File: TwinCitiesFile, Line: 6}}, nil},
		{"world city in every file", kg.Entity{ID: "city:cn:shenyang", Kind: kg.City, Name: "Shenyang",
			Props:   map[string]any{"geonameId": 2034937, "lat": 41.79222, "lon": 123.43278, "population": 7050000},
			Sources: []string{SourceWorldCities, SourceGeoNames, SourceTwinCities}, Pos: kg.Pos{File: WorldCitiesFile, Line: 2}},
			[]string{"沈阳", "瀋陽", "Mukden", "Moukden", "Feng-t'ien", "Шэньян", "선양"}},
		{"exonym", kg.Entity{ID: "city:de:koln", Kind: kg.City, Name: "Köln",
			Props:   map[string]any{"geonameId": 2886242, "lat": 50.93333, "lon": 6.95, "population": 1024621},
			Sources: []string{SourceWorldCities, SourceGeoNames, SourceTwinCities}, Pos: kg.Pos{File: WorldCitiesFile, Line: 17}},
			[]string{"Cologne", "Colonia Agrippina", "ケルン"}},
		{"town a twin row needs", kg.Entity{ID: "city:gb:wales:newport", Kind: kg.City, Name: "Newport",
			Props:   map[string]any{"geonameId": 2641596, "lat": 52.01667, "lon": -4.83333, "population": 851},
			Sources: []string{SourceGeoNames, SourceTwinCities}, Pos: kg.Pos{File: GeoNamesFile, Line: 11}},
			[]string{"Trefdraeth", "Newport, Pembrokeshire"}},
		{"twin-only city", kg.Entity{ID: "city:de:hepstedt", Kind: kg.City, Name: "Hepstedt",
			Props: map[string]any{"lat": 53.2603, "lon": 9.0836}, Sources: []string{SourceTwinCities}, Pos: kg.Pos{File: TwinCitiesFile, Line: 14}}, nil},
		{"twin-only city where most rows put it", kg.Entity{ID: "city:de:oberdorf", Kind: kg.City, Name: "Oberdorf",
			Props: map[string]any{"lat": 50.0, "lon": 8.0}, Sources: []string{SourceTwinCities}, Pos: kg.Pos{File: TwinCitiesFile, Line: 20}}, nil},
		{"same name in one country", kg.Entity{ID: "city:jp:fukuoka:kawasaki", Kind: kg.City, Name: "Kawasaki", Aliases: []string{"川崎", "川崎町"},
			Props:   map[string]any{"geonameId": 1859647, "lat": 33.59993, "lon": 130.81495, "population": 17324},
			Sources: []string{SourceWorldCities, SourceGeoNames}, Pos: kg.Pos{File: WorldCitiesFile, Line: 5}}, nil},
		{"UK constituent", kg.Entity{ID: "region:gb:northern-ireland", Kind: kg.Region, Name: "Northern Ireland",
			Props: map[string]any{"regionType": "country-part"}, Sources: []string{SourceWorldCities, SourceTwinCities}, Pos: kg.Pos{File: WorldCitiesFile, Line: 10}}, nil},
		{"numbered district", kg.Entity{ID: "region:cz:prague:prague-1", Kind: kg.Region, Name: "Prague 1",
			Props: map[string]any{"regionType": "district"}, Sources: []string{SourceTwinCities}, Pos: kg.Pos{File: TwinCitiesFile, Line: 18}}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := entity(t, res, tc.want.ID)
			var opts []cmp.Option
			if tc.some != nil {
				opts = append(opts, cmpopts.IgnoreFields(kg.Entity{}, "Aliases"))
				for _, a := range tc.some {
					if !slices.Contains(got.Aliases, a) {
						t.Errorf("aliases %q lack %q", got.Aliases, a)
					}
				}
			}
			if diff := cmp.Diff(tc.want, got, opts...); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
	for _, tc := range []struct{ typ, rel string }{
		{kg.PartOf, "region:cn:shenyang:tiexi city:cn:shenyang"},
		{kg.PartOf, "city:de:neukolln city:de:berlin"},
		{kg.PartOf, "city:jp:setagaya city:jp:tokyo"},
		{kg.PartOf, "region:cz:prague:prague-1 city:cz:prague"},
		{kg.InCountry, "region:cn:shenyang:tiexi country:cn"},
		{kg.InRegion, "city:gb:wales:newport region:gb:wales"},
		{kg.InCountry, "city:gb:wales:newport country:gb"},
		{kg.InRegion, "city:us:ohio:cleveland region:us:ohio"},
		{kg.InRegion, "city:cn:shenyang region:cn:liaoning"},
		{kg.InCountry, "city:cn:shenyang country:cn"},
		{kg.InCountry, "region:cn:liaoning country:cn"},
		{kg.InCountry, "city:de:hepstedt country:de"},
	} {
		if !slices.Contains(relations(res, tc.typ), tc.rel) {
			t.Errorf("no %s %s", tc.typ, tc.rel)
		}
	}
	validate(t, res)
}

// validate checks every record of a result against kg, and that every citation names
// one of the result's sources.
func validate(t *testing.T, res *Result) {
	t.Helper()
	srcs := map[string]bool{}
	for _, s := range res.Sources {
		if err := s.Validate(); err != nil {
			t.Error(err)
		}
		srcs[s.ID] = true
	}
	ids := map[string]bool{}
	bad := 0
	report := func(err error) {
		if bad++; bad <= 10 {
			t.Error(err)
		}
	}
	for _, e := range res.Entities {
		if ids[e.ID] {
			report(errors.New("entity " + e.ID + " is given twice"))
		}
		ids[e.ID] = true
		if err := e.Validate(); err != nil {
			report(err)
		}
		for _, s := range e.Sources {
			if !srcs[s] {
				report(errors.New(e.ID + " cites unknown " + s))
			}
		}
	}
	keys := map[string]bool{}
	for _, r := range res.Relations {
		if err := r.Validate(res.KindOf); err != nil {
			report(err)
		}
		k := r.From + " " + r.Type + " " + r.To
		if keys[k] {
			report(errors.New(k + " is given twice"))
		}
		keys[k] = true
		for _, s := range r.Sources {
			if !srcs[s] {
				report(errors.New(k + " cites unknown " + s))
			}
		}
	}
	if bad > 10 {
		t.Errorf("... and %d more problems", bad-10)
	}
}

func TestMalformed(t *testing.T) {
	for _, tc := range []struct {
		name, file, content string
		want                kg.Pos
		field               string
	}{
		{"wrong twin header", TwinCitiesFile, "city1,country1,lat1,lon1,city2,country2,lat2,lng2\n",
			kg.Pos{Line: 1}, "lng1"},
		{"missing country column", CountryCodesFile, "ISO3166-1-Alpha-2,ISO3166-1-Alpha-3\nJP,JPN\n",
			kg.Pos{Line: 1}, "ISO3166-1-numeric"},
		{"too few fields", WorldCitiesFile, "name,country,subcountry,geonameid\nTokyo,Japan,Tokyo,1850147\nSapporo,Japan,Hokkaido\n",
			kg.Pos{Line: 3}, "geonameid"},
		{"too many fields", WorldCitiesFile, "name,country,subcountry,geonameid\nTokyo,Japan,Tokyo,1850147,x\n",
			kg.Pos{Line: 2}, "column 5"},
		{"lat not a number", TwinCitiesFile, twinHeaderLine + "Shenyang,China,41.8,123.4,Sapporo,Japan,north,141.35\n",
			kg.Pos{Line: 2}, "lat2"},
		{"lng out of range", TwinCitiesFile, twinHeaderLine + "Shenyang,China,41.8,123.4,Sapporo,Japan,43.06,241.35\n",
			kg.Pos{Line: 2}, "lng2"},
		{"geonameid not a number", WorldCitiesFile, "name,country,subcountry,geonameid\nTokyo,Japan,Tokyo,tokyo\n",
			kg.Pos{Line: 2}, "geonameid"},
		{"stray quote", TwinCitiesFile, twinHeaderLine + "Shenyang,China,41.8,123.4,Sap\"poro,Japan,43.06,141.35\n",
			kg.Pos{Line: 2}, "city2"},
		{"gazetteer not gzip", GeoNamesFile, "geonameid\tname\n", kg.Pos{Line: 1}, ""},
		{"gazetteer header", GeoNamesFile, gz(t, "geonameid\tname\tlat\n"), kg.Pos{Line: 1}, "lon"},
		{"gazetteer lat", GeoNamesFile, gz(t, geonamesHeaderLine+"1850147\tTokyo\tnorth\t139.69\tJP\t40\t9733276\t東京\n"),
			kg.Pos{Line: 2}, "lat"},
		{"gazetteer too few fields", GeoNamesFile, gz(t, geonamesHeaderLine+"1850147\tTokyo\t35.68\t139.69\tJP\n"),
			kg.Pos{Line: 2}, "admin1"},
		{"bad alpha-2", CountryCodesFile, strings.Replace(readFile(t, filepath.Join(fixture, CountryCodesFile)), ",JP,JP,J,", ",JP,J1,J,", 1),
			kg.Pos{Line: 5}, colISO2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			for _, f := range []string{CountryCodesFile, WorldCitiesFile, TwinCitiesFile, GeoNamesFile} {
				content := readFile(t, filepath.Join(fixture, f))
				if f == tc.file {
					content = tc.content
				}
				if err := os.WriteFile(filepath.Join(dir, f), []byte(content), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			_, err := Read(dir)
			var fe *kg.FieldError
			if !errors.As(err, &fe) {
				t.Fatalf("Read: %v, want a *kg.FieldError", err)
			}
			want := &kg.FieldError{Pos: kg.Pos{File: filepath.Join(dir, tc.file), Line: tc.want.Line}, Field: tc.field}
			if diff := cmp.Diff(want, fe, cmp.FilterPath(func(p cmp.Path) bool { return p.Last().String() == ".Msg" }, cmp.Ignore())); diff != "" {
				t.Errorf("error %v (-want +got):\n%s", err, diff)
			}
			if !strings.Contains(err.Error(), tc.file+":") {
				t.Errorf("error %q does not name the file and line", err)
			}
		})
	}
}

var (
	twinHeaderLine     = strings.Join(twinHeader, ",") + "\n"
	geonamesHeaderLine = strings.Join(geonamesHeader, "\t") + "\n"
)

// gz is s gzip'd, as the gazetteer is shipped.
func gz(t *testing.T, s string) string {
	t.Helper()
	var buf bytes.Buffer
	w := gzip.NewWriter(&buf)
	if _, err := w.Write([]byte(s)); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestDeterministic(t *testing.T) {
	a, b := readFixture(t), readFixture(t)
	a.kinds, b.kinds = nil, nil
	a.gaz, b.gaz, a.Places, b.Places = nil, nil, nil, nil // the index behind Places, tested by its answers
	if diff := cmp.Diff(a, b, cmp.AllowUnexported(Result{})); diff != "" {
		t.Errorf("two reads differ (-first +second):\n%s", diff)
	}
}

// The memoized norm must agree with kg.NormalizeName, which the ids and matching rely on.
func TestNormIsKG(t *testing.T) {
	b := newBuilder()
	for _, s := range []string{"Békéscsaba", "St. John's", "Halle (Saale)", "Nəsimi", "Łódź", "Biel/Bienne", "  Xi'an ", "Ølstykke", "北京", ""} {
		if got, want := b.norm(s), kg.NormalizeName(s); got != want {
			t.Errorf("norm(%q) = %q, kg.NormalizeName gives %q", s, got, want)
		}
	}
}

func TestFixtureDataSets(t *testing.T) {
	want := []DataSetStats{
		{File: CountryCodesFile, Read: 9, Imported: 9, Unresolved: map[string]int{}},
		{File: WorldCitiesFile, Read: 25, Imported: 24, Unresolved: map[string]int{ReasonUnknownCountry: 1}},
		{File: GeoNamesFile, Read: 28, Imported: 1, Merged: 24, Unresolved: map[string]int{ReasonUnknownCountry: 1}},
		{File: TwinCitiesFile, Read: 23, Imported: 17, Merged: 1, Unresolved: map[string]int{
			ReasonAmbiguousCity: 2, ReasonSelfPair: 1, ReasonUnknownCountry: 1, ReasonCoordinatesElsewhere: 1}},
	}
	if diff := cmp.Diff(want, readFixture(t).DataSets(), cmpopts.IgnoreFields(DataSetStats{}, "Note")); diff != "" {
		t.Errorf("data sets (-want +got):\n%s", diff)
	}
}

// Parts hold every record once, and every relation comes after the entities it joins.
func TestFixtureParts(t *testing.T) {
	res := readFixture(t)
	ents, rels := res.Records()
	seen := map[string]bool{}
	var gotEnts, gotRels int
	var names []string
	for _, p := range res.Parts() {
		names = append(names, p.Name)
		for _, e := range p.Entities {
			seen[e.ID] = true
		}
		gotEnts += len(p.Entities)
		for _, r := range p.Relations {
			if !seen[r.From] || !seen[r.To] {
				t.Errorf("part %s: %s %s %s before its entities", p.Name, r.From, r.Type, r.To)
			}
		}
		gotRels += len(p.Relations)
	}
	if gotEnts != len(ents) || gotRels != len(rels) {
		t.Errorf("parts hold %d entities and %d relations, Records %d and %d", gotEnts, gotRels, len(ents), len(rels))
	}
	if diff := cmp.Diff([]string{"countries-regions", "cities-1", "relations"}, names); diff != "" {
		t.Errorf("parts (-want +got):\n%s", diff)
	}
}

// TestCountryName: the official short name names a country whose display name only
// shortens it; a formal style or a qualifier leaves the display name.
func TestCountryName(t *testing.T) {
	for _, c := range []struct{ cldr, official, want string }{
		{"Ruritania", "Ruritania and Grand Fenwick", "Ruritania and Grand Fenwick"}, // a joined land left off
		{"Ruritania & Fenwick", "Ruritania and Fenwick", "Ruritania and Fenwick"},   // "&"
		{"St. Ruritania", "Saint Ruritania", "Saint Ruritania"},                     // "St."
		{"St. Ruri & Grenadines", "Saint Ruri and the Grenadines", "Saint Ruri and the Grenadines"},
		{"Ruri & Fenwick", "Ruri and Fenwick Islands", "Ruri & Fenwick"}, // more than an abbreviation
		{"Ruritania", "Republic of Ruritania", "Ruritania"},              // a formal style
		{"Ruritania", "Ruritania Darussalam", "Ruritania"},               // likewise
		{"Ruritania", "Ruritania (Plurinational State of)", "Ruritania"}, // a qualifier
		{"Ruritania", "Ruritania and Fenwick, Kingdom of", "Ruritania"},  // likewise
		{"", "Ruritania", "Ruritania"},
		{"Ruritania", "", "Ruritania"},
	} {
		if got := countryName(c.cldr, c.official); got != c.want {
			t.Errorf("countryName(%q, %q) = %q, want %q", c.cldr, c.official, got, c.want)
		}
	}
}
