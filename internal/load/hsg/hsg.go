// Package hsg imports two data sets of the US Department of State's Office of the
// Historian (history.state.gov): the travels abroad of the Presidents and Secretaries of
// State (HistoryAtState/travels) and the visits of foreign leaders to the United States
// (HistoryAtState/visits), from the compacted copies in data/reference
// (scripts/hsg_compact.py writes them from the original XML).
//
// Every trip and visit becomes a visit Event with its visitor (PARTICIPATED_IN role
// visitor) and the host country (PARTICIPATED_IN role host), so the API's visits(host:)
// and visits(visitor:) find them; the cities a trip's locale names are HELD_IN places.
// Visitors are Persons holding the position the data names; one leader the list writes
// two ways (a middle initial, a letter) is one Person, each such merge reported as
// doubtful for checking. Places are found only through
// refdata.Places; what does not resolve is reported, never guessed. It knows nothing of
// Neo4j.
package hsg

import (
	"cmp"
	"fmt"
	"maps"
	"path/filepath"
	"slices"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
	"github.com/amity-graph/amity/internal/load/refdata"
)

// The files Read expects in its directory.
const (
	TravelsFile = "hsg-travels.csv"
	VisitsFile  = "hsg-visits.csv"
)

// The sources the records cite, one per data set.
const (
	SourceTravels = "source:dataset-hsg-travels"
	SourceVisits  = "source:dataset-hsg-visits"
)

// The data sets, as Stats keys.
const (
	DataSetTravels = "travels"
	DataSetVisits  = "visits"
)

// Reasons a place, a country or a title is reported unresolved. A row with an unresolved
// part is still imported with what did resolve.
const (
	ReasonUnknownCountry = refdata.ReasonUnknownCountry // the country names no ISO 3166 country Places knows
	ReasonAmbiguousCity  = refdata.ReasonAmbiguousCity  // several cities of the country fit the name
	ReasonUnknownCity    = "unknown-city"               // no city of the country fits the name (Places' own reason is kept when it gives one)
	ReasonNoTitle        = "no-title"                   // a visitor named without a title the importer knows: the person is imported, no position
)

// Licence is the licence of both data sets, carried by their Source.
const Licence = "public domain (work of the US Government); CC0 1.0 Universal worldwide"

// Result is what the two files say, as kg records ready for the loader.
type Result struct {
	Sources    []kg.Source   // one per data set
	Entities   []kg.Entity   // persons and events, by kind then id (countries and cities are refdata's)
	Relations  []kg.Relation // by type, from, to, key
	Unresolved []refdata.Unresolved
	Merges     []Merge // records joined into one node for a person to check: repeated rows, completed surnames, one surname under several titles
	Stats      map[string]*Stats

	kinds map[string]kg.Kind
}

// Stats count one data set. Every row is imported (a new event) or merged (the same
// record given twice): RowsRead = Imported + Merged. Unresolved counts the parts of rows
// reported unresolved, by reason; a row may have several, and keeps the rest.
type Stats struct {
	RowsRead   int
	Imported   int
	Merged     int
	Unresolved map[string]int
	// Counts: persons (new person nodes), and for the travels hosts, localeParts =
	// places + localePartsNamingTheHost + localePartsUnresolved +
	// localePartsOfUnresolvedCountry, localePartsPlacedInATerritory, eventIdsWithTripNumber;
	// for the visits personsNamedAgain, positions, surnamesCompleted,
	// eventIdsWithVisitNumber; for both visitType:<type>.
	Counts map[string]int
}

// Merge is a record joined to another node: a row repeating another word for word, or a
// visitor named by a surname alone, which the data does not prove to be that person.
type Merge struct {
	File   string
	Line   int
	ID     string // the node or event merged into
	Detail string
}

// KindOf gives the kind of an entity of the result, or of a country or city id (which
// refdata declares), for kg.Relation.Validate in tests.
func (r *Result) KindOf(id string) (kg.Kind, bool) {
	if r.kinds == nil {
		r.kinds = make(map[string]kg.Kind, len(r.Entities))
		for _, e := range r.Entities {
			r.kinds[e.ID] = e.Kind
		}
	}
	if k, ok := r.kinds[id]; ok {
		return k, true
	}
	k, ok := kg.KindOfID(id)
	if ok && (k == kg.Country || k == kg.City) {
		return k, true
	}
	return "", false
}

// Read reads both data sets from dir (data/reference in the repository). A file that is
// not as expected — a wrong header, a row with the wrong number of fields, a malformed id
// or date — is an error naming the file, the line and the field (*kg.FieldError).
func Read(dir string, places refdata.Places) (*Result, error) {
	b := &builder{places: places, fuller: map[string]string{}, ents: map[string]*kg.Entity{}, rels: map[relKey]*kg.Relation{},
		stats: map[string]*Stats{}, cityMemo: map[cityQuery]cityAnswer{}, countryMemo: map[string]countryAnswer{}}
	us, ok := places.Country("US")
	if !ok {
		return nil, fmt.Errorf("hsg: the places given do not know the United States (ISO US)")
	}
	b.us = countryID(us)
	travels, err := readTravels(filepath.Join(dir, TravelsFile))
	if err != nil {
		return nil, err
	}
	visits, err := readVisits(filepath.Join(dir, VisitsFile))
	if err != nil {
		return nil, err
	}
	b.sources = []kg.Source{
		{ID: SourceTravels, Title: "Foreign Travels of the President and Secretary of State",
			Publisher: "Office of the Historian, US Department of State", PublishedAt: newest(travels, func(t trip) string { return t.modified }),
			URL: "https://github.com/HistoryAtState/travels", SourceType: "dataset", Licence: Licence, Pos: kg.Pos{File: TravelsFile}},
		{ID: SourceVisits, Title: "Visits by Foreign Leaders and Heads of State",
			Publisher: "Office of the Historian, US Department of State", PublishedAt: newest(visits, func(v visit) string { return v.modified }),
			URL: "https://github.com/HistoryAtState/visits", SourceType: "dataset", Licence: Licence, Pos: kg.Pos{File: VisitsFile}},
	}
	b.importTravels(travels)
	b.importVisits(visits)
	return b.result(), nil
}

// newest is the latest record date of a data set: its version, as the files carry no
// release number.
func newest[T any](rows []T, date func(T) string) string {
	out := ""
	for _, r := range rows {
		out = max(out, date(r))
	}
	return out
}

func countryID(iso2 string) string { return "country:" + strings.ToLower(iso2) }

type relKey struct{ from, typ, to, key string }

type builder struct {
	places      refdata.Places
	us          string
	sources     []kg.Source
	ents        map[string]*kg.Entity
	rels        map[relKey]*kg.Relation
	unres       []refdata.Unresolved
	merges      []Merge
	fuller      map[string]string // person id -> the normalised fuller name that names it (wordsAdded)
	stats       map[string]*Stats
	cityMemo    map[cityQuery]cityAnswer
	countryMemo map[string]countryAnswer
}

func (b *builder) stat(set string) *Stats {
	s, ok := b.stats[set]
	if !ok {
		s = &Stats{Unresolved: map[string]int{}, Counts: map[string]int{}}
		b.stats[set] = s
	}
	return s
}

// add records an entity, or merges it into the one with its id: sources and aliases are
// added, props fill only what is missing; the first record keeps its name.
func (b *builder) add(e kg.Entity) {
	prev, ok := b.ents[e.ID]
	if !ok {
		e.Aliases = kg.Dedupe(slices.DeleteFunc(slices.Clone(e.Aliases), func(a string) bool { return a == e.Name }))
		e.Sources = slices.Clone(e.Sources)
		e.Props = maps.Clone(e.Props)
		b.ents[e.ID] = &e
		return
	}
	prev.Sources = kg.Dedupe(append(prev.Sources, e.Sources...))
	for _, a := range append([]string{e.Name}, e.Aliases...) {
		if a != "" && a != prev.Name && !slices.Contains(prev.Aliases, a) {
			prev.Aliases = append(prev.Aliases, a)
		}
	}
	for k, v := range e.Props {
		if _, set := prev.Props[k]; !set {
			if prev.Props == nil {
				prev.Props = map[string]any{}
			}
			prev.Props[k] = v
		}
	}
}

// relate records a relation, or adds its sources to the one already recorded; the
// first keeps its props.
func (b *builder) relate(r kg.Relation) *kg.Relation {
	k := relKey{r.From, r.Type, r.To, r.KeyValue()}
	if prev, ok := b.rels[k]; ok {
		prev.Sources = kg.Dedupe(append(prev.Sources, r.Sources...))
		return prev
	}
	r.Sources = slices.Clone(r.Sources)
	r.Props = maps.Clone(r.Props)
	b.rels[k] = &r
	return &r
}

func (b *builder) unresolved(set string, row *row, reason, format string, args ...any) {
	b.unres = append(b.unres, refdata.Unresolved{File: row.file, Line: row.line, Row: slices.Clone(row.fields),
		Reason: reason, Detail: fmt.Sprintf(format, args...)})
	b.stat(set).Unresolved[reason]++
}

var kindRank = map[kg.Kind]int{kg.Person: 0, kg.Event: 1}

func (b *builder) result() *Result {
	res := &Result{Sources: b.sources, Unresolved: b.unres, Merges: b.merges, Stats: b.stats,
		Entities: make([]kg.Entity, 0, len(b.ents)), Relations: make([]kg.Relation, 0, len(b.rels))}
	for _, e := range b.ents {
		if len(e.Aliases) == 0 {
			e.Aliases = nil
		}
		res.Entities = append(res.Entities, *e)
	}
	slices.SortFunc(res.Entities, func(x, y kg.Entity) int {
		return cmp.Or(cmp.Compare(kindRank[x.Kind], kindRank[y.Kind]), cmp.Compare(x.ID, y.ID))
	})
	for _, r := range b.rels {
		res.Relations = append(res.Relations, *r)
	}
	slices.SortFunc(res.Relations, func(x, y kg.Relation) int {
		return cmp.Or(cmp.Compare(x.Type, y.Type), cmp.Compare(x.From, y.From), cmp.Compare(x.To, y.To), cmp.Compare(x.KeyValue(), y.KeyValue()))
	})
	return res
}
