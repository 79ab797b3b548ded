package refdata

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// Made-up places: two prefectures of Japan (Kitano, 01; Minamiya, 02) and two states of
// the United States, whose cities bear each other's names.
const misleadingGazetteer = `101	Ostara	35.0	135.0	JP	01	500000	Ostara-shi|Old Ostara|Kitano|Morrow
102	Pellin	35.5	135.5	JP	01	30000	Ostara|Old Ostara|Minamiya|Namibia|Pellin-machi|Pellín|Bellin
103	Morrow	36.0	137.0	JP	02	2000	Morou
104	Crane	36.5	137.5	JP	02	100000	Bellin|Crane-shi
105	Quay	36.2	137.2	JP	02	3000	Minamiya
201	Springfield	40.0	-83.0	US	OH	100000	Sprinfild|Riverbend
202	Springfield	38.0	-97.0	US	KS	20000	Sprinfild|Capital City|Riverbend
203	Columbus	39.96	-83.0	US	OH	900000	Capital City|Kolumbus
204	Shelby	38.5	-98.0	US	KS	60000	Riverbend
`

const misleadingWorldCities = `name,country,subcountry,geonameid
Ostara,Japan,Kitano,101
Pellin,Japan,Kitano,102
Crane,Japan,Minamiya,104
Springfield,United States,Ohio,201
Springfield,United States,Kansas,202
Columbus,United States,Ohio,203
Shelby,United States,Kansas,204
`

// Twin rows that bring the towns Morrow and Quay into the graph, and one that names
// Pellin by an alias a bigger city also bears.
const misleadingTwins = `Morrow,Japan,36.0,137.0,Columbus,United States,39.96,-83.0
Quay,Japan,36.2,137.2,Shelby,United States,38.5,-98.0
Bellin,Japan,35.5,135.5,Ostara,Japan,35.0,135.0
`

func TestMisleadingAliases(t *testing.T) {
	dir := t.TempDir()
	copyFixture(t, dir, CountryCodesFile)
	for f, s := range map[string]string{
		GeoNamesFile:    gz(t, geonamesHeaderLine+misleadingGazetteer),
		WorldCitiesFile: misleadingWorldCities,
		TwinCitiesFile:  twinHeaderLine + misleadingTwins,
	} {
		if err := os.WriteFile(filepath.Join(dir, f), []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	res, err := Read(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		id, why string
		want    []string
	}{
		{"city:jp:ostara", "the biggest bearer keeps every name; its own prefecture's name; its historic name a smaller town bears",
			[]string{"Ostara-shi", "Old Ostara", "Kitano", "Morrow"}},
		{"city:jp:pellin", "a bigger city's name and alias, another prefecture, a country go; its own name folded and its own alias stay; the twin list's spelling comes back",
			[]string{"Pellin-machi", "Pellín", "Bellin"}},
		{"city:jp:crane", "bigger than Pellin, it keeps the alias they share",
			[]string{"Bellin", "Crane-shi"}},
		{"city:jp:morrow", "a town keeps its own name though a bigger city bears it as an alias",
			[]string{"Morou"}},
		{"city:jp:quay", "the name of the prefecture the town lies in, which no bigger place bears",
			[]string{"Minamiya"}},
		{"city:us:ohio:springfield", "a transliteration namesakes share; the biggest bearer of another name is smaller",
			[]string{"Sprinfild", "Riverbend"}},
		{"city:us:kansas:springfield", "the namesake's transliteration stays; the nickname and alias of places three times as big go",
			[]string{"Sprinfild"}},
		{"city:us:shelby", "a place of another name but not three times the people bears the alias too: both keep it",
			[]string{"Riverbend"}},
		{"city:us:columbus", "the biggest bearer",
			[]string{"Capital City", "Kolumbus"}},
	} {
		t.Run(tc.id, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, entity(t, res, tc.id).Aliases); diff != "" {
				t.Errorf("%s: %s (-want +got):\n%s", tc.id, tc.why, diff)
			}
		})
	}
	got := map[string]int{}
	for k, v := range res.Stats {
		if strings.HasPrefix(k, "geonamesAliasesDropped") || k == "worldCityAliasesDropped" {
			got[k] = v
		}
	}
	want := map[string]int{
		"geonamesAliasesDropped":              7,
		"geonamesAliasesDropped:country":      1,
		"geonamesAliasesDropped:other-region": 1,
		"geonamesAliasesDropped:bigger-place": 5,
		"worldCityAliasesDropped":             7,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("stats (-want +got):\n%s", diff)
	}
}
