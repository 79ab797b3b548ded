// Package missions imports the Database of Embassies (Wikidata, CC0): diplomatic missions
// worldwide as Consulate entities with a missionType, each REPRESENTS its sending country
// and is BASED_IN the city it lies in. It reads the compacted copy in data/reference
// (missions.csv, written by scripts/missions_compact.py) and finds countries and cities
// only through refdata.Places; rows it cannot place are reported, never guessed at.
//
// A mission's id is consulate:<sending country>-<missionType>-<city>, the scheme of the
// curated files (consulate:japan-consulate-general-shenyang), so a mission the articles
// already name is the same node and cites both sources. It knows nothing of Neo4j.
package missions

import (
	"bytes"
	"cmp"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
	"github.com/amity-graph/amity/internal/load/refdata"
)

// File is the name of the compacted data set in data/reference.
const File = "missions.csv"

// SourceID is the source every record of the data set cites.
const SourceID = "source:dataset-database-of-embassies"

// Licence is the data set's licence, carried by its Source.
const Licence = "CC0-1.0"

// Source is the data set as a kg source: the CSV of 2022-11-16.
var Source = kg.Source{
	ID:          SourceID,
	Licence:     Licence,
	Title:       "Database of Embassies: diplomatic missions worldwide, from Wikidata (CC0 1.0)",
	Publisher:   "Wikidata contributors, via GitHub database-of-embassies/database-of-embassies",
	PublishedAt: "2022-11-16",
	URL:         "https://github.com/database-of-embassies/database-of-embassies",
	SourceType:  "dataset",
	Pos:         kg.Pos{File: File},
}

// Reasons a row is not imported. A reason the Places lookup gives (refdata's Reason
// constants, such as ambiguous-city) is passed on as it is.
const (
	ReasonUnknownType          = "unknown-type"            // the type's Wikidata id is not in missionTypes
	ReasonUnknownSender        = "unknown-sending-country" // the operator is not a country Places knows (Quebec, the European Parliament)
	ReasonUnknownHost          = "unknown-host-country"    // the host country is not one Places knows (Abkhazia, Northern Cyprus)
	ReasonNoPlace              = "no-place"                // the row names no city and gives no coordinates
	ReasonUnknownCity          = "unknown-city"            // Places found no city of the name, and gave no reason
	ReasonNoCityNear           = "no-city-near"            // no city of the host country lies within nearKm of the row's coordinates
	ReasonCoordinatesElsewhere = "coordinates-elsewhere"   // no city of the host country lies within farKm: the coordinates are not in it
	ReasonBadName              = "bad-name"                // the operator's name has no letter or digit to build an id from
)

// Distances (km) for placing a row by its coordinates.
const (
	// nearKm: a mission whose city's name does not place it (a district such as
	// Heping District or Chanakyapuri, a municipality GeoNames does not list) is based
	// in the nearest city within this distance; missions lie in cities, not between them.
	nearKm = 15
	// farKm: coordinates with no city of the host country this close lie elsewhere (the
	// Belarusian mission filed under Yerevan whose coordinates are Nairobi's); the row
	// is reported rather than placed by its name.
	farKm = 100
)

// missionTypes maps the Wikidata classes the data set's type column uses to the
// missionType of kg (kg.MissionTypes). Variants of one class (British High Commission,
// Consulate General of Sweden, Taipei Representative Office) map to the general one.
var missionTypes = map[string]string{
	"Q3917681":   "embassy",                   // embassy
	"Q113065939": "embassy",                   // Embassy of the United States
	"Q18414273":  "high-commission",           // high commission
	"Q19600600":  "high-commission",           // British High Commission
	"Q4824242":   "high-commission",           // Australian High Commission
	"Q73088858":  "assistant-high-commission", // assistant high commission
	"Q372690":    "consulate-general",         // consulate general
	"Q108058047": "consulate-general",         // Consulate General of Sweden
	"Q112307194": "consulate-general",         // Consulate General of Belgium
	"Q7843791":   "consulate",                 // consulate
	"Q10686185":  "consulate",                 // consulates of Sweden
	"Q23891529":  "honorary-consulate",        // honorary consulate
	"Q24868622":  "consular-office",           // consular office
	"Q1783003":   "consular-agency",           // Consular Agency
	"Q620045":    "nunciature",                // apostolic nunciature
	"Q2712647":   "apostolic-delegation",      // Apostolic delegation
	"Q5244910":   "de-facto-embassy",          // de facto embassy
	"Q61881945":  "de-facto-consulate",        // de facto consulate
	"Q7314257":   "representative-office",     // representative office
	"Q579581":    "representative-office",     // Taipei Representative Office
	"Q64779402":  "liaison-office",            // liaison office
	"Q94158456":  "interests-section",         // Interests Section
	"Q4461020":   "trade-office",              // trade office
	"Q431071":    "government-office",         // Quebec Government Office
	"Q2360219":   "permanent-mission",         // permanent mission
	"Q213283":    "diplomatic-mission",        // diplomatic mission
	"Q73414365":  "diplomatic-mission",        // diplomatic mission of El Salvador
}

// typeNames are the words a missionType gives a mission's name.
var typeNames = map[string]string{
	"embassy": "Embassy", "high-commission": "High Commission", "assistant-high-commission": "Assistant High Commission",
	"consulate-general": "Consulate General", "consulate": "Consulate", "honorary-consulate": "Honorary Consulate",
	"consular-office": "Consular Office", "consular-agency": "Consular Agency", "nunciature": "Apostolic Nunciature",
	"apostolic-delegation": "Apostolic Delegation", "de-facto-embassy": "De Facto Embassy",
	"de-facto-consulate": "De Facto Consulate", "representative-office": "Representative Office",
	"liaison-office": "Liaison Office", "interests-section": "Interests Section", "trade-office": "Trade Office",
	"government-office": "Government Office", "permanent-mission": "Permanent Mission",
	"diplomatic-mission": "Diplomatic Mission",
}

// Header is the compacted file's header, column for column.
var Header = []string{"qid", "operator", "operatorQID", "country", "countryQID", "city", "cityQID",
	"latitude", "longitude", "type", "typeQID", "creation", "jurisdictions", "website"}

// Result is what the data set says, as kg records ready for the loader.
type Result struct {
	Sources    []kg.Source   // the data set
	Entities   []kg.Entity   // the missions (Consulate), by id
	Relations  []kg.Relation // REPRESENTS and BASED_IN, by type, from, to
	Unresolved []refdata.Unresolved
	Stats      Stats
}

// Stats counts what Read did. Every row is imported, merged or unresolved:
// Rows = Imported + Merged + Unresolved.
type Stats struct {
	Rows       int // rows read
	Imported   int // missions imported (one entity each)
	Merged     int // rows that repeat a mission already imported (same Wikidata id, same sender, type and city)
	Unresolved int // rows not imported; see Result.Unresolved
	// UnresolvedBy counts the unresolved rows by reason.
	UnresolvedBy map[string]int
	// PlacedBy counts the imported missions by how their city was found: "name"
	// (no coordinates), "name-and-coordinates", "coordinates" (the nearest city: the
	// row names a district, or no city), "coordinates-metropolis" (a row naming a
	// region, placed in the city dominating the nearest place: see metropolises), "territory" (by name or coordinates in a
	// territory of the host country: Hong Kong for China, New Caledonia for France).
	PlacedBy map[string]int
	// ByType counts the imported missions by missionType.
	ByType map[string]int
	// QualifiedIDs counts the missions whose id carries their Wikidata id, because an
	// older Wikidata item of the same sender, type and city holds the plain id.
	QualifiedIDs int
	// WithSince counts the missions with a creation date.
	WithSince int
	// SharedQIDs counts Wikidata ids that more than one imported mission carries (one
	// item with two operators).
	SharedQIDs int
}

var (
	qidRe  = regexp.MustCompile(`^Q[1-9][0-9]*$`)
	dateRe = regexp.MustCompile(`^([0-9]{4})-([0-9]{2})-([0-9]{2})$`)
)

// slugMax is the longest slug kept from a name, so that ids stay readable.
const slugMax = 80

// row is one line of the file, checked.
type row struct {
	line                      int
	raw                       []string
	qid                       string
	operator, operatorQID     string
	country, countryQID       string
	city, cityQID             string
	lat, lon                  float64
	hasCoord                  bool
	typeLabel, typeQID        string
	since                     string // as kg.Date: YYYY, YYYY-MM or YYYY-MM-DD
	jurisdictions, website    string
	missionType, sender, host string // resolved
}

// mission is an imported row, before its id is made unique.
type mission struct {
	row
	base    string // consulate:<sender>-<type>-<city>
	cityID  string
	placeBy string
}

// Read reads the compacted data set at path and places every mission through places. A
// file that is not as expected — a wrong header, a row with the wrong number of fields, a
// value that is not a Wikidata id, a number or a date — is an error naming the file, the
// line and the field (*kg.FieldError); rows that are well formed but cannot be placed are
// reported in Unresolved.
func Read(path string, places refdata.Places) (*Result, error) {
	rows, err := readRows(path)
	if err != nil {
		return nil, err
	}
	name := filepath.Base(path)
	res := &Result{Sources: []kg.Source{Source},
		Stats: Stats{UnresolvedBy: map[string]int{}, PlacedBy: map[string]int{}, ByType: map[string]int{}}}
	unresolved := func(r row, reason, format string, args ...any) {
		res.Unresolved = append(res.Unresolved, refdata.Unresolved{File: name, Line: r.line, Row: r.raw,
			Reason: reason, Detail: fmt.Sprintf(format, args...)})
		res.Stats.Unresolved++
		res.Stats.UnresolvedBy[reason]++
	}
	var ms []mission
	for _, r := range rows {
		res.Stats.Rows++
		var ok bool
		if r.missionType, ok = missionTypes[r.typeQID]; !ok {
			unresolved(r, ReasonUnknownType, "type %q (%s) is not a kind of mission the importer knows", r.typeLabel, r.typeQID)
			continue
		}
		if r.sender, ok = country(places, r.operatorQID, r.operator); !ok {
			unresolved(r, ReasonUnknownSender, "operator %q (%s) is not a country", r.operator, r.operatorQID)
			continue
		}
		if r.host, ok = country(places, r.countryQID, r.country); !ok {
			unresolved(r, ReasonUnknownHost, "host country %q (%s) is not a country", r.country, r.countryQID)
			continue
		}
		senderSlug := slug(r.operator)
		if senderSlug == "" {
			unresolved(r, ReasonBadName, "operator %q has no letter or digit to make an id of", r.operator)
			continue
		}
		cityID, how, reason, detail := place(places, r)
		if reason != "" {
			unresolved(r, reason, "%s", detail)
			continue
		}
		ms = append(ms, mission{row: r, cityID: cityID, placeBy: how,
			base: kg.MissionID(senderSlug, r.missionType, citySlug(cityID))})
	}
	ids := assignIDs(ms, &res.Stats)
	byQID := map[string]int{}
	for i, m := range ms {
		id := ids[i]
		if id == "" {
			continue // merged into an earlier row of the same mission
		}
		byQID[m.qid]++
		res.Stats.Imported++
		res.Stats.PlacedBy[m.placeBy]++
		res.Stats.ByType[m.missionType]++
		pos := kg.Pos{File: name, Line: m.line}
		src := []string{SourceID}
		props := map[string]any{"missionType": m.missionType, "wikidataId": m.qid}
		if m.hasCoord {
			props["lat"], props["lon"] = m.lat, m.lon
		}
		if m.website != "" {
			props["website"] = m.website
		}
		if m.jurisdictions != "" {
			props["description"] = "Accredited to " + list(strings.Split(m.jurisdictions, "|")) + "."
		}
		res.Entities = append(res.Entities, kg.Entity{ID: id, Kind: kg.Consulate, Name: m.name(), Props: props, Sources: src, Pos: pos})
		rep := kg.Relation{From: id, Type: kg.Represents, To: countryID(m.sender), Sources: src, Pos: pos}
		if m.since != "" {
			rep.Props = map[string]any{"since": m.since}
			res.Stats.WithSince++
		}
		// The mission has its seat from its creation on, so a city's missions as of a date
		// leave out those created later.
		res.Relations = append(res.Relations, rep,
			kg.Relation{From: id, Type: kg.BasedIn, To: m.cityID, Props: map[string]any{"basis": "office"}, StartDate: m.since, Sources: src, Pos: pos})
	}
	for _, n := range byQID {
		if n > 1 {
			res.Stats.SharedQIDs++
		}
	}
	slices.SortFunc(res.Entities, func(x, y kg.Entity) int { return cmp.Compare(x.ID, y.ID) })
	slices.SortFunc(res.Relations, func(x, y kg.Relation) int {
		return cmp.Or(cmp.Compare(x.Type, y.Type), cmp.Compare(x.From, y.From), cmp.Compare(x.To, y.To))
	})
	return res, nil
}

// assignIDs gives each mission its id, or "" for a row that repeats a mission already
// imported (same Wikidata id and base id), counted as merged. Distinct missions of one
// base id (two embassies of Albania in Rome: to Italy and to the Holy See) are told
// apart by their Wikidata ids: the oldest item (the lowest Q number) keeps the plain id,
// so that ids do not change when Wikidata adds an item; the others get -q<number>.
func assignIDs(ms []mission, st *Stats) []string {
	ids := make([]string, len(ms))
	groups := map[string][]int{}
	for i, m := range ms {
		groups[m.base] = append(groups[m.base], i)
	}
	for base, idx := range groups {
		seen := map[string]bool{}
		var distinct []int
		for _, i := range idx {
			if seen[ms[i].qid] {
				st.Merged++
				continue
			}
			seen[ms[i].qid] = true
			distinct = append(distinct, i)
		}
		slices.SortFunc(distinct, func(a, b int) int { return cmp.Compare(qidNumber(ms[a].qid), qidNumber(ms[b].qid)) })
		for k, i := range distinct {
			ids[i] = base
			if k > 0 {
				ids[i] = base + "-" + strings.ToLower(ms[i].qid)
				st.QualifiedIDs++
			}
		}
	}
	return ids
}

func qidNumber(q string) int { n, _ := strconv.Atoi(q[1:]); return n }

// country resolves a country by its Wikidata id, then by its name.
func country(places refdata.Places, qid, name string) (string, bool) {
	if qid != "" {
		if iso, ok := places.CountryByQID(qid); ok {
			return strings.ToUpper(iso), true
		}
	}
	if name != "" {
		if iso, ok := places.Country(name); ok {
			return strings.ToUpper(iso), true
		}
	}
	return "", false
}

// territories are, for a sovereign state, the territories ISO 3166 codes apart from it
// (the is_independent column of data/reference/country-codes.csv: "Part of CN", "Territory
// of FR", ...). Wikidata files a mission in Hong Kong or Nouméa under the People's
// Republic of China or France; the gazetteer lists the city under HK or NC.
var territories = map[string][]string{
	"AU": {"CX", "CC", "HM", "NF"},
	"CN": {"HK", "MO"},
	"DK": {"FO", "GL"},
	"FI": {"AX"},
	"FR": {"GF", "GP", "MQ", "YT", "RE", "BL", "MF", "PM", "PF", "TF", "NC", "WF"},
	"GB": {"GG", "IM", "JE", "AI", "BM", "IO", "VG", "KY", "FK", "GI", "MS", "PN", "SH", "GS", "TC"},
	"NL": {"AW", "BQ", "CW", "SX"},
	"NO": {"BV", "SJ"},
	"NZ": {"CK", "NU", "TK"},
	"US": {"MP", "PR", "UM", "AS", "GU", "VI"},
}

// metropolises are Places that tell the city a point lies in from the suburbs and
// enclaves about it, and a region's name from a city's (refdata's gazetteer does). A
// row that names a state rather than a city (six consulates in Houston filed under
// "Texas") is placed by its coordinates in the metropolis that dominates the nearest
// place within nearKm: Houston, not the enclaves of Bellaire or Hunters Creek Village.
// Rows that name a district keep the nearest place: New Delhi, not Delhi.
type metropolises interface {
	Metropolis(iso2 string, lat, lon, maxKm float64) (id string, ok bool)
	IsRegion(iso2, name string) bool
}

// rings are the distances (km) at which place looks for the nearest city in the host
// country and its territories together, so that the nearest of them wins without
// Places telling distances: a mission in Hong Kong is not placed in Shenzhen.
var rings = []float64{1, 2, 5, 10, nearKm}

// place finds the city a mission is based in, within its host country or one of that
// country's territories (territories):
//
//  1. coordinates that no city of the host country or its territories lies near (farKm)
//     are elsewhere: the row is reported;
//  2. the city's name in the host country, narrowed by the coordinates when the row has
//     them; then, if no city of the host country has the name, in its territories;
//  3. the nearest city within nearKm of the coordinates (the row names a district, a
//     municipality the gazetteer lacks, or no city at all).
//
// The check of step 1 asks Nearest for a place it does not use: a Places that records
// what it returns (refdata's gazetteer brings the towns it returned into the graph) sees
// it as asked for. Step 2 needs it while Places.City may return the one place of a name
// however far it lies from the coordinates (Wellington, New South Wales, for the
// Australian High Commission in Wellington filed under Australia).
//
// It returns the city's id and how it was found, or a reason and a detail.
func place(places refdata.Places, r row) (id, how, reason, detail string) {
	where := append([]string{r.host}, territories[r.host]...)
	by := func(iso, how string) string {
		if iso != r.host {
			return "territory"
		}
		return how
	}
	var hint refdata.CityHint
	if r.hasCoord {
		near := false
		for _, iso := range where {
			if _, ok := places.Nearest(iso, r.lat, r.lon, farKm); ok {
				near = true
				break
			}
		}
		if !near {
			return "", "", ReasonCoordinatesElsewhere, fmt.Sprintf("no city of %s (%s) lies within %d km of the row's coordinates %g,%g",
				r.host, r.country, farKm, r.lat, r.lon)
		}
		hint = refdata.CityHint{Lat: r.lat, Lon: r.lon, HasCoord: true}
	}
	if r.city == "" && !r.hasCoord {
		return "", "", ReasonNoPlace, "the row names no city and gives no coordinates"
	}
	reason = ReasonNoCityNear
	if r.city != "" {
		how := "name"
		if r.hasCoord {
			how = "name-and-coordinates"
		}
		for i, iso := range where {
			cid, why, ok := places.City(iso, r.city, hint)
			if ok {
				return cid, by(iso, how), "", ""
			}
			if i == 0 {
				reason = cmp.Or(why, ReasonUnknownCity)
				detail = fmt.Sprintf("city %q of %s (%s): %s", r.city, r.host, r.country, reason)
				if why == refdata.ReasonAmbiguousCity {
					break // several cities of the host country fit: one of a territory would be a guess
				}
			}
		}
	}
	if r.hasCoord {
		for _, dist := range rings {
			for _, iso := range where {
				if cid, ok := places.Nearest(iso, r.lat, r.lon, dist); ok {
					if m, ok := places.(metropolises); ok && r.city != "" && m.IsRegion(iso, r.city) {
						if big, ok := m.Metropolis(iso, r.lat, r.lon, nearKm); ok {
							return big, by(iso, "coordinates-metropolis"), "", ""
						}
					}
					return cid, by(iso, "coordinates"), "", ""
				}
			}
		}
		if detail == "" {
			detail = fmt.Sprintf("no city of %s (%s) lies within %d km of the row's coordinates %g,%g", r.host, r.country, nearKm, r.lat, r.lon)
		} else {
			detail += fmt.Sprintf(", and no city lies within %d km of the row's coordinates %g,%g", nearKm, r.lat, r.lon)
		}
	}
	return "", "", reason, detail
}

// name is the mission's display name: "Consulate General of Japan in Shenyang". The row
// carries no label of its own; where it names no city, the host country stands in.
func (m mission) name() string {
	where := cmp.Or(m.city, m.country)
	return typeNames[m.missionType] + " of " + m.operator + " in " + where
}

func countryID(iso2 string) string { return "country:" + strings.ToLower(iso2) }

// citySlug is the city's own name in its id: the last segment that is not a GeoNames id.
// city:cn:shenyang -> shenyang, city:us:district-of-columbia:washington -> washington,
// city:us:riverside:4405794 -> riverside. Two cities of one name in a country give one
// slug; assignIDs tells their missions apart.
func citySlug(id string) string {
	parts := strings.Split(id, ":")
	for i := len(parts) - 1; i >= 2; i-- {
		if strings.Trim(parts[i], "0123456789") != "" {
			return parts[i]
		}
	}
	return strings.Join(parts[min(2, len(parts)):], "-")
}

func slug(s string) string {
	v := kg.Slug(s)
	if len(v) > slugMax {
		v = strings.TrimRight(v[:slugMax], "-")
	}
	return v
}

// list joins names as English does: "A", "A and B", "A, B and C".
func list(xs []string) string {
	xs = kg.Dedupe(xs)
	if len(xs) < 2 {
		return strings.Join(xs, "")
	}
	return strings.Join(xs[:len(xs)-1], ", ") + " and " + xs[len(xs)-1]
}

// readRows reads and checks the file; every problem is a *kg.FieldError naming the file
// as opened, the line and the field.
func readRows(path string) ([]row, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read missions: %w", err)
	}
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	cr := csv.NewReader(bytes.NewReader(data))
	cr.FieldsPerRecord = -1
	fe := func(line int, field, format string, args ...any) error {
		return &kg.FieldError{Pos: kg.Pos{File: path, Line: line}, Field: field, Msg: fmt.Sprintf(format, args...)}
	}
	header, err := cr.Read()
	if err == io.EOF {
		return nil, fe(1, "", "empty file: no header")
	}
	if err != nil {
		return nil, csvError(path, data, err)
	}
	for i, w := range Header {
		if i >= len(header) {
			return nil, fe(1, w, "header lacks column %q (want %s)", w, strings.Join(Header, ","))
		}
		if h := strings.TrimSpace(header[i]); h != w {
			return nil, fe(1, w, "header has %q where %q belongs (want %s)", h, w, strings.Join(Header, ","))
		}
	}
	if len(header) > len(Header) {
		return nil, fe(1, header[len(Header)], "header has an unexpected column %q", header[len(Header)])
	}
	var rows []row
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, csvError(path, data, err)
		}
		line, _ := cr.FieldPos(0)
		if len(rec) != len(Header) {
			if len(rec) < len(Header) {
				return nil, fe(line, Header[len(rec)], "row has %d fields, the header %d: column %q is missing", len(rec), len(Header), Header[len(rec)])
			}
			return nil, fe(line, fmt.Sprintf("column %d", len(Header)+1), "row has %d fields, the header %d", len(rec), len(Header))
		}
		get := func(i int) string { return strings.TrimSpace(rec[i]) }
		r := row{line: line, raw: rec, qid: get(0), operator: get(1), operatorQID: get(2), country: get(3), countryQID: get(4),
			city: get(5), cityQID: get(6), typeLabel: get(9), typeQID: get(10), jurisdictions: get(12), website: get(13)}
		for _, q := range []struct {
			field, v string
			required bool
		}{{"qid", r.qid, true}, {"operatorQID", r.operatorQID, true}, {"countryQID", r.countryQID, true},
			{"cityQID", r.cityQID, false}, {"typeQID", r.typeQID, true}} {
			if q.v == "" && q.required {
				return nil, fe(line, q.field, "a mission needs a %s", q.field)
			}
			if q.v != "" && !qidRe.MatchString(q.v) {
				return nil, fe(line, q.field, "%q is not a Wikidata id (Q followed by digits)", q.v)
			}
		}
		if r.operator == "" {
			return nil, fe(line, "operator", "a mission needs its operator's name")
		}
		lat, lon := get(7), get(8)
		if (lat == "") != (lon == "") {
			field := "latitude"
			if lat != "" {
				field = "longitude"
			}
			return nil, fe(line, field, "latitude and longitude come together")
		}
		if lat != "" {
			if r.lat, err = strconv.ParseFloat(lat, 64); err != nil || r.lat < -90 || r.lat > 90 {
				return nil, fe(line, "latitude", "%q is not a latitude", lat)
			}
			if r.lon, err = strconv.ParseFloat(lon, 64); err != nil || r.lon < -180 || r.lon > 180 {
				return nil, fe(line, "longitude", "%q is not a longitude", lon)
			}
			r.hasCoord = true
		}
		if c := get(11); c != "" {
			if r.since, err = since(c); err != nil {
				return nil, fe(line, "creation", "%v", err)
			}
		}
		rows = append(rows, r)
	}
	return rows, nil
}

// since reads a creation date with the precision it has. Wikidata exports a date known
// to the year as YYYY-01-01 and one known to the month as YYYY-MM-01, so those become
// "YYYY" and "YYYY-MM": a date given to the day on the 1st loses its day, and no date
// gains a precision it may not have.
func since(s string) (string, error) {
	m := dateRe.FindStringSubmatch(s)
	if m == nil {
		return "", fmt.Errorf("%q is not a date (want YYYY-MM-DD)", s)
	}
	if _, err := kg.ParseDate(s); err != nil {
		return "", err
	}
	switch {
	case m[2] == "01" && m[3] == "01":
		return m[1], nil
	case m[3] == "01":
		return m[1] + "-" + m[2], nil
	}
	return s, nil
}

// csvError turns a CSV syntax error into a FieldError naming the column it was found in.
func csvError(path string, data []byte, err error) error {
	var pe *csv.ParseError
	if !errors.As(err, &pe) {
		return fmt.Errorf("%s: %w", path, err)
	}
	field := ""
	if i := fieldAt(data, pe.Line, pe.Column); i >= 0 && i < len(Header) {
		field = Header[i]
	} else if i >= 0 {
		field = fmt.Sprintf("column %d", i+1)
	}
	return &kg.FieldError{Pos: kg.Pos{File: path, Line: pe.Line}, Field: field, Msg: pe.Err.Error()}
}

// fieldAt is the index of the field that byte column (1-based) of a line falls in: the
// commas outside quotes before it. It assumes the line starts a record, as every line of
// the file does.
func fieldAt(data []byte, line, column int) int {
	lines := bytes.SplitN(data, []byte("\n"), line+1)
	if line < 1 || line > len(lines) {
		return -1
	}
	idx, quoted := 0, false
	for _, c := range lines[line-1][:min(column-1, len(lines[line-1]))] {
		switch {
		case c == '"':
			quoted = !quoted
		case c == ',' && !quoted:
			idx++
		}
	}
	return idx
}
