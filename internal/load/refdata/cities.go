package refdata

import (
	"slices"
	"strconv"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
	"github.com/amity-graph/amity/internal/load/csvtable"
)

var worldCitiesHeader = []string{"name", "country", "subcountry", "geonameid"}

// wcity is a place of the gazetteer (geonames-cities.tsv.gz), or a row of
// world-cities.csv that the gazetteer no longer lists.
type wcity struct {
	id, name, sub string // sub: the first-level region's name, "" when not known
	iso2          string // upper case
	norm, subNorm string // kg.NormalizeName of name and subcountry
	key           string // fold of name
	slug          string // kg.Slug of name (towns only)
	gid           int
	lat, lon      float64
	hasCoord      bool
	pop           int
	admin1        string
	aliases       []string // GeoNames alternate names, as compacted
	world         bool     // listed in world-cities.csv: always a City of the graph
	line          int      // line of the gazetteer, or of world-cities.csv when not in it
}

// nameKey is a folded name within a country.
type nameKey struct{ iso2, key string }

// cityIndex finds places by country and folded name or alias, by GeoNames id and by id,
// and by position.
type cityIndex struct {
	byName  map[nameKey][]*wcity // fold of name -> places, in file order
	byAlias map[nameKey][]*wcity // fold of an alias -> places whose name folds otherwise (aliasIndex)
	subs    map[string][]string  // iso2 -> subcountry names, in file order
	subKeys map[string][]string  // iso2 -> subKey of each of subs
	byAlt   map[nameKey][]*wcity // a looser form of the name (altKeys) -> places
	byID    map[string]*wcity
	byGid   map[int]*wcity
	grid    map[cell][]*wcity
	at      map[coord]string // memo of countryAt
	// aliasDone is closed when indexAliases has filled byAlias
	aliasDone <-chan struct{}
	all       []*wcity // gazetteer order, then world-cities rows it lacks
}

// newCityIndex makes an index for about places places: growing maps as large as the
// gazetteer's costs more than reading it.
func newCityIndex(places int) *cityIndex {
	return &cityIndex{byName: make(map[nameKey][]*wcity, places), byAlias: make(map[nameKey][]*wcity, 4*places),
		subs: map[string][]string{}, subKeys: map[string][]string{}, byAlt: map[nameKey][]*wcity{},
		byID: make(map[string]*wcity, places), byGid: make(map[int]*wcity, places), grid: map[cell][]*wcity{},
		at: map[coord]string{}, all: make([]*wcity, 0, places)}
}

// add indexes a place by GeoNames id, name and position; its aliases are indexed by
// indexAliases.
func (x *cityIndex) add(c *wcity) {
	x.byGid[c.gid] = c
	x.all = append(x.all, c)
	c.key = fold(c.name)
	k := nameKey{c.iso2, c.key}
	x.byName[k] = append(x.byName[k], c)
	if c.hasCoord {
		g := cellOf(c.lat, c.lon)
		x.grid[g] = append(x.grid[g], c)
	}
}

// indexAliases indexes the aliases of every place added so far, in a goroutine of its
// own (it is a third of reading the gazetteer, and nothing needs it before the twin
// rows); aliasIndex waits for it. It works on a copy of what it reads, so that the
// places may change meanwhile.
func (x *cityIndex) indexAliases() {
	type job struct {
		c       *wcity
		iso2    string
		key     string
		aliases []string
	}
	jobs := make([]job, 0, len(x.all))
	for _, c := range x.all {
		if len(c.aliases) > 0 {
			jobs = append(jobs, job{c, c.iso2, c.key, c.aliases})
		}
	}
	done := make(chan struct{})
	x.aliasDone = done
	go func() {
		defer close(done)
		var seen []string
		for _, j := range jobs {
			seen = append(seen[:0], j.key)
			for _, a := range j.aliases {
				ak := fold(a)
				if ak == "" || slices.Contains(seen, ak) {
					continue
				}
				seen = append(seen, ak)
				k := nameKey{j.iso2, ak}
				x.byAlias[k] = append(x.byAlias[k], j.c)
			}
		}
	}()
}

// aliasIndex is byAlias, once indexAliases is done.
func (x *cityIndex) aliasIndex() map[nameKey][]*wcity {
	if x.aliasDone != nil {
		<-x.aliasDone
	}
	return x.byAlias
}

// lookupAll finds the places a folded name names, by name and by alias, names first.
func (x *cityIndex) lookupAll(iso2, key string) []*wcity {
	named := x.byName[nameKey{iso2, key}]
	aliased := x.aliasIndex()[nameKey{iso2, key}]
	if len(aliased) == 0 {
		return named
	}
	return append(slices.Clip(named), aliased...)
}

// readWorldCities reads world-cities.csv: the places that are Cities of the graph
// whether or not a row names them, and the names of the gazetteer's first-level regions.
// A row is joined to the gazetteer by its GeoNames id; the few rows the gazetteer no
// longer lists stay Cities without coordinates.
func (b *builder) readWorldCities(path string) error {
	t, err := csvtable.Read(path, worldCitiesHeader, true)
	if err != nil {
		return err
	}
	x := b.cities
	var world []*wcity
	var rowOf []int
	seenSub := map[string]bool{}
	worldByName := map[string]int{} // iso2 + "|" + norm -> world-cities rows of that name
	subVotes := map[string]map[string]int{}
	for i := range t.Rows {
		b.stats["worldCityRows"]++
		name, cname, sub := t.Get(i, "name"), t.Get(i, "country"), t.Get(i, "subcountry")
		gid, err := strconv.Atoi(t.Get(i, "geonameid"))
		if err != nil {
			return t.ErrAt(i, "geonameid", "%q is not a whole number", t.Get(i, "geonameid"))
		}
		p, ok := b.resolveCountry(cname)
		if !ok {
			b.unresolved(t, i, ReasonUnknownCountry, "country %q is not an ISO 3166 country", cname)
			continue
		}
		if isInstitution(name) {
			b.unresolved(t, i, ReasonNotAPlace, "%q names a body, not a place", name)
			continue
		}
		norm := b.norm(name)
		if norm == "" {
			b.unresolved(t, i, ReasonBadName, "city name %q has no letter or digit to make an id of", name)
			continue
		}
		if b.slug(sub) == "" {
			sub = ""
		}
		c := x.byGid[gid]
		switch {
		case c == nil:
			c = &wcity{name: name, iso2: p.iso2, gid: gid, line: t.Lines[i]}
			x.add(c)
			b.stats["worldCitiesWithoutCoordinates"]++
		case c.world:
			return t.ErrAt(i, "geonameid", "geonameid %d is listed twice", gid)
		case c.iso2 != p.iso2:
			return t.ErrAt(i, "country", "geonameid %d is in %s in the gazetteer, in %s here", gid, c.iso2, p.iso2)
		}
		if c.name != name { // "Kalibo (poblacion)" in GeoNames today
			c.aliases = append(slices.Clip(c.aliases), c.name)
			c.name, c.key = name, fold(name)
			x.byName[nameKey{c.iso2, c.key}] = append(x.byName[nameKey{c.iso2, c.key}], c)
		}
		c.world, c.sub, c.norm, c.subNorm = true, sub, norm, b.norm(sub)
		worldByName[p.iso2+"|"+norm]++
		if sub != "" && !seenSub[p.iso2+"|"+sub] {
			seenSub[p.iso2+"|"+sub] = true
			x.subs[p.iso2] = append(x.subs[p.iso2], sub)
			x.subKeys[p.iso2] = append(x.subKeys[p.iso2], b.subKey(sub))
		}
		if sub != "" && c.admin1 != "" && c.admin1 != "00" {
			k := p.iso2 + "|" + c.admin1
			if subVotes[k] == nil {
				subVotes[k] = map[string]int{}
			}
			subVotes[k][sub]++
		}
		world = append(world, c)
		rowOf = append(rowOf, i)
	}
	// A first-level region is named by the subcountry most world cities of its code give.
	admin1Name := map[string]string{}
	for k, votes := range subVotes {
		best := ""
		for _, s := range sortedKeys(votes) {
			if best == "" || votes[s] > votes[best] {
				best = s
			}
		}
		admin1Name[k] = best
	}
	b.stats["geonamesAdmin1Named"] = len(admin1Name)
	for _, c := range x.all {
		if !c.world && c.admin1 != "" {
			c.sub = admin1Name[c.iso2+"|"+c.admin1]
			c.subNorm = b.norm(c.sub)
		}
	}
	// Ids of world cities: city:<iso2>:<name> when the name is unique among the country's
	// world cities; otherwise city:<iso2>:<subcountry>:<name>, and the geonameid appended
	// if that still collides.
	byQualified := map[string]int{}
	for _, c := range world {
		lower := strings.ToLower(c.iso2)
		if worldByName[c.iso2+"|"+c.norm] == 1 {
			c.id = "city:" + lower + ":" + b.slug(c.name)
			continue
		}
		b.stats["worldCityIdsQualified"]++
		if c.sub != "" {
			c.id = "city:" + lower + ":" + b.slug(c.sub) + ":" + b.slug(c.name)
			byQualified[c.id]++
		} else {
			c.id = "city:" + lower + ":" + b.slug(c.name) + ":" + strconv.Itoa(c.gid)
		}
	}
	for j, c := range world {
		if byQualified[c.id] > 1 {
			c.id += ":" + strconv.Itoa(c.gid)
		}
		if prev, dup := x.byID[c.id]; dup {
			return t.ErrAt(rowOf[j], "geonameid", "city id %s is given twice (geonameid %d and %d)", c.id, prev.gid, c.gid)
		}
		x.byID[c.id] = c
	}
	b.townIDs()
	for _, c := range x.all {
		for _, ak := range b.altKeys(c.iso2, c.name, c.key) {
			if ak != c.key {
				x.byAlt[nameKey{c.iso2, ak}] = append(x.byAlt[nameKey{c.iso2, ak}], c)
			}
		}
	}
	b.exonyms = map[string]string{}
	for iso2, m := range exonyms {
		for twin, world := range m {
			b.exonyms[iso2+"|"+fold(twin)] = fold(world)
		}
	}
	b.dropMisleadingAliases()
	for j, c := range world {
		pos := t.Pos(rowOf[j])
		src := []string{SourceWorldCities}
		if c.hasCoord {
			src = append(src, SourceGeoNames)
		}
		cid := countryID(c.iso2)
		b.add(b.cityEntity(c, src, pos))
		b.relate(kg.Relation{From: c.id, Type: kg.InCountry, To: cid, Sources: src, Pos: pos})
		if c.sub != "" {
			rid := b.regionID(c.iso2, c.sub)
			b.add(kg.Entity{ID: rid, Kind: kg.Region, Name: c.sub, Props: map[string]any{"regionType": regionType(c.iso2, c.sub)}, Sources: []string{SourceWorldCities}, Pos: pos})
			b.relate(kg.Relation{From: rid, Type: kg.InCountry, To: cid, Sources: []string{SourceWorldCities}, Pos: pos})
			b.relate(kg.Relation{From: c.id, Type: kg.InRegion, To: rid, Sources: src, Pos: pos})
		}
		b.stats["worldCities"]++
	}
	return nil
}

// townIDs gives every place of the gazetteer that world-cities.csv does not list an id,
// whether or not it enters the graph, so that an id never depends on which rows asked
// for a town: city:<iso2>:<name> when no other place of the country has the name and no
// world city the id; else city:<iso2>:<region>:<name> when that is unique; else with the
// GeoNames id appended.
func (b *builder) townIDs() {
	x := b.cities
	want := map[string][]*wcity{}
	var towns []*wcity
	for _, c := range x.all {
		if c.world {
			continue
		}
		towns = append(towns, c)
		lower := strings.ToLower(c.iso2)
		s, ok := slugOfFold(c.key)
		if !ok {
			s = b.slug(c.name)
		}
		c.slug = s
		if s == "" {
			c.id = "city:" + lower + ":" + strconv.Itoa(c.gid)
			continue
		}
		if len(x.byName[nameKey{c.iso2, c.key}]) == 1 {
			c.id = "city:" + lower + ":" + s
		} else if c.sub != "" {
			c.id = "city:" + lower + ":" + b.slug(c.sub) + ":" + s
		} else {
			c.id = "city:" + lower + ":" + s + ":" + strconv.Itoa(c.gid)
		}
		want[c.id] = append(want[c.id], c)
	}
	for _, c := range towns {
		if _, taken := x.byID[c.id]; taken || len(want[c.id]) > 1 {
			c.id = "city:" + strings.ToLower(c.iso2) + ":" + c.slug + ":" + strconv.Itoa(c.gid)
			if c.slug == "" {
				c.id = "city:" + strings.ToLower(c.iso2) + ":" + strconv.Itoa(c.gid)
			}
		}
		x.byID[c.id] = c
	}
}

// cityEntity is the City a place of the gazetteer (or a world-cities row) becomes.
func (b *builder) cityEntity(c *wcity, src []string, pos kg.Pos) kg.Entity {
	props := map[string]any{"geonameId": c.gid}
	if c.hasCoord {
		props["lat"], props["lon"], props["population"] = c.lat, c.lon, c.pop
	}
	name, aliases := c.name, slices.Clone(c.aliases)
	if n := commonName(c.name, c.aliases); n != c.name {
		name = n
		aliases = append([]string{c.name}, slices.DeleteFunc(aliases, func(a string) bool { return a == n })...)
	}
	return kg.Entity{ID: c.id, Kind: kg.City, Name: name, Aliases: aliases, Props: props, Sources: src, Pos: pos}
}

// townRecords are the City a town of the gazetteer becomes, and where it lies; they cite
// the gazetteer.
func (b *builder) townRecords(c *wcity) ([]kg.Entity, []kg.Relation) {
	src := []string{SourceGeoNames}
	pos := kg.Pos{File: GeoNamesFile, Line: c.line}
	ents := []kg.Entity{b.cityEntity(c, src, pos)}
	rels := []kg.Relation{{From: c.id, Type: kg.InCountry, To: countryID(c.iso2), Sources: src, Pos: pos}}
	if c.sub != "" {
		rels = append(rels, kg.Relation{From: c.id, Type: kg.InRegion, To: b.regionID(c.iso2, c.sub), Sources: src, Pos: pos})
	}
	return ents, rels
}

func (b *builder) regionID(iso2, name string) string {
	return "region:" + strings.ToLower(iso2) + ":" + b.slug(name)
}

// regionType says what kind of region a world-cities subcountry is, where the country's
// first-level divisions are all of a kind the graph names; "region" otherwise.
func regionType(iso2, sub string) string {
	switch iso2 {
	case "GB":
		return "country-part"
	case "JP":
		return "prefecture"
	case "CN":
		switch sub {
		case "Beijing", "Shanghai", "Tianjin", "Chongqing":
			return "municipality"
		case "Guangxi", "Inner Mongolia", "Ningxia", "Tibet", "Xinjiang":
			return "region" // autonomous regions
		}
		return "province"
	case "KR":
		if strings.HasSuffix(sub, "-do") || strings.Contains(sub, "Chungcheong") {
			return "province"
		}
		return "municipality" // special and metropolitan cities, Sejong
	case "US":
		if sub == "District of Columbia" {
			return "district"
		}
		return "state"
	case "DE":
		return "state"
	case "AU":
		if strings.Contains(sub, "Territory") {
			return "region"
		}
		return "state"
	case "CA":
		if strings.Contains(sub, "Territories") || sub == "Yukon" || sub == "Nunavut" {
			return "region"
		}
		return "province"
	}
	return "region"
}
