// Package pocom imports the US chiefs of mission of the Office of the Historian (US
// Department of State, GitHub HistoryAtState/pocom), as compacted into
// data/reference/pocom-appointments.csv and pocom-people.csv by scripts/pocom_compact.py.
//
// Every appointment of a chief who served becomes HOLDS_POSITION from the Person to the
// Country the mission is accredited to (kg lets a position be held at a Country; the
// embassy buildings are the missions importer's nodes, and one mission line spans
// legations, embassies and capitals over two centuries, so the Country is the one node
// every appointment can name). Its title is the role's title ("Ambassador Extraordinary
// and Plenipotentiary"), with appointed, since (started) and until (ended) dates as
// precise as the files give them and the Historian's notes. Countries are found only
// through refdata.Places; a mission to a state that is no ISO 3166 country today
// (Czechoslovakia, the Two Sicilies, Texas, ...) is reported, not guessed at.
//
// Person ids are "person:" + the Historian's person id unchanged, the rule the travels
// importer follows too, so a Secretary of State who was also an ambassador is one node.
package pocom

import (
	"cmp"
	"fmt"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
	"github.com/amity-graph/amity/internal/load/csvtable"
	"github.com/amity-graph/amity/internal/load/refdata"
)

// The files Read expects in its directory.
const (
	AppointmentsFile = "pocom-appointments.csv"
	PeopleFile       = "pocom-people.csv"
)

// SourceID is the Source every record of the data set cites.
const SourceID = "source:dataset-hsg-pocom"

// Licence is the data set's licence, for whoever shows or ships what is derived from it.
const Licence = "public domain in the United States; CC0 1.0 Universal elsewhere"

// Reasons a row is not imported.
const (
	ReasonUnknownCountry = refdata.ReasonUnknownCountry // the mission's country is no ISO 3166 country Places knows
	ReasonUnknownPerson  = "unknown-person"             // the person id has no row in pocom-people.csv
)

// ReasonDidNotServe is why a nominee's row is skipped: the Historian lists nominations
// and commissions that were declined, withdrawn, rejected or never taken up apart from
// the chiefs who served, and holding a position is what the graph says.
const ReasonDidNotServe = "did-not-serve"

var (
	appointmentColumns = []string{"territory_id", "chief_id", "section", "person_id", "role_id", "role_title",
		"contemporary_territory_id", "appointed", "appointed_note", "started", "started_note",
		"ended", "ended_note", "note", "last_modified"}
	peopleColumns = []string{"person_id", "forename", "surname", "gen_name", "altnames", "birth", "death",
		"career_type", "last_modified"}
)

// Sections of a country's file: chiefs who served, and other nominees.
const (
	sectionChief   = "chief"
	sectionNominee = "other-nominee"
)

// territoryNames are the countries of the Historian's territory ids whose id, read as
// words, is not a name of the country ("congo-republic"). Other ids are passed to
// Places as their words ("new zealand").
var territoryNames = map[string]string{
	"bosnia-herzegovina":        "Bosnia and Herzegovina",
	"burma":                     "Myanmar",
	"congo-democratic-republic": "Democratic Republic of the Congo",
	"congo-republic":            "Republic of the Congo",
	"korea":                     "South Korea", // the Republic of Korea; the mission to Joseon Korea (to 1910) is filed with it
	"macedonia":                 "North Macedonia",
	"saint-kitts-nevis":         "Saint Kitts and Nevis",
	"saint-vincent-grenadines":  "Saint Vincent and the Grenadines",
	"swaziland":                 "Eswatini",
}

// historicStates are territories of the Historian that are no country today. Their
// missions are reported: none of today's countries is the state a chief was sent to.
var historicStates = map[string]string{
	"czechoslovakia":             "Czechoslovakia (to 1992)",
	"german-democratic-republic": "the German Democratic Republic (1949-1990)",
	"hawaii":                     "the Kingdom, then Republic, of Hawaii (annexed by the United States in 1898)",
	"texas":                      "the Republic of Texas (annexed by the United States in 1845)",
	"two-sicilies":               "the Kingdom of the Two Sicilies (to 1861)",
	"vietnam-south":              "the Republic of Vietnam (South Vietnam, to 1975)",
	"yugoslavia":                 "Yugoslavia (the Kingdom, then the Socialist Federal Republic, to 1992)",
}

// Result is what the files say, as kg records ready for the loader.
//
// Stats: rowsRead (appointment rows), imported (HOLDS_POSITION relations), merged (always
// 0: every appointment is its own relation), unresolved and unresolved:<reason>, skipped
// and skipped:<reason> (nominees who did not serve); rowsRead = imported + merged +
// unresolved + skipped. Also peopleRows, people (Person entities: the people of at least
// one imported appointment), peopleWithSeveralAppointments, titlesNumbered (appointments
// whose title carries an ordinal because the same person held the same title at the
// same country before), entities:Person, relations:HOLDS_POSITION.
type Result struct {
	Sources    []kg.Source
	Entities   []kg.Entity   // people, by id
	Relations  []kg.Relation // HOLDS_POSITION, in file order
	Unresolved []refdata.Unresolved
	// Skipped are rows left out on purpose: nominees who did not serve.
	Skipped []refdata.Unresolved
	Stats   map[string]int
}

var (
	yearRe   = regexp.MustCompile(`^\d{4}$`)
	fullDate = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)
)

type person struct {
	entity kg.Entity
	n      int // imported appointments
}

// Read reads the two files from dir (data/reference in the repository) and resolves
// each appointment's country through places. A file that is not as expected (a header,
// a row's field count, an id, a date, a year) is an error naming the file, line and
// field (*kg.FieldError); rows that are well formed but cannot be placed are reported in
// Unresolved.
func Read(dir string, places refdata.Places) (*Result, error) {
	stats := map[string]int{}
	latest := ""
	// The records' last-modified dates are bookkeeping, not facts: one that is malformed
	// ("2016-014") is left out of the version rather than refusing the data set.
	seeDate := func(d string) {
		if !fullDate.MatchString(d) || kg.ValidateDate(d) != nil {
			if d != "" {
				stats["lastModifiedMalformed"]++
			}
			return
		}
		if d > latest {
			latest = d
		}
	}

	pt, err := csvtable.Read(filepath.Join(dir, PeopleFile), peopleColumns, true)
	if err != nil {
		return nil, err
	}
	people := map[string]*person{}
	for i := range pt.Rows {
		stats["peopleRows"]++
		pid := pt.Get(i, "person_id")
		id := "person:" + pid
		if err := kg.ValidateID(kg.Person, id); err != nil {
			return nil, pt.ErrAt(i, "person_id", "%v", err)
		}
		if _, dup := people[id]; dup {
			return nil, pt.ErrAt(i, "person_id", "person %s is listed twice", pid)
		}
		name := strings.Join(nonBlank(pt.Get(i, "forename"), pt.Get(i, "surname"), pt.Get(i, "gen_name")), " ")
		if name == "" {
			return nil, pt.ErrAt(i, "surname", "person %s has no name", pid)
		}
		props := map[string]any{}
		for prop, col := range map[string]string{"birthYear": "birth", "deathYear": "death"} {
			v := pt.Get(i, col)
			if v == "" {
				continue
			}
			if !yearRe.MatchString(v) {
				return nil, pt.ErrAt(i, col, "%q is not a year", v)
			}
			props[prop], _ = strconv.Atoi(v)
		}
		seeDate(pt.Get(i, "last_modified"))
		var aliases []string
		for a := range strings.SplitSeq(pt.Get(i, "altnames"), "|") {
			if a = strings.TrimSpace(a); a != "" && a != name {
				aliases = append(aliases, a)
			}
		}
		if len(props) == 0 {
			props = nil
		}
		people[id] = &person{entity: kg.Entity{ID: id, Kind: kg.Person, Name: name, Aliases: kg.Dedupe(aliases),
			Props: props, Sources: []string{SourceID}, Pos: pt.Pos(i)}}
	}

	at, err := csvtable.Read(filepath.Join(dir, AppointmentsFile), appointmentColumns, true)
	if err != nil {
		return nil, err
	}
	res := &Result{Stats: stats}
	unresolved := func(i int, reason, format string, args ...any) {
		res.Unresolved = append(res.Unresolved, refdata.Unresolved{File: at.Name, Line: at.Lines[i],
			Row: slices.Clone(at.Rows[i]), Reason: reason, Detail: fmt.Sprintf(format, args...)})
		stats["unresolved"]++
		stats["unresolved:"+reason]++
	}
	countries := map[string]countryAnswer{} // territory id -> what it resolved to
	held := map[string]int{}                // person|country|title -> appointments so far
	stats["imported"], stats["merged"], stats["unresolved"], stats["skipped"] = 0, 0, 0, 0
	for i := range at.Rows {
		stats["rowsRead"]++
		get := func(col string) string { return at.Get(i, col) }
		for _, col := range []string{"territory_id", "chief_id", "person_id", "role_title"} {
			if get(col) == "" {
				return nil, at.ErrAt(i, col, "is empty")
			}
		}
		for _, col := range []string{"appointed", "started", "ended"} {
			if v := get(col); v != "" {
				if err := kg.ValidateDate(v); err != nil {
					return nil, at.ErrAt(i, col, "%v", err)
				}
			}
		}
		seeDate(get("last_modified"))
		switch get("section") {
		case sectionChief:
		case sectionNominee:
			stats["skipped"]++
			stats["skipped:"+ReasonDidNotServe]++
			res.Skipped = append(res.Skipped, refdata.Unresolved{File: at.Name, Line: at.Lines[i], Row: slices.Clone(at.Rows[i]),
				Reason: ReasonDidNotServe, Detail: "a nominee who did not serve (declined, withdrawn or not confirmed)"})
			continue
		default:
			return nil, at.ErrAt(i, "section", "%q is neither %q nor %q", get("section"), sectionChief, sectionNominee)
		}

		p, ok := people["person:"+get("person_id")]
		if !ok {
			unresolved(i, ReasonUnknownPerson, "person %s has no row in %s", get("person_id"), PeopleFile)
			continue
		}
		territory := get("territory_id")
		ans, seen := countries[territory]
		if !seen {
			ans = resolveTerritory(territory, places)
			countries[territory] = ans
		}
		if ans.iso2 == "" {
			unresolved(i, ReasonUnknownCountry, "%s", ans.problem)
			continue
		}
		to := "country:" + strings.ToLower(ans.iso2)

		title := get("role_title")
		k := p.entity.ID + "|" + to + "|" + title
		held[k]++
		if n := held[k]; n > 1 {
			// HOLDS_POSITION is keyed by its title: a second term with the same title
			// at the same country needs a title of its own, or it would overwrite the first.
			title = fmt.Sprintf("%s (%s appointment)", title, ordinal(n))
			stats["titlesNumbered"]++
		}
		props := map[string]any{"title": title}
		for prop, col := range map[string]string{"appointed": "appointed", "since": "started", "until": "ended"} {
			if v := get(col); v != "" {
				props[prop] = v
			}
		}
		if note := appointmentNote(get); note != "" {
			props["note"] = note
		}
		res.Relations = append(res.Relations, kg.Relation{From: p.entity.ID, Type: kg.HoldsPosition, To: to,
			Props: props, Sources: []string{SourceID}, Pos: at.Pos(i)})
		p.n++
		stats["imported"]++
	}

	for _, p := range people {
		if p.n == 0 {
			continue
		}
		res.Entities = append(res.Entities, p.entity)
		if p.n > 1 {
			stats["peopleWithSeveralAppointments"]++
		}
	}
	slices.SortFunc(res.Entities, func(a, b kg.Entity) int { return cmp.Compare(a.ID, b.ID) })
	stats["people"] = len(res.Entities)
	stats["entities:Person"] = len(res.Entities)
	stats["relations:HOLDS_POSITION"] = len(res.Relations)
	res.Sources = []kg.Source{source(latest)}
	return res, nil
}

// source is the data set as a kg.Source; latest is the last date any record of it was
// changed, the closest thing to a version the files carry.
func source(latest string) kg.Source {
	return kg.Source{ID: SourceID,
		Title:       "Principal Officers and Chiefs of Mission: U.S. chiefs of mission by country, 1778 to the present",
		Publisher:   "Office of the Historian, U.S. Department of State (GitHub HistoryAtState/pocom)",
		PublishedAt: latest, URL: "https://github.com/HistoryAtState/pocom", SourceType: "dataset", Licence: Licence,
		Pos: kg.Pos{File: AppointmentsFile}}
}

type countryAnswer struct {
	iso2    string
	problem string // why there is none
}

func resolveTerritory(territory string, places refdata.Places) countryAnswer {
	if state, ok := historicStates[territory]; ok {
		return countryAnswer{problem: fmt.Sprintf("territory %q is %s, no ISO 3166 country today", territory, state)}
	}
	name, ok := territoryNames[territory]
	if !ok {
		name = strings.ReplaceAll(territory, "-", " ")
	}
	iso2, ok := places.Country(name)
	if !ok {
		return countryAnswer{problem: fmt.Sprintf("territory %q (%q) names no country Places knows", territory, name)}
	}
	return countryAnswer{iso2: strings.ToUpper(iso2)}
}

// appointmentNote gathers what the files say about an appointment beyond its dates:
// the territory of the day when it differs from the mission's, what each date marks
// ("Presented recall on", "Died at post on") and the Historian's note.
func appointmentNote(get func(string) string) string {
	var parts []string
	if ct := get("contemporary_territory_id"); ct != "" && ct != get("territory_id") {
		parts = append(parts, fmt.Sprintf("Territory at the time (Office of the Historian id): %s.", ct))
	}
	for _, d := range []struct{ label, date, note string }{
		{"Appointed", "appointed", "appointed_note"}, {"Started", "started", "started_note"}, {"Ended", "ended", "ended_note"},
	} {
		if n := get(d.note); n != "" {
			parts = append(parts, sentence(d.label+": "+strings.Join(nonBlank(n, get(d.date)), " ")))
		}
	}
	if n := get("note"); n != "" {
		parts = append(parts, sentence(n))
	}
	return strings.Join(parts, " ")
}

func sentence(s string) string {
	if strings.HasSuffix(s, ".") {
		return s
	}
	return s + "."
}

func ordinal(n int) string {
	words := []string{"", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"}
	if n < len(words) {
		return words[n]
	}
	suffix := "th"
	switch {
	case n%100/10 == 1:
	case n%10 == 1:
		suffix = "st"
	case n%10 == 2:
		suffix = "nd"
	case n%10 == 3:
		suffix = "rd"
	}
	return strconv.Itoa(n) + suffix
}

func nonBlank(xs ...string) []string {
	out := xs[:0:0]
	for _, x := range xs {
		if x = strings.TrimSpace(x); x != "" {
			out = append(out, x)
		}
	}
	return out
}
