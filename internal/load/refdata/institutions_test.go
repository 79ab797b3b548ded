package refdata

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/amity-graph/amity/internal/kg"
	"github.com/google/go-cmp/cmp"
)

func TestIsInstitution(t *testing.T) {
	for name, want := range map[string]bool{
		"University of Northland":                true,
		"College of the Plains":                  true,
		"Institute for Advanced Things":          true,
		"Riverbend State University":             true,
		"Universidad de Mar Azul":                true,
		"Institut für Gartenbau":                 true,
		"University Park":                        false,
		"University":                             false,
		"College Station":                        false,
		"State College":                          false,
		"West University Place":                  false,
		"Ciudad Universitaria":                   false,
		"Universitäts- und Hansestadt Nordstadt": false,
		"Hospital de Órbigo":                     false,
		"Fort Collins":                           false,
	} {
		if got := isInstitution(name); got != want {
			t.Errorf("isInstitution(%q) = %v, want %v", name, got, want)
		}
	}
}

// TestInstitutionsNotCities: a gazetteer place and a world-cities row named as a body
// are no City; the row is reported, the towns beside it stay.
func TestInstitutionsNotCities(t *testing.T) {
	dir := t.TempDir()
	copyFixture(t, dir, CountryCodesFile, TwinCitiesFile)
	gz, err := os.ReadFile(filepath.Join(fixture, GeoNamesFile))
	if err != nil {
		t.Fatal(err)
	}
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		t.Fatal(err)
	}
	tsv, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	tsv = append(tsv, "90000001\tUniversity of Northland\t41.9\t-87.6\tUS\tIL\t50000\t\n"+
		"90000002\tRiverbend State University\t41.7\t-87.7\tUS\tIL\t3000\t\n"+
		"90000003\tCollege Heights\t41.6\t-87.8\tUS\tIL\t4000\t\n"...)
	var out bytes.Buffer
	zw := gzip.NewWriter(&out)
	if _, err := zw.Write(tsv); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, GeoNamesFile), out.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	wc, err := os.ReadFile(filepath.Join(fixture, WorldCitiesFile))
	if err != nil {
		t.Fatal(err)
	}
	wc = append(wc, "University of Northland,United States,Illinois,90000001\nCollege Heights,United States,Illinois,90000003\n"...)
	if err := os.WriteFile(filepath.Join(dir, WorldCitiesFile), wc, 0o644); err != nil {
		t.Fatal(err)
	}
	res, err := Read(dir)
	if err != nil {
		t.Fatal(err)
	}
	var cities []string
	for _, e := range res.Entities {
		if g, _ := e.Props["geonameId"].(int); e.Kind == kg.City && g >= 90000000 {
			cities = append(cities, e.ID)
		}
	}
	if diff := cmp.Diff([]string{"city:us:college-heights"}, cities); diff != "" {
		t.Errorf("cities (-want +got):\n%s", diff)
	}
	var reported []string
	for _, u := range res.Unresolved {
		if u.Reason == ReasonNotAPlace {
			reported = append(reported, u.File+" "+u.Row[0])
		}
	}
	if diff := cmp.Diff([]string{WorldCitiesFile + " University of Northland"}, reported); diff != "" {
		t.Errorf("reported (-want +got):\n%s", diff)
	}
	if n := res.Stats["geonamesInstitutions"]; n != 2 {
		t.Errorf("geonamesInstitutions = %d, want 2", n)
	}
	if _, _, ok := res.Places.City("US", "University of Northland", CityHint{}); ok {
		t.Error("Places finds the institution as a city")
	}
}

// copyFixture copies files of the fixture into dir.
func copyFixture(t *testing.T, dir string, files ...string) {
	t.Helper()
	for _, f := range files {
		data, err := os.ReadFile(filepath.Join(fixture, f))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, f), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
