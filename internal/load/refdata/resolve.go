package refdata

// Resolving one side of a twin row — a name and a country string — to a place: a world
// city, a district of one, an administrative region, or a city only the twin list knows.
// This file owns the rules that read the forms a twin-list name takes, the coordinate
// checks that tell namesakes apart, and the plan of records each outcome adds.

import (
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
	matched  bool     // the side is a world city
	strong   bool     // ... named unambiguously, without help from coordinates or a loose hint
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
//   - its name, as written, to a world city of that country; failing that, it is read as
//     "X (P)" or "P – X" (a district X of city P, an administrative unit "X (district)",
//     or X narrowed down by a region, river or municipality P), "City N" (a numbered
//     district), "X County" and the like (a region), or "X, Hint";
//   - a name several world cities fit, and no hint tells apart, is ambiguous-city;
//   - a name no world city fits becomes a twin-only City, placed where most rows naming
//     it put it; a row that puts it far from there is ambiguous-city.
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
	loose := false // the match is weak: by a looser form of the name, or a hint not borne out
	if len(cands) == 0 {
		cands = r.lookupLoose(x)
		loose = len(cands) > 0
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
				cands = nil // "St Ives, Cornwall": not the St Ives the index knows of
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
	if len(cands) == 1 && loose {
		if known, near := r.near(cands[0], farApart); known && !near {
			cands = nil // the list puts the city of that name elsewhere
		}
	}
	switch len(cands) {
	case 1:
		return r.match(cands[0], !loose), nil
	case 0:
		if qual == "" && inWorld && r.pl.ukPart != "" {
			qual = r.b.slug(r.pl.ukPart) // "Newport" in Wales when the index knows only English ones
		}
		return r.twinOnly(x, qual, region)
	}
	return nil, &problem{ReasonAmbiguousCity, "fits " + describe(cands)}
}

func describe(cs []*wcity) string {
	var parts []string
	for _, c := range cs {
		s := c.id
		if c.sub != "" {
			s += " (" + c.sub + ")"
		}
		parts = append(parts, s)
	}
	return fmt.Sprintf("%d world cities: %s", len(cs), strings.Join(parts, ", "))
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
			pl := r.match(in[0], true)
			if in[0] != pc {
				pl.ents = append(pl.ents, r.cite(pc.id, kg.City))
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
	return r.nearest(cands, 1) // "Wuzhong (Suzhou)": the Suzhou the list places near Wuzhong
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

// match is a side that names a world city.
func (r *resolver) match(c *wcity, strong bool) *plan {
	e := kg.Entity{ID: c.id, Kind: kg.City, Sources: []string{SourceTwinCities},
		Props: map[string]any{"lat": r.s.lat, "lon": r.s.lon}}
	if r.s.raw != c.name {
		e.Aliases = []string{r.s.raw}
	}
	p := &plan{id: c.id, ents: []kg.Entity{e}, matched: true, strong: strong}
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
		return r.match(c, false), nil
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
	p := &plan{id: id, ents: []kg.Entity{e, r.cite(city.id, kg.City)}}
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
// subcountry it names, or else a Region of its own.
func (r *resolver) adminNamed(name, rt string) (*plan, *problem) {
	subs := r.b.matchSubs(r.pl.iso2, name)
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

// locate is the first of two passes over the twin rows: it records where the list puts
// the world cities it names unambiguously, and the cities only it knows. The second pass
// (readTwins) resolves every side again with these places in hand, to reject a loose
// match the coordinates contradict ("Stolberg (Südharz)" is not Stolberg in the
// Rhineland), to find the city a district belongs to, and to place a twin-only city where
// most rows put it, reporting the rows that put a place of its name elsewhere.
func (b *builder) locate(rows [][2]side, lines []int) {
	for i := range rows {
		for _, s := range rows[i] {
			p, pr := b.resolveSide(s, lines[i])
			switch {
			case pr != nil:
			case p.strong:
				if _, ok := b.placed[p.id]; !ok {
					b.placed[p.id] = coord{s.lat, s.lon}
				}
			case p.twinOnly:
				b.twinObs[p.id] = append(b.twinObs[p.id], coord{s.lat, s.lon})
			}
		}
	}
	for id, obs := range b.twinObs {
		b.twinAt[id] = consensus(obs)
	}
	b.usePlaced = true
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

// near reports whether the list has placed world city c elsewhere (known), and if so
// whether within d degrees of this side.
func (r *resolver) near(c *wcity, d float64) (known, near bool) {
	if !r.b.usePlaced {
		return false, false
	}
	at, ok := r.b.placed[c.id]
	if !ok {
		return false, false
	}
	return true, dist(at, coord{r.s.lat, r.s.lon}) <= d
}

// nearest is the one candidate the list places within d degrees of this side, if
// exactly one is.
func (r *resolver) nearest(cands []*wcity, d float64) *wcity {
	var found *wcity
	for _, c := range cands {
		if _, near := r.near(c, d); near {
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
