package refdata

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"sync"

	"github.com/amity-graph/amity/internal/kg"
)

// Places is how importers of other data sets (missions, travels, visits, chiefs of
// mission, mayors) find the graph's countries and cities: by the names, codes and
// coordinates their rows carry. Read builds it from the reference data; importers take
// the interface so their tests can give them a small one.
type Places interface {
	// Country resolves a country as a data set names it ("South Korea", "Korea,
	// Republic of", "China, People's Republic of", "Republic of China", an ISO 3166
	// alpha-2 or alpha-3 code) to its ISO 3166 alpha-2 code, upper case.
	Country(name string) (iso2 string, ok bool)
	// CountryByQID resolves a Wikidata item id ("Q148") to an ISO 3166 alpha-2 code.
	CountryByQID(qid string) (iso2 string, ok bool)
	// City finds the city of country iso2 that a row names: by its name or any alias
	// (native scripts, historic names, exonyms), case and diacritics folded. The hint
	// narrows several candidates: a first-level region by name ("Jiangsu"), or the
	// row's coordinates (the nearest candidate within a few tens of kilometres; a name
	// whose every place lies farther than farKm from them places nothing). It
	// returns the city's id, or a reason (one of the Reason constants) when no city or
	// several fit.
	City(iso2, name string, hint CityHint) (id string, reason string, ok bool)
	// Nearest is the city of country iso2 nearest to a point, within maxKm.
	Nearest(iso2 string, lat, lon, maxKm float64) (id string, ok bool)
}

// CityHint narrows a city lookup; its zero value gives no hint.
type CityHint struct {
	Region   string // a first-level region's name, e.g. "Jiangsu", "Ohio"
	Lat, Lon float64
	HasCoord bool
}

// gazetteer is Read's Places: the countries of country-codes.csv and the places of the
// GeoNames gazetteer, as indexed by the builder. It remembers the towns it returned that
// are not yet in the graph, for Result.Records. It is safe for concurrent use: one
// question at a time, as the builder's memos are plain maps.
type gazetteer struct {
	b       *builder
	mu      sync.Mutex
	inGraph map[string]bool // ids of Read's entities
	asked   map[string]bool // ids of gazetteer towns returned since, not among them
}

// dominates is how many times the population of the next place of a name the most
// populous must have to be taken for the place a name without any hint means ("Frankfurt"
// is Frankfurt am Main, not Frankfurt an der Oder; "Suzhou" is not decided).
const dominates = 10

// hintKm is how close to a coordinate hint the place must lie.
const hintKm = nearKm

// Country tries, in turn: an ISO code; the name as the twin list's country strings are
// read (resolveCountry: every name of country-codes.csv, the aliases and labels above,
// "Name, qualifier" either way round); without a leading "The" ("The Gambia"); with "St."
// spelled "Saint"; and "X (Y)" as X, then as Y ("Burma (Myanmar)", "Dahomey (Benin)",
// "France (Provisional Government)"). A state that no longer exists (U.S.S.R.,
// Yugoslavia, Czechoslovakia) names no ISO country.
func (g *gazetteer) Country(name string) (string, bool) {
	g.mu.Lock()
	defer g.mu.Unlock()
	name = strings.TrimSpace(strings.ReplaceAll(name, "’", "'"))
	if iso, ok := g.b.codes[strings.ToUpper(name)]; ok && (len(name) == 2 || len(name) == 3) {
		return iso, true
	}
	try := func(n string) (string, bool) {
		p, ok := g.b.resolveCountry(n)
		if !ok || p.region != "" {
			return "", false
		}
		return p.iso2, true
	}
	forms := []string{name}
	if rest, ok := strings.CutPrefix(name, "The "); ok {
		forms = append(forms, rest)
	}
	if rest, ok := strings.CutPrefix(name, "St. "); ok {
		forms = append(forms, "Saint "+rest)
	}
	if m := trailingParen.FindStringSubmatch(name); m != nil {
		forms = append(forms, m[1], strings.TrimSuffix(strings.TrimPrefix(name[len(m[1]):], " ("), ")"))
	}
	for _, f := range forms {
		if iso, ok := try(strings.TrimSpace(f)); ok {
			return iso, true
		}
	}
	return "", false
}

func (g *gazetteer) CountryByQID(qid string) (string, bool) {
	g.mu.Lock()
	defer g.mu.Unlock()
	qid = strings.TrimSpace(qid)
	qid = qid[strings.LastIndex(qid, "/")+1:] // also the entity's URL
	iso, ok := g.b.qids[qid]
	return iso, ok
}

func (g *gazetteer) City(iso2, name string, h CityHint) (string, string, bool) {
	g.mu.Lock()
	defer g.mu.Unlock()
	iso2 = strings.ToUpper(strings.TrimSpace(iso2))
	if _, ok := g.b.countries[iso2]; !ok {
		return "", ReasonUnknownCountry, false
	}
	key := fold(name)
	if key == "" {
		return "", ReasonBadName, false
	}
	cands := g.b.lookupName(iso2, name) // names and aliases; "St"/"Saint"; each part of "A/B"
	loose := false
	if len(cands) == 0 {
		cands = g.b.lookupLoose(iso2, name)
		loose = true
	}
	if len(cands) == 0 {
		return "", ReasonUnknownCity, false
	}
	if h.Region != "" {
		if subs := g.b.matchSubs(iso2, h.Region); len(subs) > 0 {
			cands = inSubs(cands, subs...)
			if len(cands) == 0 {
				return "", ReasonUnknownCity, false
			}
		}
	}
	if h.HasCoord {
		var best *wcity
		bestKm := math.Inf(1)
		for _, c := range cands {
			if c.hasCoord {
				if d := km(h.Lat, h.Lon, c.lat, c.lon); d < bestKm || d == bestKm && c.gid < best.gid {
					best, bestKm = c, d
				}
			}
		}
		if best != nil && bestKm <= hintKm {
			return g.use(best), "", true
		}
		if loose {
			// A place found by a looser form of the name must lie where the row puts
			// it: "Texas" is the state, not Texas City 50 km from the consulate's
			// coordinates in Houston. The caller may still place the row by them.
			return "", ReasonNameElsewhere, false
		}
		if best != nil && bestKm > farKm {
			return "", ReasonNameElsewhere, false
		}
	}
	if c := only(cands, key); c != nil {
		return g.use(c), "", true
	}
	return "", ReasonAmbiguousCity, false
}

// only is the place a name means without a hint: the one place, else the one whose own
// name it is, else the one that dominates the others by population.
func only(cands []*wcity, key string) *wcity {
	cands = slices.Compact(slices.Clone(cands))
	if len(cands) == 1 {
		return cands[0]
	}
	var named []*wcity
	for _, c := range cands {
		if c.key == key {
			named = append(named, c)
		}
	}
	if len(named) == 1 {
		return named[0]
	}
	if len(named) > 1 {
		cands = named
	}
	return dominant(cands)
}

// dominant is the place with dominates times the population of every other, if one has.
func dominant(cands []*wcity) *wcity {
	byPop := slices.Compact(slices.Clone(cands))
	if len(byPop) == 1 {
		return byPop[0]
	}
	slices.SortStableFunc(byPop, func(a, b *wcity) int { return cmp.Compare(b.pop, a.pop) })
	if byPop[0].pop >= dominates*max(byPop[1].pop, 1) {
		return byPop[0]
	}
	return nil
}

func (g *gazetteer) Nearest(iso2 string, lat, lon, maxKm float64) (string, bool) {
	g.mu.Lock()
	defer g.mu.Unlock()
	iso2 = strings.ToUpper(strings.TrimSpace(iso2))
	if _, ok := g.b.countries[iso2]; !ok {
		return "", false
	}
	c, _ := g.b.cities.nearest(iso2, lat, lon, maxKm)
	if c == nil {
		return "", false
	}
	return g.use(c), true
}

// Metropolis is the place with dominates times the people of the place nearest to a
// point, and the most people, within maxKm of it, if one has: the city a body lies in
// that its row places only by coordinates, rather than the enclave or suburb nearest to
// them (Houston, not Bellaire or Hunters Creek Village). ok is false when none dominates.
func (g *gazetteer) Metropolis(iso2 string, lat, lon, maxKm float64) (string, bool) {
	g.mu.Lock()
	defer g.mu.Unlock()
	iso2 = strings.ToUpper(strings.TrimSpace(iso2))
	near, _ := g.b.cities.nearest(iso2, lat, lon, maxKm)
	if near == nil {
		return "", false
	}
	var big *wcity
	g.b.cities.within(lat, lon, maxKm, func(c *wcity) {
		if c.iso2 != iso2 || km(lat, lon, c.lat, c.lon) > maxKm {
			return
		}
		if big == nil || c.pop > big.pop || c.pop == big.pop && c.gid < big.gid {
			big = c
		}
	})
	if big == nil || big == near || big.pop < dominates*max(near.pop, 1) {
		return "", false
	}
	return g.use(big), true
}

// IsRegion reports whether a name is that of a first-level region of country iso2 (a
// world-cities subcountry): "Texas", "Bavaria".
func (g *gazetteer) IsRegion(iso2, name string) bool {
	g.mu.Lock()
	defer g.mu.Unlock()
	iso2 = strings.ToUpper(strings.TrimSpace(iso2))
	n := g.b.norm(name)
	return n != "" && slices.ContainsFunc(g.b.cities.subs[iso2], func(s string) bool { return g.b.norm(s) == n })
}

// use returns a place's id, remembering a town that is not yet in the graph. The
// caller holds g.mu.
func (g *gazetteer) use(c *wcity) string {
	if !g.inGraph[c.id] {
		g.asked[c.id] = true
	}
	return c.id
}

// Records are the reference records as they stand after the importers of other data
// sets have asked Places for their cities: Entities and Relations, with every town of
// the gazetteer that Places returned and Read had not brought in, and where it lies
// (IN_COUNTRY, IN_REGION). The loader writes these instead of Entities and Relations once
// every importer has run, so that a town enters the graph only if some row needs it.
func (r *Result) Records() ([]kg.Entity, []kg.Relation) {
	if r.gaz == nil {
		return r.Entities, r.Relations
	}
	g := r.gaz
	g.mu.Lock()
	ids := sortedKeys(g.asked)
	g.mu.Unlock()
	if len(ids) == 0 {
		return r.Entities, r.Relations
	}
	ents, rels := slices.Clone(r.Entities), slices.Clone(r.Relations)
	for _, id := range ids {
		e, rs := g.b.townRecords(g.b.cities.byID[id])
		ents, rels = append(ents, e...), append(rels, rs...)
	}
	sortRecords(ents, rels)
	return ents, rels
}
