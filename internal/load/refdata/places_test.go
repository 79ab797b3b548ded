package refdata

import (
	"sync"
	"testing"

	"github.com/amity-graph/amity/internal/kg"
	"github.com/google/go-cmp/cmp"
)

// The answers other importers rely on, from the real reference data.
func TestRealPlacesCity(t *testing.T) {
	p := readReal(t).Places
	type answer struct {
		ID, Reason string
		OK         bool
	}
	for _, tc := range []struct {
		iso2, name string
		hint       CityHint
		want       answer
	}{
		{"CN", "Mukden", CityHint{}, answer{"city:cn:shenyang", "", true}},
		{"CN", "沈阳", CityHint{}, answer{"city:cn:shenyang", "", true}},
		{"CN", "瀋陽", CityHint{}, answer{"city:cn:shenyang", "", true}},
		{"cn", "shenyang", CityHint{}, answer{"city:cn:shenyang", "", true}},
		{"CN", "Peking", CityHint{}, answer{"city:cn:beijing", "", true}},
		{"CN", "Hangchow", CityHint{}, answer{"city:cn:hangzhou", "", true}},
		{"CN", "Canton", CityHint{}, answer{"city:cn:guangzhou", "", true}},
		{"CN", "Soochow", CityHint{Region: "Jiangsu"}, answer{"city:cn:jiangsu:suzhou", "", true}},
		{"CN", "Suzhou", CityHint{Region: "Jiangsu"}, answer{"city:cn:jiangsu:suzhou", "", true}},
		{"CN", "Suzhou", CityHint{Region: "Anhui"}, answer{"city:cn:anhui:suzhou", "", true}},
		{"CN", "Suzhou", CityHint{}, answer{"", ReasonAmbiguousCity, false}}, // 6.7 and 1.6 million people
		{"US", "Cleveland", CityHint{Lat: 41.5, Lon: -81.7, HasCoord: true}, answer{"city:us:ohio:cleveland", "", true}},
		{"US", "Cleveland", CityHint{Region: "Tennessee"}, answer{"city:us:tennessee:cleveland", "", true}},
		{"US", "Cleveland", CityHint{}, answer{"", ReasonAmbiguousCity, false}},
		{"DE", "Frankfurt", CityHint{}, answer{"city:de:frankfurt-am-main", "", true}}, // ten times Frankfurt (Oder)
		{"US", "New York", CityHint{}, answer{"city:us:new-york-city", "", true}},
		{"ES", "Valencia", CityHint{}, answer{"city:es:valencia", "", true}},
		{"JP", "Hamamatsu", CityHint{}, answer{"city:jp:hamamatsu", "", true}},
		{"JP", "Sasebo", CityHint{}, answer{"city:jp:sasebo", "", true}},
		{"CN", "Atlantis", CityHint{}, answer{"", ReasonUnknownCity, false}},
		// Tokyo's ward Kita is 400 km from a point in Osaka's Kita: the name places nothing there.
		{"JP", "Kita", CityHint{Lat: 34.697, Lon: 135.502, HasCoord: true}, answer{"", ReasonNameElsewhere, false}},
		{"JP", "Kita", CityHint{}, answer{"city:jp:kita", "", true}},
		{"XK", "Pristina", CityHint{}, answer{"", ReasonUnknownCountry, false}},
		{"CN", "!!", CityHint{}, answer{"", ReasonBadName, false}},
	} {
		t.Run(tc.iso2+"/"+tc.name+"/"+tc.hint.Region, func(t *testing.T) {
			id, reason, ok := p.City(tc.iso2, tc.name, tc.hint)
			if diff := cmp.Diff(tc.want, answer{id, reason, ok}); diff != "" {
				t.Errorf("City(%q, %q, %+v) (-want +got):\n%s", tc.iso2, tc.name, tc.hint, diff)
			}
		})
	}
}

func TestRealPlacesCountry(t *testing.T) {
	p := readReal(t).Places
	for name, want := range map[string]string{
		"South Korea": "KR", "Korea, Republic of": "KR", "Korea, South": "KR", "Korea, North": "KP",
		"China, People's Republic of": "CN", "China, People’s Republic of": "CN", "People's Republic of China": "CN",
		"Republic of China": "TW", "China, Republic of": "TW", "China": "CN", "Taiwan": "TW",
		"KR": "KR", "kor": "KR", "CHN": "CN", "US": "US", "USA": "US", "United States": "US",
		"The Gambia": "GM", "St. Kitts and Nevis": "KN", "Burma (Myanmar)": "MM", "Dahomey (Benin)": "BJ",
		"France (Provisional Government)": "FR", "United Kingdom (Wales)": "GB", "Bosnia-Herzegovina": "BA",
		"Congo, Democratic Republic of": "CD", "Democratic Republic of the Congo (Zaire)": "CD", "Czechia": "CZ",
		"Namibia": "NA",
		// no ISO 3166 country
		"U.S.S.R.": "", "Yugoslavia": "", "Kosovo": "", "Korea": "", "": "", "Brandenburg, Germany": "",
	} {
		got, ok := p.Country(name)
		if got != want || ok != (want != "") {
			t.Errorf("Country(%q) = %q, %v; want %q", name, got, ok, want)
		}
	}
	for qid, want := range map[string]string{"Q148": "CN", "Q865": "TW", "Q884": "KR", "Q30": "US", "http://www.wikidata.org/entity/Q17": "JP", "Q1": ""} {
		got, ok := p.CountryByQID(qid)
		if got != want || ok != (want != "") {
			t.Errorf("CountryByQID(%q) = %q, %v; want %q", qid, got, ok, want)
		}
	}
}

// A town of the gazetteer that no twin row needs enters the graph once an importer asks
// for it, with where it lies; Records holds it, Entities (Read's answer) does not.
func TestRealPlacesRecords(t *testing.T) {
	res, err := Read(referenceDir) // its own: Records depends on what was asked
	if err != nil {
		t.Fatal(err)
	}
	const town = "city:cn:yeniugou" // a village in Qinghai no twin row names
	if _, ok := res.KindOf(town); ok {
		t.Fatalf("%s is in the graph before anyone asked for it", town)
	}
	ents, rels := res.Records()
	if len(ents) != len(res.Entities) || len(rels) != len(res.Relations) {
		t.Fatalf("Records before any question: %d entities and %d relations, want Read's %d and %d", len(ents), len(rels), len(res.Entities), len(res.Relations))
	}
	var wg sync.WaitGroup
	for range 4 { // importers may ask at once
		wg.Go(func() {
			id, ok := res.Places.Nearest("CN", 38.43, 99.52, 5)
			if !ok || id != town {
				t.Errorf("Nearest = %q, %v; want %s", id, ok, town)
			}
			if id, _, ok := res.Places.City("CN", "野牛沟", CityHint{}); !ok || id != town {
				t.Errorf("City(野牛沟) = %q, %v; want %s", id, ok, town)
			}
			if iso, ok := res.Places.Country("China, People's Republic of"); !ok || iso != "CN" {
				t.Errorf("Country = %q, %v", iso, ok)
			}
		})
	}
	wg.Wait()
	ents, rels = res.Records()
	if len(ents) != len(res.Entities)+1 {
		t.Fatalf("Records after the question: %d entities, want %d", len(ents), len(res.Entities)+1)
	}
	want := kg.Entity{ID: town, Kind: kg.City, Name: "Yeniugou", Aliases: []string{"Yeh-niu-Kou", "Yeniugou Xiang", "野牛沟", "野牛沟乡"},
		Props:   map[string]any{"geonameId": 1279587, "lat": 38.42731, "lon": 99.51866, "population": 2747},
		Sources: []string{SourceGeoNames}, Pos: kg.Pos{File: GeoNamesFile, Line: 32296}}
	if diff := cmp.Diff(want, entity(t, &Result{Entities: ents}, town)); diff != "" {
		t.Errorf("town record (-want +got):\n%s", diff)
	}
	var in []string
	for _, r := range rels {
		if r.From == town {
			in = append(in, r.Type+" "+r.To)
		}
	}
	if diff := cmp.Diff([]string{"IN_COUNTRY country:cn", "IN_REGION region:cn:qinghai"}, in); diff != "" {
		t.Errorf("where %s lies (-want +got):\n%s", town, diff)
	}
}

// A place found only by a looser form of the name ("Chicago City" for Chicago, as
// "Texas" finds Texas City) must lie near coordinates the caller gives; without them the
// name alone may still find it.
func TestLooseNameMustLieNearTheCoordinates(t *testing.T) {
	p := readFixture(t).Places
	type answer struct {
		ID, Reason string
		OK         bool
	}
	for _, tc := range []struct {
		name string
		hint CityHint
		want answer
	}{
		{"Chicago City", CityHint{Lat: 41.9, Lon: -87.7, HasCoord: true}, answer{"city:us:chicago", "", true}},
		{"Chicago City", CityHint{Lat: 41.3, Lon: -88.3, HasCoord: true}, answer{"", ReasonNameElsewhere, false}}, // 80 km away
		{"Chicago City", CityHint{}, answer{"city:us:chicago", "", true}},
		{"Chicago", CityHint{Lat: 41.3, Lon: -88.3, HasCoord: true}, answer{"city:us:chicago", "", true}}, // its own name: the one place of it
	} {
		id, reason, ok := p.City("US", tc.name, tc.hint)
		if diff := cmp.Diff(tc.want, answer{id, reason, ok}); diff != "" {
			t.Errorf("City(%q, %+v) (-want +got):\n%s", tc.name, tc.hint, diff)
		}
	}
}

// Metropolis is the city that dominates the place nearest to a point (Setagaya lies in
// Tokyo's shadow); IsRegion tells a first-level region's name from a city's.
func TestMetropolisAndIsRegion(t *testing.T) {
	g := readFixture(t).Places.(*gazetteer)
	if id, ok := g.Metropolis("JP", 35.645, 139.650, 15); !ok || id != "city:jp:tokyo" {
		t.Errorf("Metropolis near Setagaya = %q, %v; want city:jp:tokyo", id, ok)
	}
	if id, ok := g.Metropolis("JP", 35.690, 139.692, 15); ok {
		t.Errorf("Metropolis at Tokyo itself = %q: the nearest place is the metropolis", id)
	}
	if id, ok := g.Metropolis("US", 41.3, -88.3, 15); ok {
		t.Errorf("Metropolis with no place within 15 km = %q", id)
	}
	for name, want := range map[string]bool{"Illinois": true, "illinois": true, "Chicago": false, "": false} {
		if got := g.IsRegion("US", name); got != want {
			t.Errorf("IsRegion(US, %q) = %v", name, got)
		}
	}
}
