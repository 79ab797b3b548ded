// Package mayors imports the mayors of European cities that Wikidata recorded around
// 2018 (GitHub njanakiev/wikidata-mayors), copied unchanged into
// data/reference/mayors-european.csv by scripts/mayors_copy.py.
//
// Each mayor is a Person ("person:" + kg.Slug of the name, with the Wikidata id kept as
// wikidataId) who HOLDS_POSITION "Mayor" of their City since the start date the row
// gives. The city is found only through refdata.Places: the country by its name, then
// the city by its name within that country, the row's coordinates telling namesakes
// apart (Valencia is the Spanish one). What does not resolve is reported, not guessed.
package mayors

import (
	"cmp"
	"fmt"
	"math"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
	"github.com/amity-graph/amity/internal/load/csvtable"
	"github.com/amity-graph/amity/internal/load/refdata"
)

// File is the file Read expects in its directory.
const File = "mayors-european.csv"

// SourceID is the Source every record of the data set cites.
const SourceID = "source:dataset-wikidata-mayors"

// Licence is the data set's licence, for whoever shows or ships what is derived from it.
const Licence = "MIT (the packaging, copyright 2018 Nikolai Janakiev; mayors-european.LICENSE); the data are Wikidata's, CC0 1.0"

// Title is the title of the position every row states.
const Title = "Mayor"

// Reasons a row is not imported.
const (
	ReasonUnknownCountry = refdata.ReasonUnknownCountry // the country names no country Places knows
	ReasonBadName        = refdata.ReasonBadName        // the mayor's name has no letter or digit to build an id from
	ReasonNoLabel        = "no-label"                   // Wikidata has no name for the mayor: the label is the item id
	ReasonNameClash      = "name-clash"                 // another Wikidata item of the same name already has the person id
	ReasonConflict       = "conflicting-row"            // the mayor and city of an earlier row, with another start date
	// ReasonCoordinatesElsewhere: the row's coordinates lie outside the country it
	// names (and its overseas parts do not have the city there either).
	ReasonCoordinatesElsewhere = "coordinates-elsewhere"
)

// columns of the file, as published.
var columns = []string{"country", "city", "cityLabel", "population", "mayor", "mayorLabel", "genderLabel", "birth",
	"age", "start_date", "duration", "birth_country", "birth_countryLabel", "birth_city", "birth_cityLabel",
	"city_lon", "city_lat", "birth_city_lon", "birth_city_lat", "distance"}

var (
	entityURL = regexp.MustCompile(`^http://www\.wikidata\.org/entity/(Q[1-9][0-9]*)$`)
	qidLabel  = regexp.MustCompile(`^Q[1-9][0-9]*$`)
	dayRe     = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)
)

// Result is what the file says, as kg records ready for the loader.
//
// Stats: rowsRead, imported (HOLDS_POSITION relations), merged (rows that repeat the
// mayor, city and start date of an earlier row: Wikidata lists some mayors once per
// birthplace or coordinate), unresolved and unresolved:<reason>; rowsRead = imported +
// merged + unresolved. Also placedInOverseasPart (cities of France found in Réunion,
// Martinique, ...), people (Person entities: the mayors of at least one imported
// row), sinceYearOnly (start dates given as 1 January, kept as the year),
// entities:Person, relations:HOLDS_POSITION.
type Result struct {
	Sources    []kg.Source
	Entities   []kg.Entity   // mayors, by id
	Relations  []kg.Relation // HOLDS_POSITION, in file order
	Unresolved []refdata.Unresolved
	Stats      map[string]int
}

// source is the data set as a kg.Source. The packaging carries no version; its licence
// is of 2018, the year the file's ages are computed for.
var source = kg.Source{ID: SourceID, Title: "European mayors in Wikidata (wikidata-mayors)",
	Publisher:   "Nikolai Janakiev (GitHub njanakiev/wikidata-mayors), from Wikidata",
	PublishedAt: "2018", URL: "https://github.com/njanakiev/wikidata-mayors", SourceType: "dataset", Licence: Licence,
	Pos: kg.Pos{File: File}}

type held struct {
	since string
	line  int
}

// Read reads the file from dir (data/reference in the repository) and places each
// mayor's city through places. A file that is not as expected (the header, a row's field
// count, a Wikidata URL, a date, a coordinate) is an error naming the file, line and
// field (*kg.FieldError); rows that are well formed but cannot be placed are reported in
// Unresolved.
func Read(dir string, places refdata.Places) (*Result, error) {
	t, err := csvtable.Read(filepath.Join(dir, File), columns, true)
	if err != nil {
		return nil, err
	}
	stats := map[string]int{"imported": 0, "merged": 0, "unresolved": 0}
	res := &Result{Sources: []kg.Source{source}, Stats: stats}
	unresolved := func(i int, reason, format string, args ...any) {
		res.Unresolved = append(res.Unresolved, refdata.Unresolved{File: t.Name, Line: t.Lines[i],
			Row: slices.Clone(t.Rows[i]), Reason: reason, Detail: fmt.Sprintf(format, args...)})
		stats["unresolved"]++
		stats["unresolved:"+reason]++
	}
	people := map[string]*kg.Entity{}
	qidOf := map[string]string{} // person id -> the Wikidata item that has it
	holds := map[string]held{}   // person id + "|" + city id -> the row that said so
	for i := range t.Rows {
		stats["rowsRead"]++
		get := func(col string) string { return t.Get(i, col) }
		r, err := parseRow(t, i)
		if err != nil {
			return nil, err
		}

		name := get("mayorLabel")
		if qidLabel.MatchString(name) {
			unresolved(i, ReasonNoLabel, "mayor %s of %s has no name in the data, only the item id", r.mayorQID, get("cityLabel"))
			continue
		}
		slug := kg.Slug(name)
		if slug == "" {
			unresolved(i, ReasonBadName, "mayor's name %q has no letter or digit to make an id of", name)
			continue
		}
		iso2, ok := places.Country(get("country"))
		if !ok {
			unresolved(i, ReasonUnknownCountry, "country %q names no country Places knows", get("country"))
			continue
		}
		hint := refdata.CityHint{Lat: r.lat, Lon: r.lon, HasCoord: true}
		// A name alone may find a namesake far away (Saint-Denis near Paris for the one
		// on Réunion, which Wikidata files under France): the country's lookup is only
		// trusted where the row's coordinates lie among the country's places.
		_, inside := places.Nearest(iso2, r.lat, r.lon, insideKm)
		city, reason, ok := "", ReasonCoordinatesElsewhere, false
		if inside {
			city, reason, ok = places.City(iso2, get("cityLabel"), hint)
		}
		if !ok {
			if city, ok = overseas(places, iso2, get("cityLabel"), hint); ok {
				stats["placedInOverseasPart"]++
			}
		}
		if !ok {
			detail := fmt.Sprintf("city %q (Wikidata %s) at %.4f,%.4f in %s", get("cityLabel"), r.cityQID, r.lat, r.lon, iso2)
			if !inside {
				detail += fmt.Sprintf(": no place of %s lies within %g km of these coordinates", iso2, float64(insideKm))
			} else if near, ok := places.Nearest(iso2, r.lat, r.lon, nearKm); ok {
				detail += fmt.Sprintf("; the nearest city within %g km is %s", float64(nearKm), near)
			}
			unresolved(i, reason, "%s", detail)
			continue
		}
		id := "person:" + slug
		if q, taken := qidOf[id]; taken && q != r.mayorQID {
			unresolved(i, ReasonNameClash, "%s is Wikidata %s; %s of the same name has it already", name, r.mayorQID, q)
			continue
		}
		k := id + "|" + city
		if prev, seen := holds[k]; seen {
			if prev.since != r.since {
				unresolved(i, ReasonConflict, "line %d says %s became mayor of %s on %s, this row on %s", prev.line, name, city, prev.since, r.startDate)
				continue
			}
			stats["merged"]++
			continue
		}
		holds[k] = held{since: r.since, line: t.Lines[i]}
		qidOf[id] = r.mayorQID

		props := map[string]any{"title": Title, "since": r.since}
		if r.since != r.startDate {
			props["note"] = fmt.Sprintf("The data set gives %s; Wikidata writes a date known only to its year as 1 January, so only the year is kept.", r.startDate)
			stats["sinceYearOnly"]++
		}
		res.Relations = append(res.Relations, kg.Relation{From: id, Type: kg.HoldsPosition, To: city,
			Props: props, Sources: []string{SourceID}, Pos: t.Pos(i)})
		stats["imported"]++
		if _, ok := people[id]; !ok {
			p := &kg.Entity{ID: id, Kind: kg.Person, Name: name, Props: map[string]any{"wikidataId": r.mayorQID},
				Sources: []string{SourceID}, Pos: t.Pos(i)}
			if r.birthYear != 0 {
				p.Props["birthYear"] = r.birthYear
			}
			people[id] = p
		}
	}
	for _, p := range people {
		res.Entities = append(res.Entities, *p)
	}
	slices.SortFunc(res.Entities, func(a, b kg.Entity) int { return cmp.Compare(a.ID, b.ID) })
	stats["people"] = len(res.Entities)
	stats["entities:Person"] = len(res.Entities)
	stats["relations:HOLDS_POSITION"] = len(res.Relations)
	return res, nil
}

// overseasParts are the ISO 3166 codes of the overseas parts of countries in the data:
// Wikidata says "France" of Le Tampon, which GeoNames files under Réunion (RE).
var overseasParts = map[string][]string{
	"FR": {"GF", "GP", "MQ", "RE", "YT", "PM", "BL", "MF", "NC", "PF", "WF"},
	"NL": {"AW", "CW", "SX", "BQ"},
	"DK": {"FO", "GL"},
	"NO": {"SJ"},
	"FI": {"AX"},
}

// overseas finds a city the country's own lookup did not in one of its overseas parts,
// by name and only where the row's coordinates confirm it: the city found must be the
// part's nearest to them.
func overseas(places refdata.Places, iso2, name string, hint refdata.CityHint) (string, bool) {
	for _, part := range overseasParts[strings.ToUpper(iso2)] {
		id, _, ok := places.City(part, name, hint)
		if !ok {
			continue
		}
		if near, ok := places.Nearest(part, hint.Lat, hint.Lon, nearKm); ok && near == id {
			return id, true
		}
	}
	return "", false
}

// insideKm is how near the row's coordinates some place of the named country must be
// for them to count as lying in it.
const insideKm = 30

// nearKm is how far from a row's coordinates an unresolved row's report looks for a
// city to suggest (the suggestion is never imported), and how close the city an overseas
// part gives must be.
const nearKm = 10

type row struct {
	mayorQID, cityQID string
	startDate, since  string
	birthYear         int
	lat, lon          float64
}

// parseRow checks the values Read uses and that a person must be able to trust.
func parseRow(t *csvtable.Table, i int) (row, error) {
	var r row
	for _, c := range []struct {
		col string
		dst *string
	}{{"city", &r.cityQID}, {"mayor", &r.mayorQID}} {
		m := entityURL.FindStringSubmatch(t.Get(i, c.col))
		if m == nil {
			return r, t.ErrAt(i, c.col, "%q is not a Wikidata entity URL", t.Get(i, c.col))
		}
		*c.dst = m[1]
	}
	if t.Get(i, "mayorLabel") == "" {
		return r, t.ErrAt(i, "mayorLabel", "is empty")
	}
	if t.Get(i, "cityLabel") == "" {
		return r, t.ErrAt(i, "cityLabel", "is empty")
	}
	r.startDate = t.Get(i, "start_date")
	if !dayRe.MatchString(r.startDate) || kg.ValidateDate(r.startDate) != nil {
		return r, t.ErrAt(i, "start_date", "%q is not a date YYYY-MM-DD", r.startDate)
	}
	r.since = r.startDate
	if strings.HasSuffix(r.startDate, "-01-01") {
		r.since = r.startDate[:4]
	}
	if b := t.Get(i, "birth"); b != "" {
		if !dayRe.MatchString(b) || kg.ValidateDate(b) != nil {
			return r, t.ErrAt(i, "birth", "%q is not a date YYYY-MM-DD", b)
		}
		r.birthYear, _ = strconv.Atoi(b[:4])
	}
	for _, c := range []struct {
		col   string
		dst   *float64
		limit float64
	}{{"city_lon", &r.lon, 180}, {"city_lat", &r.lat, 90}} {
		v, err := strconv.ParseFloat(t.Get(i, c.col), 64)
		if err != nil || math.IsNaN(v) || math.Abs(v) > c.limit {
			return r, t.ErrAt(i, c.col, "%q is not a coordinate", t.Get(i, c.col))
		}
		*c.dst = v
	}
	return r, nil
}
