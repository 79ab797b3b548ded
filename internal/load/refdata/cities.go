package refdata

import (
	"strconv"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
)

var worldCitiesHeader = []string{"name", "country", "subcountry", "geonameid"}

// wcity is a row of world-cities.csv.
type wcity struct {
	id, name, sub string
	iso2          string // upper case
	norm, subNorm string // kg.NormalizeName of name and subcountry
	gid           int
}

// cityIndex finds world cities by country and normalized name.
type cityIndex struct {
	byName  map[string][]*wcity // iso2 + "|" + norm -> cities, in file order
	subs    map[string][]string // iso2 -> subcountry names, in file order
	subKeys map[string][]string // iso2 -> subKey of each of subs
	byAlt   map[string][]*wcity // iso2 + "|" + a looser form of the name (altKeys) -> cities
	byID    map[string]*wcity
}

func (x *cityIndex) lookup(iso2, norm string) []*wcity { return x.byName[iso2+"|"+norm] }

func (b *builder) readWorldCities(path string) error {
	t, err := readTable(path, worldCitiesHeader, true)
	if err != nil {
		return err
	}
	x := &cityIndex{byName: map[string][]*wcity{}, subs: map[string][]string{}, subKeys: map[string][]string{},
		byAlt: map[string][]*wcity{}, byID: map[string]*wcity{}}
	b.cities = x
	var all []*wcity
	var rowOf []int
	seenSub := map[string]bool{}
	for i := range t.rows {
		b.stats["worldCityRows"]++
		name, cname, sub := t.get(i, "name"), t.get(i, "country"), t.get(i, "subcountry")
		gid, err := strconv.Atoi(t.get(i, "geonameid"))
		if err != nil {
			return t.errAt(i, "geonameid", "%q is not a whole number", t.get(i, "geonameid"))
		}
		p, ok := b.resolveCountry(cname)
		if !ok {
			b.unresolved(t, i, ReasonUnknownCountry, "country %q is not an ISO 3166 country", cname)
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
		c := &wcity{name: name, sub: sub, iso2: p.iso2, norm: norm, subNorm: b.norm(sub), gid: gid}
		k := p.iso2 + "|" + norm
		x.byName[k] = append(x.byName[k], c)
		if sub != "" && !seenSub[p.iso2+"|"+sub] {
			seenSub[p.iso2+"|"+sub] = true
			x.subs[p.iso2] = append(x.subs[p.iso2], sub)
			x.subKeys[p.iso2] = append(x.subKeys[p.iso2], b.subKey(sub))
		}
		all = append(all, c)
		rowOf = append(rowOf, i)
		seenKey := map[string]bool{norm: true}
		for _, ak := range b.altKeys(p.iso2, name) {
			if !seenKey[ak] {
				seenKey[ak] = true
				x.byAlt[p.iso2+"|"+ak] = append(x.byAlt[p.iso2+"|"+ak], c)
			}
		}
	}
	// Ids: city:<iso2>:<name> when the name is unique in its country; otherwise
	// city:<iso2>:<subcountry>:<name>, and the geonameid appended if that still collides.
	byQualified := map[string]int{}
	for _, c := range all {
		lower := strings.ToLower(c.iso2)
		if len(x.lookup(c.iso2, c.norm)) == 1 {
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
	for j, c := range all {
		if byQualified[c.id] > 1 {
			c.id += ":" + strconv.Itoa(c.gid)
		}
		if prev, dup := x.byID[c.id]; dup {
			return t.errAt(rowOf[j], "geonameid", "city id %s is given twice (geonameid %d and %d)", c.id, prev.gid, c.gid)
		}
		x.byID[c.id] = c
	}
	b.exonyms = map[string]string{}
	for iso2, m := range exonyms {
		for twin, world := range m {
			b.exonyms[iso2+"|"+b.norm(twin)] = b.norm(world)
		}
	}
	for j, c := range all {
		i := rowOf[j]
		pos := t.pos(i)
		src := []string{SourceWorldCities}
		cid := countryID(c.iso2)
		b.add(kg.Entity{ID: c.id, Kind: kg.City, Name: c.name, Props: map[string]any{"geonameId": c.gid}, Sources: src, Pos: pos})
		b.relate(kg.Relation{From: c.id, Type: kg.InCountry, To: cid, Sources: src, Pos: pos})
		if c.sub != "" {
			rid := b.regionID(c.iso2, c.sub)
			b.add(kg.Entity{ID: rid, Kind: kg.Region, Name: c.sub, Props: map[string]any{"regionType": regionType(c.iso2, c.sub)}, Sources: src, Pos: pos})
			b.relate(kg.Relation{From: rid, Type: kg.InCountry, To: cid, Sources: src, Pos: pos})
			b.relate(kg.Relation{From: c.id, Type: kg.InRegion, To: rid, Sources: src, Pos: pos})
		}
		b.stats["worldCities"]++
	}
	return nil
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
