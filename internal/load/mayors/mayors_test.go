package mayors

import (
	"encoding/csv"
	"errors"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/amity-graph/amity/internal/kg"
	"github.com/amity-graph/amity/internal/load/refdata"
	"github.com/amity-graph/amity/internal/store"
	"github.com/amity-graph/amity/internal/write/writetest"
)

// fakePlaces knows a few real countries and GeoNames cities. Like refdata's, City
// looks within the country only, and lets the row's coordinates choose among namesakes.
type fakePlaces struct {
	countries map[string]string // kg.NormalizeName(name or code) -> iso2
	cities    []fakeCity
	asked     map[string]refdata.CityHint // iso2 + "|" + name -> the hint City was given
}

type fakeCity struct {
	id, iso2, name string
	lat, lon       float64
}

func newFakePlaces() *fakePlaces {
	f := &fakePlaces{countries: map[string]string{}, asked: map[string]refdata.CityHint{}}
	for iso2, name := range map[string]string{"IE": "Ireland", "ES": "Spain", "DE": "Germany", "VE": "Venezuela",
		"FR": "France", "RE": "Réunion"} {
		f.countries[kg.NormalizeName(name)] = iso2
		f.countries[kg.NormalizeName(iso2)] = iso2
	}
	// GeoNames cities1000: 2964574, 2509954, 3625549, 3129136, 2944388, 2923822, 2977663, 935582,
	// 2856500, 2862026, 2980916, 935264.
	f.cities = []fakeCity{
		{"city:ie:dublin", "IE", "Dublin", 53.33306, -6.24889},
		{"city:es:valencia", "ES", "Valencia", 39.47391, -0.37966},
		{"city:ve:valencia", "VE", "Valencia", 10.16153, -68.00044},
		{"city:es:avila", "ES", "Ávila", 40.65724, -4.69951},
		{"city:de:bremen", "DE", "Bremen", 53.07582, 8.80717},
		{"city:de:fulda", "DE", "Fulda", 50.55162, 9.67518},
		{"city:fr:saint-paul", "FR", "Saint-Paul", 45.3984, 4.22617},
		{"city:re:le-tampon", "RE", "Le Tampon", -21.2766, 55.51766},
		{"city:de:osterholz-scharmbeck", "DE", "Osterholz-Scharmbeck", 53.22659, 8.7923},
		{"city:de:norderstedt", "DE", "Norderstedt", 53.70177, 9.99328},
		{"city:fr:saint-denis", "FR", "Saint-Denis", 48.93564, 2.35387},
		{"city:re:saint-denis", "RE", "Saint-Denis", -20.88231, 55.4504},
	}
	return f
}

func (f *fakePlaces) Country(name string) (string, bool) {
	iso2, ok := f.countries[kg.NormalizeName(name)]
	return iso2, ok
}

func (f *fakePlaces) CountryByQID(string) (string, bool) { return "", false }

func (f *fakePlaces) City(iso2, name string, hint refdata.CityHint) (string, string, bool) {
	f.asked[iso2+"|"+name] = hint
	var cands []fakeCity
	for _, c := range f.cities {
		if c.iso2 == iso2 && kg.NormalizeName(c.name) == kg.NormalizeName(name) {
			cands = append(cands, c)
		}
	}
	switch {
	case len(cands) == 1:
		return cands[0].id, "", true
	case len(cands) == 0:
		return "", "unknown-city", false
	}
	if hint.HasCoord {
		for _, c := range cands {
			if km(c.lat, c.lon, hint.Lat, hint.Lon) < 30 {
				return c.id, "", true
			}
		}
	}
	return "", refdata.ReasonAmbiguousCity, false
}

func (f *fakePlaces) Nearest(iso2 string, lat, lon, maxKm float64) (string, bool) {
	best, bestKm := "", maxKm
	for _, c := range f.cities {
		if d := km(c.lat, c.lon, lat, lon); c.iso2 == iso2 && d <= bestKm {
			best, bestKm = c.id, d
		}
	}
	return best, best != ""
}

func km(lat1, lon1, lat2, lon2 float64) float64 {
	rad := math.Pi / 180
	a := math.Pow(math.Sin((lat2-lat1)*rad/2), 2) + math.Cos(lat1*rad)*math.Cos(lat2*rad)*math.Pow(math.Sin((lon2-lon1)*rad/2), 2)
	return 2 * 6371 * math.Asin(math.Sqrt(a))
}

type holding struct{ From, To, Title, Since string }

func TestReadFixture(t *testing.T) {
	places := newFakePlaces()
	res, err := Read("testdata", places)
	if err != nil {
		t.Fatal(err)
	}
	var got []holding
	for _, r := range res.Relations {
		got = append(got, holding{r.From, r.To, r.Props["title"].(string), r.Props["since"].(string)})
	}
	want := []holding{
		{"person:micheal-mac-donncha", "city:ie:dublin", "Mayor", "2017-06-26"},
		{"person:joan-ribo", "city:es:valencia", "Mayor", "2017"}, // the file: 2017-01-01
		{"person:jose-luis-rivas", "city:es:avila", "Mayor", "2015-05-24"},
		{"person:miguel-angel-garcia-nieto", "city:es:avila", "Mayor", "2002-07-31"},
		{"person:carsten-sieling", "city:de:bremen", "Mayor", "2015"},
		{"person:andre-thien-ah-koon", "city:re:le-tampon", "Mayor", "2014"}, // France, says Wikidata
		{"person:laurent-russier", "city:fr:saint-denis", "Mayor", "2014"},
		{"person:gilbert-annette", "city:re:saint-denis", "Mayor", "2014"}, // France too; not the one near Paris
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("relations (-want +got):\n%s", diff)
	}
	// Valencia is the Spanish one: looked up within Spain, with the row's coordinates.
	if h := places.asked["ES|Valencia"]; !h.HasCoord || math.Abs(h.Lat-39.4667) > 0.001 || math.Abs(h.Lon+0.375) > 0.001 {
		t.Errorf("Valencia was looked up with hint %+v", h)
	}
	if n, _ := res.Relations[1].Props["note"].(string); !strings.Contains(n, "2017-01-01") {
		t.Errorf("Valencia's note %q does not give the file's date", n)
	}
	if _, ok := res.Relations[0].Props["note"]; ok {
		t.Errorf("Dublin's exact date has a note: %v", res.Relations[0].Props)
	}

	wantPeople := []kg.Entity{
		{ID: "person:andre-thien-ah-koon", Kind: kg.Person, Name: "André Thien Ah Koon", Props: map[string]any{"wikidataId": "Q2848693", "birthYear": 1940},
			Sources: []string{SourceID}, Pos: kg.Pos{File: File, Line: 13}},
		{ID: "person:carsten-sieling", Kind: kg.Person, Name: "Carsten Sieling", Props: map[string]any{"wikidataId": "Q1045675", "birthYear": 1959},
			Sources: []string{SourceID}, Pos: kg.Pos{File: File, Line: 8}},
		{ID: "person:gilbert-annette", Kind: kg.Person, Name: "Gilbert Annette", Props: map[string]any{"wikidataId": "Q3105581", "birthYear": 1946},
			Sources: []string{SourceID}, Pos: kg.Pos{File: File, Line: 15}},
		{ID: "person:joan-ribo", Kind: kg.Person, Name: "Joan Ribó", Props: map[string]any{"wikidataId": "Q9012047", "birthYear": 1947},
			Sources: []string{SourceID}, Pos: kg.Pos{File: File, Line: 3}},
		{ID: "person:jose-luis-rivas", Kind: kg.Person, Name: "José Luis Rivas", Props: map[string]any{"wikidataId": "Q29366430", "birthYear": 1950},
			Sources: []string{SourceID}, Pos: kg.Pos{File: File, Line: 4}},
		{ID: "person:laurent-russier", Kind: kg.Person, Name: "Laurent Russier", Props: map[string]any{"wikidataId": "Q27976755", "birthYear": 1973},
			Sources: []string{SourceID}, Pos: kg.Pos{File: File, Line: 14}},
		{ID: "person:micheal-mac-donncha", Kind: kg.Person, Name: "Mícheál Mac Donncha", Props: map[string]any{"wikidataId": "Q41536567", "birthYear": 1965},
			Sources: []string{SourceID}, Pos: kg.Pos{File: File, Line: 2}},
		{ID: "person:miguel-angel-garcia-nieto", Kind: kg.Person, Name: "Miguel Ángel García Nieto", Props: map[string]any{"wikidataId": "Q13982821"},
			Sources: []string{SourceID}, Pos: kg.Pos{File: File, Line: 6}},
	}
	if diff := cmp.Diff(wantPeople, res.Entities); diff != "" {
		t.Errorf("people (-want +got):\n%s", diff)
	}

	type unres struct {
		Line   int
		Reason string
	}
	var gotUnres []unres
	for _, u := range res.Unresolved {
		gotUnres = append(gotUnres, unres{u.Line, u.Reason})
		if u.File != File || len(u.Row) != len(columns) || u.Detail == "" {
			t.Errorf("unresolved row %+v", u)
		}
	}
	wantUnres := []unres{{7, ReasonUnknownCountry}, {9, "unknown-city"}, {12, ReasonNoLabel}}
	if diff := cmp.Diff(wantUnres, gotUnres); diff != "" {
		t.Errorf("unresolved (-want +got):\n%s", diff)
	}

	wantStats := map[string]int{"rowsRead": 14, "imported": 8, "merged": 3, "unresolved": 3,
		"unresolved:" + ReasonUnknownCountry: 1, "unresolved:unknown-city": 1, "unresolved:" + ReasonNoLabel: 1,
		"people": 8, "sinceYearOnly": 5, "placedInOverseasPart": 2, "entities:Person": 8, "relations:HOLDS_POSITION": 8}
	if diff := cmp.Diff(wantStats, res.Stats); diff != "" {
		t.Errorf("stats (-want +got):\n%s", diff)
	}
	checkRecords(t, res)
}

// checkRecords holds the result to kg's rules and the loader's: every record valid and
// citing the source, no two relations with one key.
func checkRecords(t *testing.T, res *Result) {
	t.Helper()
	if len(res.Sources) != 1 || res.Sources[0].ID != SourceID {
		t.Errorf("sources %v", res.Sources)
	}
	writetest.Valid(t, store.Records{Sources: res.Sources, Entities: res.Entities, Relations: res.Relations}, SourceID)
}

// anyCity places every city of every country by its name alone, so that the whole file
// is imported and its merges and clashes can be counted.
type anyCity struct{ *fakePlaces }

func (anyCity) Country(name string) (string, bool) { return kg.Slug(name), true }
func (anyCity) City(iso2, name string, _ refdata.CityHint) (string, string, bool) {
	return "city:" + iso2 + ":" + kg.Slug(name), "", true
}
func (anyCity) Nearest(iso2 string, _, _, _ float64) (string, bool) {
	return "city:" + iso2 + ":somewhere", true
}

func TestReadRealFile(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "data", "reference")
	f, err := os.Open(filepath.Join(dir, File))
	if err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(f).ReadAll()
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	for _, places := range []refdata.Places{newFakePlaces(), anyCity{newFakePlaces()}} {
		res, err := Read(dir, places)
		if err != nil {
			t.Fatal(err)
		}
		s := res.Stats
		if s["rowsRead"] != len(rows)-1 {
			t.Errorf("rowsRead %d, the file has %d rows", s["rowsRead"], len(rows)-1)
		}
		if sum := s["imported"] + s["merged"] + s["unresolved"]; sum != s["rowsRead"] {
			t.Errorf("imported+merged+unresolved = %d, rowsRead %d", sum, s["rowsRead"])
		}
		if s["imported"] != len(res.Relations) || s["unresolved"] != len(res.Unresolved) {
			t.Errorf("imported %d of %d relations, unresolved %d of %d rows", s["imported"], len(res.Relations), s["unresolved"], len(res.Unresolved))
		}
		var valencia []string
		for _, r := range res.Relations {
			if r.From == "person:joan-ribo" {
				valencia = append(valencia, r.To)
			}
		}
		wantValencia := "city:es:valencia"
		if _, ok := places.(anyCity); ok {
			wantValencia = "city:spain:valencia"
		}
		if !cmp.Equal(valencia, []string{wantValencia}) {
			t.Errorf("Joan Ribó is mayor of %v", valencia)
		}
		checkRecords(t, res)
		if _, ok := places.(anyCity); ok {
			// With every city found, what stays unresolved is the data's own: mayors
			// Wikidata gives no name.
			for _, u := range res.Unresolved {
				if u.Reason != ReasonNoLabel {
					t.Errorf("line %d: %s (%s)", u.Line, u.Reason, u.Detail)
				}
			}
		}
	}
}

func TestReadBadFile(t *testing.T) {
	fixture, err := os.ReadFile(filepath.Join("testdata", File))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name, old, new string
		line           int
		field          string
	}{
		{"a start that is no day", ",2017-06-26,", ",2017-06,", 2, "start_date"},
		{"a mayor that is no item", "entity/Q9012047,", "entity/X9012047,", 3, "mayor"},
		{"a latitude out of range", ",-4.696222222,40.654347222,", ",-4.696222222,140.654347222,", 4, "city_lat"},
		{"a birth that is no date", ",1947-09-17,", ",17.9.1947,", 3, "birth"},
		{"a renamed column", "start_date", "startDate", 1, "start_date"},
		{"a quote left open", ",Dublin,", `,"Dublin,`, 2, "cityLabel"},
		{"a quote inside a bare field", ",Dublin,", `,Dub"lin,`, 2, "cityLabel"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if !strings.Contains(string(fixture), c.old) {
				t.Fatalf("fixture lacks %q", c.old)
			}
			dir := t.TempDir()
			data := strings.Replace(string(fixture), c.old, c.new, 1)
			if err := os.WriteFile(filepath.Join(dir, File), []byte(data), 0o644); err != nil {
				t.Fatal(err)
			}
			_, err := Read(dir, newFakePlaces())
			var fe *kg.FieldError
			if !errors.As(err, &fe) {
				t.Fatalf("got %v, want a *kg.FieldError", err)
			}
			want := kg.Pos{File: filepath.Join(dir, File), Line: c.line}
			if fe.Pos != want || fe.Field != c.field {
				t.Errorf("error at %v field %q, want %v field %q: %v", fe.Pos, fe.Field, want, c.field, err)
			}
		})
	}
}
