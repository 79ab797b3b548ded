package refdata

// Resolving one side of a twin row — a name, a country string and coordinates — to a
// place: a place of the GeoNames gazetteer (a world city, or a town the row brings into
// the graph), a district of one, an administrative region, or a city only the twin list
// knows. This file owns the rules that read the forms a twin-list name takes, the
// choice among namesakes (by the row's coordinates first), and the plan of records each
// outcome adds.

import (
	"cmp"
	"fmt"
	"math"
	"regexp"
	"slices"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
)

// farApart is how far (in degrees) two twin-list places of one name may lie before they
// are taken for different places.
const farApart = 0.5

// qualifiers are the words twin_cities.csv puts in parentheses to say a name is an
// administrative unit rather than a city ("Karlsruhe (district)", "Dębica (rural gmina)"),
// with the regionType of the Region it becomes.
var qualifiers = map[string]string{
	"district": "district", "local government district": "district", "state": "state",
	"rural gmina": "municipality", "samtgemeinde": "municipality", "amt": "municipality",
	"municipality": "municipality", "communaute": "region", "microregion": "region",
	"province": "province", "prefecture": "prefecture", "region": "region",
}

var (
	parenName = regexp.MustCompile(`^(.*[^\s(])\s*\(([^()]+)\)$`)    // "Tiexi (Shenyang)"
	dashName  = regexp.MustCompile(`^(.+?)\s+[–—]\s+(.+)$`)          // "Berlin – Neukölln"
	numbered  = regexp.MustCompile(`^(.*\S)\s+(?:[0-9]+|[IVXLC]+)$`) // "Budapest XI", "Vienna 1"
	// "Maui County", "Chiba Prefecture", "Anenii Noi District", "County Monaghan"
	adminName = regexp.MustCompile(`^(?:County\s+\S.*|.*\S\s+(County|District|Municipality|Province|Prefecture|Region|Oblast|Raion|Governorate|Township))$`)
)

// adminTypes is the regionType of a Region named "X County", "X Raion" and so on.
var adminTypes = map[string]string{
	"": "region", "County": "region", "District": "district", "Municipality": "municipality",
	"Province": "province", "Prefecture": "prefecture", "Region": "region", "Oblast": "region",
	"Raion": "district", "Governorate": "region", "Township": "municipality",
}

// plan is what importing one side of a row adds to the graph; nothing is added unless
// both sides of the row resolve.
type plan struct {
	id       string
	ents     []kg.Entity
	rels     []kg.Relation
	twinOnly bool     // the side is a city only the twin list knows
	bare     string   // ... by a bare name, folded, that asRegion may yet find a region of
	iso2     string   // ... in this country
	matched  bool     // the side is a place of the gazetteer
	world    bool     // ... listed in world-cities.csv
	counts   []string // stats to count when the plan is applied
}

type problem struct{ reason, detail string }

// resolver resolves one side of a twin row.
type resolver struct {
	b    *builder
	s    side
	pl   place
	iso  string // lower case
	line int
}

// resolveSide resolves one side of a twin row to a place:
//
//   - its country string to an ISO country (resolveCountry), else the row is
//     unknown-country;
//   - its name, as written, to the places of that country that have it as their name or
//     an alias; failing that, it is read as "X (P)" or "P – X" (a district X of city P,
//     an administrative unit "X (district)", or X narrowed down by a region, river or
//     municipality P), "City N" (a numbered district), "X County" and the like (a
//     region), or "X, Hint";
//   - among the places a name fits, pick chooses by the row's coordinates, its partner
//     or population; what it cannot choose is ambiguous-city, or coordinates-elsewhere
//     when the row's coordinates lie in another country;
//   - a bare name no place fits that names a region of the country (asRegion) is that
//     Region;
//   - a name no place fits (or only places far from the row, by a looser form of the
//     name) becomes a twin-only City, placed where most rows naming it put it; a row
//     that puts it far from there is ambiguous-city, one that puts it in another country
//     coordinates-elsewhere.
func (b *builder) resolveSide(s side, line int) (*plan, *problem) {
	name, cstr := s.raw, s.country
	if cstr == "" { // "Varna, Bulgaria" with no country
		if head, tail, ok := cutLast(name, ","); ok {
			if _, ok := b.resolveCountry(tail); ok {
				name, cstr = head, tail
			}
		}
	}
	pl, ok := b.resolveCountry(cstr)
	if !ok {
		if p, isCountry := b.resolveCountry(name); cstr == "" && isCountry { // "Falkland Islands" with no country
			return nil, &problem{ReasonUnknownCountry, fmt.Sprintf("no country is given, and the name is itself a country or territory (%s), not a city", p.iso2)}
		}
		return nil, &problem{ReasonUnknownCountry, fmt.Sprintf("country %q is not an ISO 3166 country", cstr)}
	}
	r := &resolver{b: b, s: s, pl: pl, iso: strings.ToLower(pl.iso2), line: line}
	if p := r.fixedSide(); p != nil {
		return p, nil
	}
	if region := r.hintedRegion(); region != "" {
		r.count("twinSidesHinted")
		return r.named(name, &hint{text: region})
	}
	if len(r.lookup(name)) == 0 {
		if m := parenName.FindStringSubmatch(name); m != nil {
			return r.paren(strings.TrimSpace(m[1]), strings.TrimSpace(m[2]))
		}
		if m := dashName.FindStringSubmatch(name); m != nil { // the same as "Neukölln (Berlin)"
			return r.paren(strings.TrimSpace(m[2]), strings.TrimSpace(m[1]))
		}
		if m := numbered.FindStringSubmatch(name); m != nil {
			if pc := r.parentCity(m[1]); pc != nil { // "Prague 1"
				return r.district(name, pc)
			}
		}
		if m := adminName.FindStringSubmatch(name); m != nil {
			return r.adminNamed(name, adminTypes[m[1]])
		}
		if x, h, ok := strings.Cut(name, ","); ok && strings.TrimSpace(x) != "" && strings.TrimSpace(h) != "" {
			return r.named(strings.TrimSpace(x), &hint{text: strings.TrimSpace(h)})
		}
	}
	return r.named(name, nil)
}

// hint is a place name that narrows a city name down: the part after a comma in
// "Friedberg, Bavaria", the parenthesis in "Langen (Hessen)", or the region in a country
// string such as "Brandenburg, Germany". A lenient hint (a parenthesis, which may also be
// a river or a landscape: "Lingen (Ems)") does not rule out the one city of the name.
type hint struct {
	text    string
	lenient bool
	ukPart  bool
}

// named resolves a plain name, with an optional hint from the name itself.
func (r *resolver) named(x string, nameHint *hint) (*plan, *problem) {
	cands := r.lookup(x)
	loose := false    // the match is weak: by a looser form of the name, or a hint not borne out
	needNear := false // a hint names no region the gazetteer knows: only a place near the row will do
	if len(cands) == 0 {
		cands = r.lookupLoose(x)
		loose = len(cands) > 0
	}
	if len(cands) == 0 {
		if p := r.councilArea(x); p != nil {
			return p, nil
		}
	}
	inWorld := len(cands) > 0
	var hints []hint
	if nameHint != nil {
		hints = append(hints, *nameHint)
	}
	if r.pl.region != "" {
		hints = append(hints, hint{text: r.pl.region})
	}
	if r.pl.ukPart != "" {
		hints = append(hints, hint{text: r.pl.ukPart, ukPart: true})
	}
	qual, region := "", ""
	for _, h := range hints {
		subs := r.b.matchSubs(r.pl.iso2, h.text)
		if len(subs) == 0 {
			switch {
			case h.lenient:
				loose = true
			case !h.ukPart:
				needNear = true // "St Ives, Cornwall": Cornwall is no first-level region
			}
			if qual == "" && !h.ukPart {
				qual = r.b.slug(h.text)
			}
			continue
		}
		if region == "" {
			region = subs[0]
		}
		if qual == "" && !h.ukPart {
			qual = r.b.slug(subs[0])
		}
		in := inSubs(cands, subs...)
		switch {
		case len(in) > 0:
			cands = in
		case h.lenient && len(cands) == 1: // "Leichlingen (Rheinland)"
			loose = true
		default:
			cands = nil
		}
	}
	if r.pl.ukPart != "" && region == "" {
		region = r.pl.ukPart
	}
	if len(cands) > 0 {
		c, pr := r.pick(x, cands, loose || needNear)
		if pr != nil {
			return nil, pr
		}
		if c != nil {
			return r.match(c), nil
		}
		cands = nil // every place of the name lies far from where the row puts it
	}
	if qual == "" && inWorld && r.pl.ukPart != "" {
		qual = r.b.slug(r.pl.ukPart) // "Newport" in Wales when the gazetteer knows only English ones
	}
	if qual == "" {
		if p := r.asRegion(x); p != nil { // "New South Wales", "Tuscany"
			return p, nil
		}
	}
	p, pr := r.twinOnly(x, qual, region)
	if p != nil && qual == "" && len(r.lookup(x)) == 0 {
		p.bare, p.iso2 = r.b.fold(x), r.pl.iso2
	}
	return p, pr
}

// Distances (km) that decide between places of one name.
const (
	nearKm  = 30  // the place a row's coordinates lie this close to is the one it means
	looseKm = 50  // a place found by a looser form of the name must lie this close
	clearKm = 150 // ... or this close, when every other place of the name lies clearRatio times as far
	farKm   = 150 // the one place of a name this far from the row's coordinates is counted
	wideKm  = 300 // where no town lies within homeKm, how far to look for the country of a point
)

const clearRatio = 3

// pick chooses among the places of the country that a name fits:
//
//   - by the row's coordinates: the nearest within nearKm, or within clearKm when it is
//     clearly the nearest;
//   - a place found only by a looser form of the name, or despite a hint that named no
//     region (weak), must be that near, or it is a place the gazetteer lacks (nil, nil);
//   - by the row's partner: the one candidate another row pairs with it (byPartner), or
//     the one clearly nearest to it (nearPartner);
//   - by population (byPopulation), when the coordinates tell nothing;
//   - the one place of the name in the labelled country, wherever the row puts it: in
//     another country, or far away in its own, the geocoder erred (both counted);
//   - several places and none of the above: coordinates-elsewhere when they lie in
//     another country, else ambiguous-city, with the candidates and their distances.
func (r *resolver) pick(x string, cands []*wcity, weak bool) (*wcity, *problem) {
	var best *wcity
	bestKm, nextKm := math.Inf(1), math.Inf(1)
	for _, c := range slices.Compact(slices.Clone(cands)) {
		if !c.hasCoord {
			continue
		}
		switch d := km(r.s.lat, r.s.lon, c.lat, c.lon); {
		case d < bestKm:
			best, bestKm, nextKm = c, d, bestKm
		case d < nextKm:
			nextKm = d
		}
	}
	if best != nil && (bestKm <= nearKm || bestKm <= clearKm && nextKm >= clearRatio*bestKm && (!weak || bestKm <= looseKm)) {
		if len(cands) > 1 {
			r.count("twinSidesByCoordinates")
		}
		return best, nil
	}
	if weak {
		return nil, nil
	}
	if len(cands) > 1 {
		if c := r.byPartner(cands); c != nil {
			r.count("twinSidesByPartner")
			return c, nil
		}
		if c := r.nearPartner(cands); c != nil {
			r.count("twinSidesNearPartner")
			return c, nil
		}
	}
	at := r.b.cities.countryAt(r.s.lat, r.s.lon)
	elsewhere := at != "" && at != r.pl.iso2
	if at == "" { // far from any town: elsewhere when the nearest places are all another country's
		if c, _ := r.b.cities.nearest("", r.s.lat, r.s.lon, wideKm); c != nil && c.iso2 != r.pl.iso2 {
			if own, _ := r.b.cities.nearest(r.pl.iso2, r.s.lat, r.s.lon, wideKm); own == nil {
				at, elsewhere = c.iso2, true
			}
		}
	}
	if len(cands) > 1 {
		if c := r.b.byPopulation(x, cands); c != nil {
			r.count("twinSidesByPopulation")
			return c, nil
		}
	}
	if len(cands) == 1 {
		c := cands[0]
		switch {
		case elsewhere:
			// The name fits one place of the labelled country; the coordinates are the
			// geocoder's mistake ("Birmingham, United States" placed in England).
			r.count("twinSidesCoordinatesElsewhere")
			if r.b.usePlaced {
				r.b.checks = append(r.b.checks, Check{File: TwinCitiesFile, Line: r.line, ID: c.id,
					Detail: fmt.Sprintf("%s %q (%s): the row's coordinates %.4f,%.4f lie in %s; placed by its name, the only place of %s so called",
						r.s.col, r.s.raw, r.pl.iso2, r.s.lat, r.s.lon, at, r.pl.iso2)})
			}
			return c, nil
		case c.hasCoord && bestKm > farKm:
			// Most often the geocoder's mistake too (Nokia, Santa Fe placed at their
			// region's centre): the name and country single the place out.
			r.count("twinSidesFarFromCoordinates")
		}
		return c, nil
	}
	if elsewhere {
		return nil, &problem{ReasonCoordinatesElsewhere, fmt.Sprintf("the row's coordinates %.4f,%.4f lie in %s, not %s; %s",
			r.s.lat, r.s.lon, at, r.pl.iso2, describe(cands, r.s.lat, r.s.lon))}
	}
	return nil, &problem{ReasonAmbiguousCity, fmt.Sprintf("none within %d km of the row's coordinates %.4f,%.4f; %s",
		nearKm, r.s.lat, r.s.lon, describe(cands, r.s.lat, r.s.lon))}
}

// When a row's coordinates tell nothing (the geocoder placed "Hamm" and "Burg" at
// namesake villages in the Eifel, "Franklin" at a county's centre), a place of that name
// with popRatio times the people of every other place the name fits, and at least popMin,
// is the one a twin list means: the partners the rows give confirm Hamm in Westphalia and
// Burg bei Magdeburg.
const (
	popRatio = 3
	popMin   = 15000
)

// byPopulation is the candidate whose own name (or a looser form of it: "Burg" of "Burg
// bei Magdeburg") the name is, that dominates the others by population.
func (b *builder) byPopulation(x string, cands []*wcity) *wcity {
	key := b.fold(x)
	cands = slices.Compact(slices.Clone(cands))
	slices.SortStableFunc(cands, func(a, b *wcity) int { return cmp.Compare(b.pop, a.pop) })
	c := cands[0]
	if c.pop < popMin || c.pop < popRatio*cands[1].pop {
		return nil
	}
	if c.key == key || slices.Contains(b.altKeys(c.iso2, c.name, c.key), key) {
		return c
	}
	return nil
}

// count counts a stat of the second pass only.
func (r *resolver) count(stat string) {
	if r.b.usePlaced {
		r.b.stats[stat]++
	}
}

// describe lists the places a name fits, nearest first, with their distances from a
// point; at most eight.
func describe(cs []*wcity, lat, lon float64) string {
	cs = slices.Clone(cs)
	dist := func(c *wcity) float64 {
		if !c.hasCoord {
			return math.Inf(1)
		}
		return km(lat, lon, c.lat, c.lon)
	}
	slices.SortStableFunc(cs, func(a, b *wcity) int { return cmp.Compare(dist(a), dist(b)) })
	var parts []string
	for i, c := range cs {
		if i == 8 {
			parts = append(parts, "...")
			break
		}
		s := c.id
		if c.sub != "" {
			s += " (" + c.sub + ")"
		}
		if c.hasCoord {
			s += fmt.Sprintf(" %.0f km", dist(c))
		}
		parts = append(parts, s)
	}
	return fmt.Sprintf("fits %d places: %s", len(cs), strings.Join(parts, ", "))
}

// paren resolves "X (P)": a district of a city ("Tiexi (Shenyang)"), an administrative
// unit ("Karlsruhe (district)"), or a name narrowed down by a region, river or
// municipality ("Langen (Hessen)", "Lingen (Ems)", "Eke (Nazareth)").
func (r *resolver) paren(x, p string) (*plan, *problem) {
	if rt, ok := qualifiers[r.b.norm(p)]; ok {
		return r.adminRegion(x, rt)
	}
	if r.b.norm(p) == r.b.norm(x) { // "Bonn (Bonn)"
		return r.named(x, nil)
	}
	pc := r.parentCity(p)
	if m := numbered.FindStringSubmatch(p); pc == nil && m != nil {
		pc = r.parentCity(m[1]) // "Budapest XI – Újbuda" is a district of Budapest
	}
	if pc != nil {
		if in := inSubs(r.lookup(x), pc.sub); len(in) == 1 { // "Neukölln (Berlin)": GeoNames lists the borough as a city
			pl := r.match(in[0])
			if in[0] != pc {
				pl.cityRef(r, pc)
				pl.rels = append(pl.rels, r.rel(in[0].id, kg.PartOf, pc.id))
			}
			return pl, nil
		}
		return r.district(x, pc)
	}
	return r.named(x, &hint{text: p, lenient: true})
}

// parentCity is the one world city a parenthesis names, if it names one.
func (r *resolver) parentCity(p string) *wcity {
	cands := r.lookup(p)
	if len(cands) == 0 {
		cands = r.lookupLoose(p) // "Nord-Ost (Frankfurt)", "New Taipei – Yonghe"
	}
	if len(cands) > 1 {
		for _, h := range []string{r.pl.region, r.pl.ukPart} {
			if h == "" {
				continue
			}
			cands = inSubs(cands, r.b.matchSubs(r.pl.iso2, h)...)
		}
	}
	if len(cands) == 1 {
		return cands[0]
	}
	return r.nearest(cands, 100) // "Wuzhong (Suzhou)": the Suzhou near where the list puts Wuzhong
}

// inSubs keeps the candidates that lie in one of the subcountries subs.
func inSubs(cands []*wcity, subs ...string) []*wcity {
	var in []*wcity
	for _, c := range cands {
		if slices.Contains(subs, c.sub) {
			in = append(in, c)
		}
	}
	return in
}

// match is a side that names a place of the gazetteer: a world city, or a town that
// enters the graph because the row names it.
func (r *resolver) match(c *wcity) *plan {
	e := kg.Entity{ID: c.id, Kind: kg.City, Sources: []string{SourceTwinCities}}
	if !c.hasCoord { // a world city the gazetteer no longer lists: the list places it
		e.Props = map[string]any{"lat": r.s.lat, "lon": r.s.lon}
	}
	if r.s.raw != c.name {
		e.Aliases = []string{r.s.raw}
	}
	p := &plan{id: c.id, matched: true, world: c.world}
	if !c.world {
		ents, rels := r.b.townRecords(c)
		p.ents, p.rels = ents, rels
	}
	p.ents = append(p.ents, e)
	if r.pl.ukPart != "" && c.sub == r.pl.ukPart { // the list, too, places it in Northern Ireland
		rid := r.b.regionID("GB", c.sub)
		p.ents = append(p.ents, r.cite(rid, kg.Region))
		p.rels = append(p.rels, r.rel(c.id, kg.InRegion, rid))
	}
	return p
}

// twinOnly is a side that names a place world-cities.csv does not have: a City of the
// twin list, placed where the list puts it.
func (r *resolver) twinOnly(x, qual, region string) (*plan, *problem) {
	sx := r.b.slug(x)
	if sx == "" {
		return nil, &problem{ReasonBadName, "the name has no letter or digit to make an id of"}
	}
	id := "city:" + r.iso + ":" + sx
	if qual != "" {
		id = "city:" + r.iso + ":" + qual + ":" + sx
	}
	if c, ok := r.b.cities.byID[id]; ok {
		return nil, &problem{ReasonAmbiguousCity, fmt.Sprintf("the gazetteer's %s lies %.0f km from the row's coordinates, and no other place of the name is known",
			c.id, km(r.s.lat, r.s.lon, c.lat, c.lon))}
	}
	if at := r.b.cities.countryAt(r.s.lat, r.s.lon); at != "" && at != r.pl.iso2 {
		return nil, &problem{ReasonCoordinatesElsewhere, fmt.Sprintf("no place of the name in %s, and the row's coordinates %.4f,%.4f lie in %s",
			r.pl.iso2, r.s.lat, r.s.lon, at)}
	}
	here := coord{r.s.lat, r.s.lon}
	if at, ok := r.b.twinAt[id]; ok && r.b.usePlaced {
		if d := dist(at.coord, here); d > farApart {
			return nil, &problem{ReasonAmbiguousCity, fmt.Sprintf("%d of the %d rows that name %s put it at %.4f,%.4f, %.1f° from %.4f,%.4f here",
				at.votes, at.of, id, at.lat, at.lon, d, here.lat, here.lon)}
		}
		here = at.coord
	}
	e := kg.Entity{ID: id, Kind: kg.City, Name: x, Sources: []string{SourceTwinCities},
		Props: map[string]any{"lat": here.lat, "lon": here.lon}, Pos: kg.Pos{File: TwinCitiesFile, Line: r.line}}
	if r.s.raw != x {
		e.Aliases = []string{r.s.raw}
	}
	p := &plan{id: id, ents: []kg.Entity{e}, twinOnly: true}
	p.rels = append(p.rels, r.rel(id, kg.InCountry, countryID(r.pl.iso2)))
	if region != "" {
		rid := r.b.regionID(r.pl.iso2, region)
		p.ents = append(p.ents, r.region(rid, region, regionType(r.pl.iso2, region)))
		p.rels = append(p.rels, r.rel(id, kg.InRegion, rid), r.rel(rid, kg.InCountry, countryID(r.pl.iso2)))
	}
	return p, nil
}

// district is "X (City)": Region region:<iso2>:<city>:<x>, PART_OF the city.
func (r *resolver) district(x string, city *wcity) (*plan, *problem) {
	sx := r.b.slug(x)
	if sx == "" {
		return nil, &problem{ReasonBadName, "the district name has no letter or digit to make an id of"}
	}
	tail := strings.TrimPrefix(city.id, "city:"+r.iso+":")
	id := "region:" + r.iso + ":" + tail + ":" + sx
	e := r.region(id, x, "district")
	if r.s.raw != x {
		e.Aliases = []string{r.s.raw}
	}
	p := &plan{id: id, ents: []kg.Entity{e}}
	p.cityRef(r, city)
	p.rels = append(p.rels, r.rel(id, kg.PartOf, city.id), r.rel(id, kg.InCountry, countryID(r.pl.iso2)))
	p.counts = append(p.counts, "twinDistrictSides")
	return p, nil
}

// adminRegion is "X (district)", "X (state)" and the like: Region region:<iso2>:<x>,
// which may already be known as a subcountry ("Victoria (state)").
func (r *resolver) adminRegion(x, rt string) (*plan, *problem) {
	sx := r.b.slug(x)
	if sx == "" {
		return nil, &problem{ReasonBadName, "the name has no letter or digit to make an id of"}
	}
	id := r.b.regionID(r.pl.iso2, x)
	e := r.region(id, x, rt)
	if r.s.raw != x {
		e.Aliases = []string{r.s.raw}
	}
	p := &plan{id: id, ents: []kg.Entity{e}}
	p.rels = append(p.rels, r.rel(id, kg.InCountry, countryID(r.pl.iso2)))
	if r.pl.ukPart != "" {
		part := r.b.regionID("GB", r.pl.ukPart)
		p.ents = append(p.ents, r.region(part, r.pl.ukPart, "country-part"))
		p.rels = append(p.rels, r.rel(id, kg.InRegion, part), r.rel(part, kg.InCountry, countryID("GB")))
	}
	p.counts = append(p.counts, "twinAdminRegionSides")
	return p, nil
}

// adminNamed is a name such as "Chiba Prefecture" or "Maui County": the world-cities
// subcountry it names, or else a Region of its own. In a country of states, "X County"
// (or "X District") is never the state X but a unit within a state ("Hawaii County",
// "Utah County", and the many Washington Counties): a Region of its own, IN_REGION the
// state of its name only when the row's coordinates lie in that state.
func (r *resolver) adminNamed(name, rt string) (*plan, *problem) {
	subs := r.b.matchSubs(r.pl.iso2, name)
	if len(subs) == 1 && regionType(r.pl.iso2, subs[0]) == "state" {
		p, pr := r.adminRegion(name, rt)
		if p != nil {
			if c, _ := r.b.cities.nearest(r.pl.iso2, r.s.lat, r.s.lon, clearKm); c != nil && c.sub == subs[0] {
				sid := r.b.regionID(r.pl.iso2, subs[0])
				p.ents = append(p.ents, r.cite(sid, kg.Region))
				p.rels = append(p.rels, r.rel(p.id, kg.InRegion, sid))
			}
		}
		return p, pr
	}
	if len(subs) != 1 {
		return r.adminRegion(name, rt)
	}
	id := r.b.regionID(r.pl.iso2, subs[0])
	e := r.region(id, subs[0], regionType(r.pl.iso2, subs[0]))
	if r.s.raw != subs[0] {
		e.Aliases = []string{r.s.raw}
	}
	p := &plan{id: id, ents: []kg.Entity{e}, counts: []string{"twinAdminRegionSides"}}
	p.rels = append(p.rels, r.rel(id, kg.InCountry, countryID(r.pl.iso2)))
	return p, nil
}

func (r *resolver) region(id, name, rt string) kg.Entity {
	return kg.Entity{ID: id, Kind: kg.Region, Name: name, Props: map[string]any{"regionType": rt},
		Sources: []string{SourceTwinCities}, Pos: kg.Pos{File: TwinCitiesFile, Line: r.line}}
}

// cityRef adds a place of the gazetteer that the side mentions (the city a district is
// part of): a town with its records, and the twin list as a source.
func (p *plan) cityRef(r *resolver, c *wcity) {
	if !c.world {
		ents, rels := r.b.townRecords(c)
		p.ents, p.rels = append(p.ents, ents...), append(p.rels, rels...)
	}
	p.ents = append(p.ents, r.cite(c.id, kg.City))
}

// cite adds the twin list to the sources of an entity it mentions.
func (r *resolver) cite(id string, k kg.Kind) kg.Entity {
	return kg.Entity{ID: id, Kind: k, Sources: []string{SourceTwinCities}}
}

func (r *resolver) rel(from, typ, to string) kg.Relation {
	return kg.Relation{From: from, Type: typ, To: to, Sources: []string{SourceTwinCities},
		Pos: kg.Pos{File: TwinCitiesFile, Line: r.line}}
}

// twinPlace is where most rows naming a twin-only city put it.
type twinPlace struct {
	coord
	votes, of int
}

// locate is the first of two passes over the twin rows: it records where the rows put
// the cities only the list knows, and which places the rows pair. The second pass
// (readTwins) resolves every side again with these in hand: to place a twin-only city
// where most rows put it, reporting the rows that put a place of its name elsewhere, and
// to tell apart the places a name fits by the partner a row gives it, when another row
// pairs that partner with one of them ("Châtillon" in the Belgian list is the
// Châtillon-sur-Chalaronne the French list pairs with the same town).
func (b *builder) locate(rows [][2]side, lines []int) {
	ids := make([][2]string, len(rows))
	plans := make([][2]*plan, len(rows))
	for i := range rows {
		for j, s := range rows[i] {
			p, pr := b.resolveSide(s, lines[i])
			if pr != nil {
				continue
			}
			plans[i][j] = p
			b.noteRegion(p, coord{s.lat, s.lon})
		}
	}
	for i := range rows {
		for j, s := range rows[i] {
			p := plans[i][j]
			if p == nil {
				continue
			}
			ids[i][j] = p.id
			if !p.twinOnly {
				continue
			}
			// A bare name that is a region another row names ("Nərimanov" beside
			// "Nərimanov (Baku)") is that region, and does not place the city of the name.
			if p.bare != "" {
				if tr := b.nearTwinRegion(p.iso2, p.bare, coord{s.lat, s.lon}); tr != nil {
					ids[i][j] = tr.plan.id
					continue
				}
			}
			b.twinObs[p.id] = append(b.twinObs[p.id], coord{s.lat, s.lon})
		}
		if a, c := ids[i][0], ids[i][1]; a != "" && c != "" && a != c {
			b.paired[a] = append(b.paired[a], pairing{c, lines[i]})
			b.paired[c] = append(b.paired[c], pairing{a, lines[i]})
		}
	}
	for i := range rows {
		for j := range rows[i] {
			s, other := &rows[i][j], rows[i][1-j]
			s.partner = ids[i][1-j]
			if s.partner == "" {
				continue
			}
			s.partnerAt = coord{other.lat, other.lon} // a twin-only city, where the list puts it
			if c := b.cities.byID[s.partner]; c != nil {
				s.partnerAt = coord{c.lat, c.lon}
				if !c.hasCoord {
					s.partner = ""
				}
			}
		}
	}
	for id, obs := range b.twinObs {
		b.twinAt[id] = consensus(obs)
	}
	b.usePlaced = true
}

// Cross-border twinning is common: when a row's coordinates do not tell the places of a
// name apart, the one that lies within partnerKm of the row's partner, and clearRatio
// times nearer to it than any other, is taken.
const partnerKm = 100

// nearPartner is the one candidate clearly nearest to this row's partner.
func (r *resolver) nearPartner(cands []*wcity) *wcity {
	if r.s.partner == "" {
		return nil
	}
	var best *wcity
	bestKm, nextKm := math.Inf(1), math.Inf(1)
	for _, c := range slices.Compact(slices.Clone(cands)) {
		if !c.hasCoord {
			continue
		}
		switch d := km(r.s.partnerAt.lat, r.s.partnerAt.lon, c.lat, c.lon); {
		case d < bestKm:
			best, bestKm, nextKm = c, d, bestKm
		case d < nextKm:
			nextKm = d
		}
	}
	if best != nil && bestKm <= partnerKm && nextKm >= clearRatio*bestKm {
		return best
	}
	return nil
}

// pairing is a place a twin row pairs another with, and the row's line.
type pairing struct {
	id   string
	line int
}

// byPartner is the one candidate another row pairs with this row's partner.
func (r *resolver) byPartner(cands []*wcity) *wcity {
	if r.s.partner == "" {
		return nil
	}
	var found *wcity
	for _, c := range slices.Compact(slices.Clone(cands)) {
		if slices.ContainsFunc(r.b.paired[r.s.partner], func(p pairing) bool { return p.id == c.id && p.line != r.line }) {
			if found != nil {
				return nil
			}
			found = c
		}
	}
	return found
}

// consensus is the place most observations agree on: the observation with the most
// others within farApart of it, the earliest on a tie.
func consensus(obs []coord) twinPlace {
	best := twinPlace{coord: obs[0], of: len(obs)}
	for _, o := range obs {
		n := 0
		for _, p := range obs {
			if dist(o, p) <= farApart {
				n++
			}
		}
		if n > best.votes {
			best.coord, best.votes = o, n
		}
	}
	return best
}

// nearest is the one candidate within d km of this side, if exactly one is.
func (r *resolver) nearest(cands []*wcity, d float64) *wcity {
	var found *wcity
	for _, c := range cands {
		if c.hasCoord && km(r.s.lat, r.s.lon, c.lat, c.lon) <= d {
			if found != nil {
				return nil
			}
			found = c
		}
	}
	return found
}

// dist is the distance in degrees between two places, as the crow flies over a flat map:
// enough to tell a town from a namesake hundreds of kilometres away.
func dist(a, b coord) float64 { return math.Hypot(a.lat-b.lat, a.lon-b.lon) }

// councilPrefixes are the words with which a country's twin rows name a local government
// area after the city it surrounds: Australian councils twin as "Greater Geelong",
// "Greater Shepparton" (the City of Greater X). Elsewhere "Greater" names other things:
// a metropolitan county (Greater Manchester), a city of its own (Greater Noida), or a
// city's official name (Greater Sudbury).
var councilPrefixes = map[string]string{"AU": "Greater "}

// councilArea is a council named after its city that no place of the gazetteer is named
// by: the city, when one of the name lies within clearKm of the row's coordinates, with
// the council's name as an alias. The twinning is the council's on behalf of its city;
// a City beside the city it surrounds made two nodes of one place.
func (r *resolver) councilArea(x string) *plan {
	prefix, ok := councilPrefixes[r.pl.iso2]
	if !ok {
		return nil
	}
	city, ok := strings.CutPrefix(x, prefix)
	if !ok || strings.TrimSpace(city) == "" {
		return nil
	}
	c := r.nearest(r.lookup(strings.TrimSpace(city)), clearKm)
	if c == nil {
		return nil
	}
	p := r.match(c)
	p.counts = append(p.counts, "twinCouncilSides")
	return p
}
