package refdata

import (
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/amity-graph/amity/internal/kg"
	"github.com/google/go-cmp/cmp"
)

// referenceDir holds the data sets the project ships.
const referenceDir = "../../../data/reference"

var (
	realOnce sync.Once
	realRes  *Result
	realErr  error
)

func readReal(t testing.TB) *Result {
	t.Helper()
	realOnce.Do(func() { realRes, realErr = Read(referenceDir) })
	if realErr != nil {
		t.Fatal(realErr)
	}
	return realRes
}

func TestRealCounts(t *testing.T) {
	res := readReal(t)
	want := map[string]int{
		"countryRows": 249, "countries": 249,
		"worldCityRows": 34032, "worldCities": 34011, "worldCityIdsQualified": 1971,
		"twinRows": 25917, "twinPairsImported": 23112, "twinRowsMerged": 1572,
		"twinUnresolved": 1233, "twinUnresolved:ambiguous-city": 1105,
		"twinUnresolved:unknown-country": 125, "twinUnresolved:self-pair": 3,
		"relations:PARTNER_OF": 23112,
	}
	got := map[string]int{}
	for k := range want {
		got[k] = res.Stats[k]
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("stats (-want +got):\n%s", diff)
	}
	// Every twin row is accounted for: imported, merged into a pair already imported, or reported.
	s := res.Stats
	if s["twinPairsImported"]+s["twinRowsMerged"]+s["twinUnresolved"] != s["twinRows"] {
		t.Errorf("imported %d + merged %d + unresolved %d != %d rows",
			s["twinPairsImported"], s["twinRowsMerged"], s["twinUnresolved"], s["twinRows"])
	}
	twin := 0
	for _, u := range res.Unresolved {
		if u.File == TwinCitiesFile {
			twin++
		}
	}
	if twin != s["twinUnresolved"] {
		t.Errorf("%d unresolved twin rows listed, stats say %d", twin, s["twinUnresolved"])
	}
	// world-cities.csv lists Kosovo's cities under a country it cannot name.
	if n := len(res.Unresolved) - twin; n != 21 {
		t.Errorf("%d unresolved world-cities rows, want 21", n)
	}
}

func TestRealShenyangSapporo(t *testing.T) {
	res := readReal(t)
	n := 0
	for _, r := range res.Relations {
		if r.Type == kg.PartnerOf && r.From == "city:cn:shenyang" && r.To == "city:jp:sapporo" {
			n++
		}
		if r.Type == kg.PartnerOf && r.From == "city:jp:sapporo" && r.To == "city:cn:shenyang" {
			t.Errorf("PARTNER_OF stored against its canonical order: %+v", r)
		}
	}
	if n != 1 {
		t.Errorf("city:cn:shenyang PARTNER_OF city:jp:sapporo %d times, want once", n)
	}
}

// The curated facts name well-known cities city:<iso2>:<slug(English name)>. Where
// world-cities.csv has two cities of that name in the country, neither gets that id:
// this test records which do and which do not.
func TestRealWellKnownCities(t *testing.T) {
	res := readReal(t)
	want := map[string][]string{
		"shenyang":   {"city:cn:shenyang"},
		"sapporo":    {"city:jp:sapporo"},
		"hamamatsu":  {"city:jp:hamamatsu"},
		"sasebo":     {"city:jp:sasebo"},
		"kawasaki":   {"city:jp:fukuoka:kawasaki", "city:jp:kanagawa:kawasaki"}, // no city:jp:kawasaki
		"chicago":    {"city:us:chicago"},
		"daejeon":    {"city:kr:daejeon"},
		"incheon":    {"city:kr:incheon"},
		"belfast":    {"city:gb:belfast"},
		"bekescsaba": {"city:hu:bekescsaba"},
		"tokyo":      {"city:jp:tokyo"},
		"toyama":     {"city:jp:toyama"},
	}
	country := map[string]string{"shenyang": "cn", "chicago": "us", "daejeon": "kr", "incheon": "kr", "belfast": "gb", "bekescsaba": "hu"}
	got := map[string][]string{}
	for _, e := range res.Entities {
		if e.Kind != kg.City {
			continue
		}
		parts := strings.Split(e.ID, ":")
		name := parts[len(parts)-1]
		if len(parts) == 5 { // city:<iso2>:<sub>:<name>:<geonameid>
			name = parts[3]
		}
		if _, ok := want[name]; !ok {
			continue
		}
		if c, ok := country[name]; (ok && parts[1] == c) || (!ok && parts[1] == "jp") {
			got[name] = append(got[name], e.ID)
		}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("ids of well-known cities (-want +got):\n%s", diff)
	}
	for _, id := range []string{"region:jp:toyama", "region:jp:iwate", "region:cn:liaoning", "region:cn:shenyang:tiexi", "country:na"} {
		if _, ok := res.KindOf(id); !ok {
			t.Errorf("no %s", id)
		}
	}
}

func TestRealRecordsValidate(t *testing.T) {
	res := readReal(t)
	validate(t, res)
	// A region the curated facts also declare must agree with them on its type.
	for id, rt := range map[string]string{"region:cn:liaoning": "province", "region:jp:toyama": "prefecture", "region:jp:iwate": "prefecture"} {
		if got := entity(t, res, id).Props["regionType"]; got != rt {
			t.Errorf("%s regionType %v, want %s", id, got, rt)
		}
	}
}

func TestRealDeterministic(t *testing.T) {
	a := readReal(t)
	b, err := Read(referenceDir)
	if err != nil {
		t.Fatal(err)
	}
	digest := func(r *Result) []string {
		var out []string
		for _, e := range r.Entities {
			out = append(out, e.ID+" "+e.Name+" "+strings.Join(e.Aliases, "|")+" "+strings.Join(e.Sources, "|"))
		}
		for _, x := range r.Relations {
			out = append(out, x.From+" "+x.Type+" "+x.To+" "+x.Pos.String())
		}
		for _, u := range r.Unresolved {
			out = append(out, u.Reason+" "+u.Detail)
		}
		return out
	}
	da, db := digest(a), digest(b)
	if !slices.Equal(da, db) {
		t.Errorf("two reads differ (-first +second):\n%s", cmp.Diff(da, db))
	}
}

// asciiSlug stands in for kg.Slug on ASCII names; it must give the same ids.
func TestRealASCIISlugIsKG(t *testing.T) {
	names := map[string]bool{"St. John's": true, "a`b": true, "  x--y  ": true, "A&B": true, "\tTab": true, "Ümlaut": true}
	for _, f := range []string{WorldCitiesFile, TwinCitiesFile, CountryCodesFile} {
		tb, err := readTable(filepath.Join(referenceDir, f), nil, false)
		if err != nil {
			t.Fatal(err)
		}
		for _, row := range tb.rows {
			for _, v := range row {
				names[v] = true
			}
		}
	}
	n := 0
	for s := range names {
		got, ok := asciiSlug(s)
		if !ok {
			continue
		}
		n++
		if want := kg.Slug(s); got != want {
			t.Errorf("asciiSlug(%q) = %q, kg.Slug gives %q", s, got, want)
		}
	}
	if n < 40000 {
		t.Errorf("only %d ASCII names checked", n)
	}
}

func BenchmarkRead(b *testing.B) {
	for b.Loop() {
		if _, err := Read(referenceDir); err != nil {
			b.Fatal(err)
		}
	}
}
