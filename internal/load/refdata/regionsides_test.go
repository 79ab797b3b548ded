package refdata

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/amity-graph/amity/internal/kg"
	"github.com/google/go-cmp/cmp"
)

// readWithTwins reads the fixture's countries and gazetteer with made-up twin rows.
func readWithTwins(t *testing.T, twins string) *Result {
	t.Helper()
	dir := t.TempDir()
	for _, f := range []string{CountryCodesFile, WorldCitiesFile, GeoNamesFile} {
		data, err := os.ReadFile(filepath.Join(fixture, f))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, f), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	head := "city1,country1,lat1,lng1,city2,country2,lat2,lng2\n"
	if err := os.WriteFile(filepath.Join(dir, TwinCitiesFile), []byte(head+twins), 0o644); err != nil {
		t.Fatal(err)
	}
	res, err := Read(dir)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// A bare name that no place of the country has, but a region does, is the region.
func TestRegionSides(t *testing.T) {
	res := readWithTwins(t, `Hokkaido,Japan,43.2,142.8,Chicago,United States,41.8781,-87.6298
Illinois,United States,40.0,-89.0,Sapporo,Japan,43.0621,141.3544
Tokyo,Japan,35.6762,139.6503,Chicago,United States,41.8781,-87.6298
Tiexi,China,41.8028,123.3478,Sapporo,Japan,43.0621,141.3544
Tiexi (Shenyang),China,41.8028,123.3478,Tokyo,Japan,35.6762,139.6503
Tiexi,China,30.0,110.0,Chicago,United States,41.8781,-87.6298
Macau,China,22.19,113.54,Sapporo,Japan,43.0621,141.3544
Hepstedt,Germany,53.2603,9.0836,Tokyo,Japan,35.6762,139.6503
`)
	want := []string{
		"city:us:chicago region:jp:hokkaido",       // a first-level region of the country
		"city:jp:sapporo region:us:illinois",       // ... whatever the row's coordinates
		"city:jp:tokyo city:us:chicago",            // Tokyo is a prefecture and a city: the city
		"city:jp:sapporo region:cn:shenyang:tiexi", // the district a later row writes "Tiexi (Shenyang)"
		"city:jp:tokyo region:cn:shenyang:tiexi",
		"city:cn:tiexi city:us:chicago",   // a Tiexi far from that district stays a city of its own
		"city:jp:sapporo region:cn:macao", // a region world-cities files as a country of its own
		"city:de:hepstedt city:jp:tokyo",  // no region of the name: a twin-only city, as before
	}
	slices.Sort(want)
	got := relations(res, kg.PartnerOf)
	slices.Sort(got)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("PARTNER_OF (-want +got):\n%s", diff)
	}
	if len(res.Unresolved) != 1 { // world-cities' Kosovo row
		t.Errorf("unresolved: %+v", res.Unresolved)
	}
	for _, id := range []string{"city:jp:hokkaido", "city:us:illinois", "city:cn:macau"} {
		if _, ok := res.KindOf(id); ok {
			t.Errorf("%s is in the graph beside its region", id)
		}
	}
	macao := entity(t, res, "region:cn:macao")
	if macao.Kind != kg.Region || macao.Name != "Macao" || !slices.Contains(macao.Aliases, "Macau") {
		t.Errorf("region:cn:macao: %+v", macao)
	}
	if hk := entity(t, res, "region:jp:hokkaido"); hk.Props["regionType"] != "prefecture" || !slices.Contains(hk.Sources, SourceTwinCities) {
		t.Errorf("region:jp:hokkaido: %+v", hk)
	}
	if n := res.Stats["twinRegionSidesByName"]; n != 4 {
		t.Errorf("twinRegionSidesByName = %d, want 4", n)
	}
	if n := res.Stats["twinOnlyCities"]; n != 2 {
		t.Errorf("twinOnlyCities = %d, want 2 (Tiexi far away, Hepstedt)", n)
	}
	validate(t, res)
}

// "X County" in a country of states is a county, not the state X: a Region of its own,
// in the state only where the row puts it there; "X Prefecture" is still the prefecture.
func TestCountyIsNotItsState(t *testing.T) {
	res := readWithTwins(t, `Illinois County,United States,41.9,-87.7,Sapporo,Japan,43.0621,141.3544
Ohio County,United States,37.0,-120.0,Tokyo,Japan,35.6762,139.6503
Chiba Prefecture,Japan,35.6,140.1,Chicago,United States,41.8781,-87.6298
`)
	want := []string{
		"city:jp:sapporo region:us:illinois-county",
		"city:jp:tokyo region:us:ohio-county",
		"city:us:chicago region:jp:chiba",
	}
	got := relations(res, kg.PartnerOf)
	slices.Sort(got)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("PARTNER_OF (-want +got):\n%s", diff)
	}
	in := relations(res, kg.InRegion)
	if !slices.Contains(in, "region:us:illinois-county region:us:illinois") {
		t.Errorf("Illinois County is not IN_REGION Illinois: %q", in)
	}
	for _, r := range in {
		if strings.HasPrefix(r, "region:us:ohio-county ") {
			t.Errorf("Ohio County, placed far from Ohio, is in a region: %q", r)
		}
	}
	for _, id := range []string{"region:us:illinois", "region:us:ohio"} {
		for _, e := range res.Entities {
			if e.ID == id && len(e.Aliases) > 0 {
				t.Errorf("%s has aliases %q", id, e.Aliases)
			}
		}
	}
}

// A council named after the city it surrounds ("Greater X" in Australia) is that city,
// with the council's name as an alias, when the city lies near the row; the fixture has
// no Australian city, so the rule is tried on the United States.
func TestCouncilAreaIsItsCity(t *testing.T) {
	councilPrefixes["US"] = "Greater "
	defer delete(councilPrefixes, "US")
	res := readWithTwins(t, `Greater Chicago,United States,41.80,-87.75,Sapporo,Japan,43.0621,141.3544
Greater Cleveland,United States,47.0,-100.0,Tokyo,Japan,35.6762,139.6503
Greater Tokyo,Japan,35.6762,139.6503,Chicago,United States,41.8781,-87.6298
`)
	want := []string{
		"city:jp:greater-tokyo city:us:chicago", // the rule is the country's where councils are so named
		"city:jp:sapporo city:us:chicago",
		"city:jp:tokyo city:us:greater-cleveland", // no Cleveland near the row: a place of its own
	}
	got := relations(res, kg.PartnerOf)
	slices.Sort(got)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("PARTNER_OF (-want +got):\n%s", diff)
	}
	if a := entity(t, res, "city:us:chicago").Aliases; !slices.Contains(a, "Greater Chicago") {
		t.Errorf("city:us:chicago aliases %q lack Greater Chicago", a)
	}
}

// A documented fix turns one side, as the list writes it, into the place it means; the
// same name elsewhere is resolved as before.
func TestTwinFix(t *testing.T) {
	twinFixes = append(twinFixes, twinFix{name: "Cleveland", country: "United States", lat: 35.1, lon: -84.9,
		id: "region:us:cleveland-council", regionName: "Cleveland Council", in: "Ohio", why: "test"})
	defer func() { twinFixes = twinFixes[:len(twinFixes)-1] }()
	res := readWithTwins(t, `Cleveland,United States,35.1,-84.9,Sapporo,Japan,43.0621,141.3544
Cleveland,United States,41.5,-81.7,Tokyo,Japan,35.6762,139.6503
`)
	want := []string{"city:jp:sapporo region:us:cleveland-council", "city:jp:tokyo city:us:ohio:cleveland"}
	got := relations(res, kg.PartnerOf)
	slices.Sort(got)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("PARTNER_OF (-want +got):\n%s", diff)
	}
	if !slices.Contains(relations(res, kg.InRegion), "region:us:cleveland-council region:us:ohio") {
		t.Errorf("the fixed side is not IN_REGION its region: %q", relations(res, kg.InRegion))
	}
	if e := entity(t, res, "region:us:cleveland-council"); e.Name != "Cleveland Council" || !slices.Equal(e.Aliases, []string{"Cleveland"}) {
		t.Errorf("fixed side: %+v", e)
	}
}
