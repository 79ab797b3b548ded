package pocom

import (
	"encoding/csv"
	"errors"
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

// fakePlaces knows a few real countries by their names and codes; it finds no city.
type fakePlaces map[string]string // kg.NormalizeName(name or code) -> iso2

func newFakePlaces() fakePlaces {
	f := fakePlaces{}
	for iso2, names := range map[string][]string{
		"JP": {"Japan"}, "CN": {"China", "People's Republic of China"}, "PH": {"Philippines"},
		"AL": {"Albania"}, "KR": {"South Korea", "Korea, Republic of"}, "CR": {"Costa Rica"},
	} {
		for _, n := range append(names, iso2) {
			f[kg.NormalizeName(n)] = iso2
		}
	}
	return f
}

func (f fakePlaces) Country(name string) (string, bool) {
	iso2, ok := f[kg.NormalizeName(name)]
	return iso2, ok
}
func (f fakePlaces) CountryByQID(string) (string, bool) { return "", false }
func (f fakePlaces) City(string, string, refdata.CityHint) (string, string, bool) {
	return "", "unknown-city", false
}
func (f fakePlaces) Nearest(string, float64, float64, float64) (string, bool) { return "", false }

// everyName takes every name for a country of its own, so that the whole file is
// imported and the relations' keys can be checked over all of it.
type everyName struct{ fakePlaces }

func (everyName) Country(name string) (string, bool) { return kg.Slug(name), true }

type holding struct {
	From, To, Title, Appointed, Since, Until string
}

func holdings(rels []kg.Relation) []holding {
	var out []holding
	for _, r := range rels {
		s := func(k string) string { v, _ := r.Props[k].(string); return v }
		out = append(out, holding{r.From, r.To, s("title"), s("appointed"), s("since"), s("until")})
	}
	return out
}

const (
	ambassador = "Ambassador Extraordinary and Plenipotentiary"
	envoy      = "Envoy Extraordinary and Minister Plenipotentiary"
)

func TestReadFixture(t *testing.T) {
	res, err := Read("testdata", newFakePlaces())
	if err != nil {
		t.Fatal(err)
	}
	want := []holding{
		{"person:hart-charles-calmer", "country:al", envoy, "1925-05-27", "1925-08-01", "1928-12-13"},
		{"person:hart-charles-calmer", "country:al", envoy + " (second appointment)", "", "1928-12-13", "1929-12-12"},
		{"person:lilley-james-roderick", "country:cn", ambassador, "1989-04-20", "1989-05-08", "1991-05-10"},
		{"person:merry-william-lawrence", "country:cr", envoy, "1897-07-17", "1898-01-15", "1907-12-12"},
		{"person:merry-william-lawrence", "country:cr", envoy + " (second appointment)", "1907-12-12", "", "1908-07-01"},
		{"person:merry-william-lawrence", "country:cr", envoy + " (third appointment)", "1908-07-01", "", "1911-03-04"},
		{"person:armacost-michael-hayden", "country:jp", ambassador, "1989-04-20", "1989-05-15", "1993-07-19"},
		{"person:foote-lucius-harwood", "country:kr", envoy, "1883-02-27", "1883-05-20", "1885-02-19"},
		{"person:lilley-james-roderick", "country:kr", ambassador, "1986-10-16", "1986-11-26", "1989-01-03"},
		{"person:armacost-michael-hayden", "country:ph", ambassador, "1982-02-11", "1982-03-12", "1984-04-18"},
	}
	if diff := cmp.Diff(want, holdings(res.Relations)); diff != "" {
		t.Errorf("relations (-want +got):\n%s", diff)
	}
	notes := map[int]string{} // by line
	for _, r := range res.Relations {
		if r.From == "person:foote-lucius-harwood" || r.From == "person:hart-charles-calmer" {
			notes[r.Pos.Line], _ = r.Props["note"].(string)
		}
	}
	wantNotes := map[int]string{
		2: "Territory at the time (Office of the Historian id): albania-1946. " +
			"Ended: When Albania became a monarchy, Hart was reaccredited on 1928-12-13. " +
			"Commissioned during a recess of the Senate; recommissioned after confirmation on December 17, 1925.",
		3: "Territory at the time (Office of the Historian id): albania-1946. " +
			"Started: When Albania became a monarchy, Hart was reaccredited on 1928-12-13. Ended: Left post on 1929-12-12.",
		10: "Territory at the time (Office of the Historian id): joseon-dynasty-1910. Ended: Left post on 1885-02-19.",
	}
	if diff := cmp.Diff(wantNotes, notes); diff != "" {
		t.Errorf("notes (-want +got):\n%s", diff)
	}
	for _, r := range res.Relations {
		if r.Pos.File != AppointmentsFile {
			t.Errorf("relation at %v", r.Pos)
		}
	}

	type unres struct {
		Line           int
		Reason, Person string
	}
	var gotUnres []unres
	for _, u := range res.Unresolved {
		if u.File != AppointmentsFile {
			t.Errorf("unresolved row of file %q", u.File)
		}
		gotUnres = append(gotUnres, unres{u.Line, u.Reason, u.Row[3]})
	}
	wantUnres := []unres{{11, ReasonUnknownPerson, "parker-william-harwar"}, {15, ReasonUnknownCountry, "nelson-john"}}
	if diff := cmp.Diff(wantUnres, gotUnres); diff != "" {
		t.Errorf("unresolved (-want +got):\n%s", diff)
	}
	if d := res.Unresolved[1].Detail; !strings.Contains(d, "Two Sicilies") {
		t.Errorf("detail %q does not say which state", d)
	}

	var people []string
	for _, e := range res.Entities {
		people = append(people, e.ID)
	}
	// Kavalec was only nominated, Nelson's mission is unresolved: neither becomes a node.
	wantPeople := []string{"person:armacost-michael-hayden", "person:foote-lucius-harwood", "person:hart-charles-calmer",
		"person:lilley-james-roderick", "person:merry-william-lawrence"}
	if diff := cmp.Diff(wantPeople, people); diff != "" {
		t.Errorf("people (-want +got):\n%s", diff)
	}
	foote := res.Entities[1]
	wantFoote := kg.Entity{ID: "person:foote-lucius-harwood", Kind: kg.Person, Name: "Lucius Harwood Foote",
		Aliases: []string{"Lucius H. Foote"}, Props: map[string]any{"birthYear": 1826, "deathYear": 1913},
		Sources: []string{SourceID}, Pos: kg.Pos{File: PeopleFile, Line: 3}}
	if diff := cmp.Diff(wantFoote, foote); diff != "" {
		t.Errorf("Foote (-want +got):\n%s", diff)
	}
	if got := res.Entities[0].Props; !cmp.Equal(got, map[string]any{"birthYear": 1937}) {
		t.Errorf("Armacost, still living: props %v", got)
	}

	wantStats := map[string]int{"rowsRead": 14, "imported": 10, "merged": 0, "unresolved": 2,
		"unresolved:" + ReasonUnknownPerson: 1, "unresolved:" + ReasonUnknownCountry: 1,
		"skipped": 2, "skipped:" + ReasonDidNotServe: 2, "peopleRows": 7, "people": 5,
		"peopleWithSeveralAppointments": 4, "titlesNumbered": 3, "entities:Person": 5, "relations:HOLDS_POSITION": 10}
	if diff := cmp.Diff(wantStats, res.Stats); diff != "" {
		t.Errorf("stats (-want +got):\n%s", diff)
	}
	wantSource := kg.Source{ID: SourceID,
		Title:       "Principal Officers and Chiefs of Mission: U.S. chiefs of mission by country, 1778 to the present",
		Publisher:   "Office of the Historian, U.S. Department of State (GitHub HistoryAtState/pocom)",
		PublishedAt: "2019-05-29", URL: "https://github.com/HistoryAtState/pocom", SourceType: "dataset",
		Licence: "public domain in the United States; CC0 1.0 Universal elsewhere", Pos: kg.Pos{File: AppointmentsFile}}
	if diff := cmp.Diff([]kg.Source{wantSource}, res.Sources); diff != "" {
		t.Errorf("sources (-want +got):\n%s", diff)
	}
	checkRecords(t, res)
}

// checkRecords holds the result to kg's rules and the loader's: every record valid and
// citing the source, no two relations with one key.
func checkRecords(t *testing.T, res *Result) {
	t.Helper()
	writetest.Valid(t, store.Records{Sources: res.Sources, Entities: res.Entities, Relations: res.Relations}, SourceID)
}

func realDir(t *testing.T) string {
	t.Helper()
	dir := filepath.Join("..", "..", "..", "data", "reference")
	if _, err := os.Stat(filepath.Join(dir, AppointmentsFile)); err != nil {
		t.Fatal(err)
	}
	return dir
}

// sections counts the appointment rows of the real file by section, read apart from Read.
func sections(t *testing.T, dir string) map[string]int {
	t.Helper()
	f, err := os.Open(filepath.Join(dir, AppointmentsFile))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	n := map[string]int{}
	for _, r := range rows[1:] {
		n[r[2]]++
	}
	return n
}

func TestReadRealFiles(t *testing.T) {
	dir := realDir(t)
	res, err := Read(dir, newFakePlaces())
	if err != nil {
		t.Fatal(err)
	}
	s := res.Stats
	n := sections(t, dir)
	if s["rowsRead"] != n[sectionChief]+n[sectionNominee] || s["skipped:"+ReasonDidNotServe] != n[sectionNominee] {
		t.Errorf("rowsRead %d, skipped %d; the file has %v", s["rowsRead"], s["skipped:"+ReasonDidNotServe], n)
	}
	if sum := s["imported"] + s["merged"] + s["unresolved"] + s["skipped"]; sum != s["rowsRead"] {
		t.Errorf("imported+merged+unresolved+skipped = %d, rowsRead %d", sum, s["rowsRead"])
	}
	if s["imported"] != len(res.Relations) || s["unresolved"] != len(res.Unresolved) {
		t.Errorf("imported %d of %d relations, unresolved %d of %d rows", s["imported"], len(res.Relations), s["unresolved"], len(res.Unresolved))
	}

	// On 1990-01-01 Michael Armacost was ambassador to Japan and James Lilley to China.
	for _, c := range []struct{ person, country string }{
		{"person:armacost-michael-hayden", "country:jp"}, {"person:lilley-james-roderick", "country:cn"},
	} {
		var found []kg.Relation
		for _, r := range res.Relations {
			if r.From == c.person && r.To == c.country && holdsOn(t, r, "1990-01-01") {
				found = append(found, r)
			}
		}
		if len(found) != 1 || found[0].Props["title"] != ambassador {
			t.Errorf("%s at %s on 1990-01-01: %v", c.person, c.country, found)
		}
	}
	checkRecords(t, res)

	// With every territory a country, only the states of the past stay unresolved, and
	// no two of the 5,000 appointments share a key.
	all, err := Read(dir, everyName{})
	if err != nil {
		t.Fatal(err)
	}
	unresolvedTerritories := map[string]int{}
	for _, u := range all.Unresolved {
		if u.Reason != ReasonUnknownCountry {
			t.Errorf("line %d: %s (%s)", u.Line, u.Reason, u.Detail)
		}
		unresolvedTerritories[u.Row[0]]++
	}
	for tid := range unresolvedTerritories {
		if _, ok := historicStates[tid]; !ok {
			t.Errorf("territory %s unresolved", tid)
		}
	}
	if all.Stats["imported"]+all.Stats["unresolved"] != n[sectionChief] {
		t.Errorf("imported %d + unresolved %d, chiefs %d", all.Stats["imported"], all.Stats["unresolved"], n[sectionChief])
	}
	checkRecords(t, all)
}

// holdsOn reports whether the relation's since and until surely bracket day.
func holdsOn(t *testing.T, r kg.Relation, day string) bool {
	t.Helper()
	since, err1 := kg.ParseDate(r.Props["since"].(string))
	until, err2 := kg.ParseDate(r.Props["until"].(string))
	if err := errors.Join(err1, err2); err != nil {
		t.Fatal(err)
	}
	_, sinceHi, _ := since.Bounds()
	untilLo, _, _ := until.Bounds()
	return sinceHi <= day && day <= untilLo
}

func TestReadBadFiles(t *testing.T) {
	people, err := os.ReadFile(filepath.Join("testdata", PeopleFile))
	if err != nil {
		t.Fatal(err)
	}
	appointments, err := os.ReadFile(filepath.Join("testdata", AppointmentsFile))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name, file, old, new string
		line                 int
		field                string
	}{
		{"a day that is not", AppointmentsFile, ",1989-05-15,", ",1989-05-32,", 9, "started"},
		{"a section of neither kind", AppointmentsFile, "cn-1989-lill-01,chief,", "cn-1989-lill-01,chef,", 5, "section"},
		{"a chief without a person", AppointmentsFile, "al-1928-hart-01,chief,hart-charles-calmer", "al-1928-hart-01,chief,", 3, "person_id"},
		{"a missing title", AppointmentsFile, "ambassador-e-p,Ambassador Extraordinary and Plenipotentiary,china", "ambassador-e-p,,china", 5, "role_title"},
		{"a renamed column", AppointmentsFile, "started_note", "start_note", 1, "started_note"},
		{"a birth that is no year", PeopleFile, ",1937,", ",c. 1937,", 2, "birth"},
		{"an id with capitals", PeopleFile, "armacost-michael-hayden,", "Armacost-michael-hayden,", 2, "person_id"},
		{"a row one field short", PeopleFile, ",1937,,career,", ",1937,,career", 2, "last_modified"},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			files := map[string]string{PeopleFile: string(people), AppointmentsFile: string(appointments)}
			if !strings.Contains(files[c.file], c.old) {
				t.Fatalf("fixture lacks %q", c.old)
			}
			files[c.file] = strings.Replace(files[c.file], c.old, c.new, 1)
			for name, data := range files {
				if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			_, err := Read(dir, newFakePlaces())
			var fe *kg.FieldError
			if !errors.As(err, &fe) {
				t.Fatalf("got %v, want a *kg.FieldError", err)
			}
			want := kg.Pos{File: filepath.Join(dir, c.file), Line: c.line}
			if fe.Pos != want || fe.Field != c.field {
				t.Errorf("error at %v field %q, want %v field %q: %v", fe.Pos, fe.Field, want, c.field, err)
			}
		})
	}
}
