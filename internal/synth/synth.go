// Package synth generates synthetic Amity graphs for benchmarks: countries, regions,
// cities, people, organisations, companies, consulates and events, joined the way the
// real model joins them, at a chosen scale factor and deterministically from a seed.
//
// The shape follows the real data and the graph model in ARCHITECTURE.md:
//
//   - places: a fixed 250 countries of very unequal size (Zipf), regions, and cities
//     IN_COUNTRY and (mostly) IN_REGION; city populations fall off with rank;
//   - partnerships: PARTNER_OF between cities (and a few regions) grown by preferential
//     attachment, so the degree distribution is a power law with a few hub cities that
//     have hundreds of partners while most have one to three;
//   - bodies: organisations, companies and consulates BASED_IN cities (big cities hold
//     more of them), consulates REPRESENT a country, some organisations are PART_OF others;
//   - people HOLDS_POSITION in a body or a city, with titles and dates;
//   - events HELD_IN a city (cities with many partners host more), with participants in
//     roles (visitor, leader, host, organizer, attendee, speaker, presenter, recipient):
//     a visit brings a delegation from a partner city with its officials and companies,
//     its visitors see sites (VISITED_SITE); event sizes are log-normal with a long tail,
//     and some events are PART_OF a series.
//
// Every record cites one synthetic source, source:synthetic-sf<scale>. Ids carry the
// marker "synth" (city:ab:synth-123, person:synth-7) so they can never collide with real
// entities, and every record passes kg validation.
//
// Scale factor 1 is about the size of the real data (~47k nodes, ~110k relationships).
// Places grow slowly with the scale (there are only so many cities in the world), while
// people, bodies and events grow linearly and events grow denser, so SF10 has about
// 210k nodes and 1M relationships and SF50 about 815k nodes and 8M relationships.
//
// The graph is held in a compact form (a few bytes per relationship) and turned into
// kg records one load unit at a time by Units, so even SF50 fits in memory while it is
// written.
package synth

import (
	"fmt"
	"iter"
	"math"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/amity-graph/amity/internal/kg"
	"github.com/amity-graph/amity/internal/store"
)

// Config chooses the scale and the seed.
type Config struct {
	// Scale is the scale factor: 1 is about the size of the real data. Values below 1
	// shrink everything (handy for tests).
	Scale float64
	// Seed makes the graph: the same scale and seed give the same records.
	Seed uint64
}

// Counts are the sizes a scale factor asks for.
type Counts struct {
	Countries, Regions, Cities                    int
	Persons, Organizations, Companies, Consulates int
	Events                                        int
	Partnerships                                  int
	// MeanParticipants is the mean number of PARTICIPATED_IN edges per event.
	MeanParticipants float64
}

// CountsFor returns the sizes of a scale factor.
func CountsFor(scale float64) Counts {
	places := scale // places grow slowly once the world's cities are in
	if scale > 1 {
		places = math.Pow(scale, 0.3)
	}
	ties := scale
	if scale > 1 {
		ties = math.Pow(scale, 0.85)
	}
	dense := 1.0
	if scale > 1 {
		dense = math.Pow(scale, 0.5)
	}
	atLeast := func(n, lo int) int { return max(n, lo) }
	cities := atLeast(int(math.Round(30000*places)), 20)
	return Counts{
		Countries:        atLeast(int(math.Round(250*min(scale, 1))), 3),
		Regions:          atLeast(cities/10, 3),
		Cities:           cities,
		Persons:          atLeast(int(math.Round(6000*scale)), 10),
		Organizations:    atLeast(int(math.Round(2000*scale)), 5),
		Companies:        atLeast(int(math.Round(2000*scale)), 5),
		Consulates:       atLeast(int(math.Round(150*scale)), 2),
		Events:           atLeast(int(math.Round(4000*scale)), 10),
		Partnerships:     atLeast(int(math.Round(15000*ties)), 10),
		MeanParticipants: 6.5 * dense,
	}
}

// Kind order of the global entity index.
var kindOrder = []kg.Kind{kg.Country, kg.Region, kg.City, kg.Person, kg.Organization, kg.Company, kg.Consulate, kg.Event}

// relation type codes
const (
	tPartnerOf uint8 = iota
	tInCountry
	tInRegion
	tPartOf
	tHoldsPosition
	tParticipatedIn
	tHeldIn
	tVisitedSite
	tBasedIn
	tRepresents
)

var relTypeName = []string{kg.PartnerOf, kg.InCountry, kg.InRegion, kg.PartOf, kg.HoldsPosition,
	kg.ParticipatedIn, kg.HeldIn, kg.VisitedSite, kg.BasedIn, kg.Represents}

var (
	bases         = []string{"headquarters", "office"}
	regionTypes   = []string{"province", "prefecture", "state", "region", "district"}
	orgTypes      = []string{"government", "association", "chamber", "agency", "bureau", "department", "school", "media", "venue", "party"}
	orgWeights    = []float64{30, 20, 10, 10, 10, 5, 5, 4, 4, 2}
	orgNouns      = map[string]string{"government": "People's Government", "association": "Friendship Association", "chamber": "Chamber of Commerce", "agency": "Investment Promotion Agency", "bureau": "Commerce Bureau", "department": "Foreign Affairs Department", "school": "University", "media": "Daily", "venue": "Exhibition Centre", "party": "Municipal Committee"}
	industries    = []string{"machinery", "automotive", "electronics", "chemicals", "logistics", "finance", "retail", "software", "pharmaceuticals", "energy", "food", "textiles", "tourism", "construction"}
	companyForms  = []string{"Co., Ltd.", "Group", "Holdings", "Industries", "Corporation", "Trading"}
	consulTypes   = []string{"consulate-general", "consulate", "embassy", "representative-office"}
	consulWeights = []float64{60, 25, 10, 5}
	eventTypes    = []string{"visit", "meeting", "promotion", "conference", "seminar", "exchange", "exhibition", "award", "anniversary"}
	eventWeights  = []float64{40, 20, 10, 10, 5, 5, 5, 3, 2}
	partnerKinds  = kg.Partnerships // sister, friendly, cooperative, unspecified
	partnerWeight = []float64{60, 25, 10, 5}
	// titles of HOLDS_POSITION, by the kind of body held
	titles = []string{"director", "deputy director", "chair", "secretary-general", // organisations 0..3
		"chairman", "president", "general manager", // companies 4..6
		"mayor", "vice mayor", "party secretary", // cities 7..9
		"consul-general", "consul"} // consulates 10..11
	roleIndex = func() map[string]uint8 {
		m := map[string]uint8{}
		for i, r := range kg.Roles {
			m[r] = uint8(i)
		}
		return m
	}()
)

// rel is one relationship in compact form: global entity indexes, a type code, a key
// code (role, basis, title or partnership kind) and up to two packed dates (yyyymmdd,
// with 00 for an unknown month or day; 0 for none).
type rel struct {
	from, to int32
	typ, key uint8
	d1, d2   int32
}

// Graph is a generated graph in compact form.
type Graph struct {
	Config Config
	Counts Counts

	offset [9]int32 // first global index of each kind, in kindOrder; offset[8] is the total

	countryOf   []int32 // per region / city: country index (local)
	regionOfC   []int32 // per city: region index (local) or -1
	population  []float64
	cityOf      []int32 // per organisation / company / consulate (by global index - offset[Org]) : city local index
	represents  []int32 // per consulate: country local index
	bodyKind    []uint8 // per org: orgType index; per company: industry index (shared slice by global offset)
	eventType   []uint8
	eventDate   []int32
	eventEnd    []int32
	eventHost   []int32 // city local index
	eventGuest  []int32 // city local index of the visiting side, or -1
	eventSeries []int32 // edition number, or 0

	rels []rel

	// ids, sources and the key-only property maps are built once and shared by the
	// records Units yields: records are read-only for the loader and the store, and
	// sharing keeps SF50 (8M relationships) in a few GiB.
	idOnce   sync.Once
	ids      []string
	sources  []string
	keyProps map[[2]uint8]map[string]any

	partnerDegree []int32 // per city
	hostedEvents  []int32 // per city
	hostedVisits  []int32 // per city
	positionsOf   []int32 // per person
	personCity    []int32 // per person: the city of their first position
}

// Generate builds the graph for cfg.
func Generate(cfg Config) (*Graph, error) {
	if !(cfg.Scale > 0) || cfg.Scale > 1000 {
		return nil, fmt.Errorf("synth: scale %v outside (0, 1000]", cfg.Scale)
	}
	c := CountsFor(cfg.Scale)
	g := &Graph{Config: cfg, Counts: c}
	sizes := []int{c.Countries, c.Regions, c.Cities, c.Persons, c.Organizations, c.Companies, c.Consulates, c.Events}
	for i, n := range sizes {
		g.offset[i+1] = g.offset[i] + int32(n)
	}
	if g.offset[8] < 0 || int64(g.offset[8]) > math.MaxInt32/2 {
		return nil, fmt.Errorf("synth: scale %v is too large", cfg.Scale)
	}
	gen := &generator{g: g, r: rand.New(rand.NewPCG(cfg.Seed, cfg.Seed^0x9e3779b97f4a7c15))}
	gen.run()
	return g, nil
}

type generator struct {
	g *Graph
	r *rand.Rand

	countryCum   []float64 // cumulative weights of countries
	regionsOf    [][]int32 // per country
	cityZipf     *rand.Zipf
	partnerUrn   []int32 // cities, once per partnership end: degree-proportional
	pairs        map[uint64]bool
	orgsIn       [][]int32 // per city: organisation local indexes
	companiesIn  [][]int32
	consulatesIn [][]int32
	peopleIn     [][]int32 // per city: persons holding a position there
	activeUrn    []int32   // persons, once per participation: preferential activity
	companyUrn   []int32
}

func (gen *generator) global(k kg.Kind, i int) int32 {
	return gen.g.offset[slices.Index(kindOrder, k)] + int32(i)
}

func (gen *generator) add(from, to int32, typ, key uint8, d1, d2 int32) {
	gen.g.rels = append(gen.g.rels, rel{from: from, to: to, typ: typ, key: key, d1: d1, d2: d2})
}

func (gen *generator) run() {
	g, c := gen.g, gen.g.Counts
	expected := c.Cities*2 + c.Regions + c.Partnerships + c.Persons*11/10 + c.Organizations*11/10 +
		c.Companies*12/10 + c.Consulates*2 + int(float64(c.Events)*(c.MeanParticipants+2))
	g.rels = make([]rel, 0, expected+expected/10)
	gen.places()
	gen.partnerships()
	gen.bodies()
	gen.people()
	gen.events()
}

// weighted picks an index with probability proportional to w.
func (gen *generator) weighted(w []float64) int {
	total := 0.0
	for _, x := range w {
		total += x
	}
	x := gen.r.Float64() * total
	for i, v := range w {
		if x < v {
			return i
		}
		x -= v
	}
	return len(w) - 1
}

func (gen *generator) places() {
	g, c, r := gen.g, gen.g.Counts, gen.r
	// Country sizes follow Zipf: a few countries hold most cities, as in the real data.
	gen.countryCum = make([]float64, c.Countries)
	sum := 0.0
	for k := range c.Countries {
		sum += 1 / math.Pow(float64(k+1), 1.0)
		gen.countryCum[k] = sum
	}
	pickCountry := func() int32 {
		x := r.Float64() * sum
		i, _ := slices.BinarySearch(gen.countryCum, x)
		return int32(min(i, c.Countries-1))
	}
	gen.regionsOf = make([][]int32, c.Countries)
	g.countryOf = make([]int32, c.Regions+c.Cities)
	for i := range c.Regions {
		k := pickCountry()
		if i < c.Countries && len(gen.regionsOf[i]) == 0 {
			k = int32(i) // every country gets a region first, as far as regions go
		}
		g.countryOf[i] = k
		gen.regionsOf[k] = append(gen.regionsOf[k], int32(i))
		gen.add(gen.global(kg.Region, i), gen.global(kg.Country, int(k)), tInCountry, 0, 0, 0)
	}
	g.regionOfC = make([]int32, c.Cities)
	g.population = make([]float64, c.Cities)
	for i := range c.Cities {
		k := pickCountry()
		g.countryOf[c.Regions+i] = k
		// Population falls off with rank, with noise: city 0 is the biggest.
		g.population[i] = math.Round(9e6 / math.Pow(float64(i+1), 0.6) * math.Exp(r.NormFloat64()*0.3))
		gen.add(gen.global(kg.City, i), gen.global(kg.Country, int(k)), tInCountry, 0, 0, 0)
		g.regionOfC[i] = -1
		if rs := gen.regionsOf[k]; len(rs) > 0 && r.Float64() < 0.8 {
			reg := rs[r.IntN(len(rs))]
			g.regionOfC[i] = reg
			gen.add(gen.global(kg.City, i), gen.global(kg.Region, int(reg)), tInRegion, 0, 0, 0)
		}
	}
	gen.cityZipf = rand.NewZipf(r, 1.05, 2, uint64(c.Cities-1))
}

// partnerships grows PARTNER_OF by preferential attachment: each new tie picks its ends
// among the ends of earlier ties (so a city's chance grows with its partners), or with
// some probability a fresh city drawn by size.
func (gen *generator) partnerships() {
	g, c, r := gen.g, gen.g.Counts, gen.r
	g.partnerDegree = make([]int32, c.Cities)
	gen.pairs = make(map[uint64]bool, c.Partnerships)
	gen.partnerUrn = make([]int32, 0, 2*c.Partnerships)
	const fresh = 0.4
	bySize := rand.NewZipf(r, 1.1, 30, uint64(c.Cities-1))
	pick := func() int32 {
		if len(gen.partnerUrn) == 0 || r.Float64() < fresh {
			if r.Float64() < 0.5 {
				return int32(r.IntN(c.Cities))
			}
			return int32(bySize.Uint64())
		}
		return gen.partnerUrn[r.IntN(len(gen.partnerUrn))]
	}
	regionTies := c.Partnerships / 50
	cityTies := c.Partnerships - regionTies
	for made, tries := 0, 0; made < cityTies && tries < 20*cityTies; tries++ {
		a, b := pick(), pick()
		if a == b || g.countryOf[c.Regions+int(a)] == g.countryOf[c.Regions+int(b)] && r.Float64() < 0.9 {
			continue // twin cities are almost always abroad
		}
		key := pairKey(a, b)
		if gen.pairs[key] {
			continue
		}
		gen.pairs[key] = true
		gen.partnerUrn = append(gen.partnerUrn, a, b)
		g.partnerDegree[a]++
		g.partnerDegree[b]++
		gen.add(gen.global(kg.City, int(a)), gen.global(kg.City, int(b)), tPartnerOf, uint8(gen.weighted(partnerWeight)), gen.since(1955, 2024), 0)
		made++
	}
	rpairs := map[uint64]bool{}
	for made, tries := 0, 0; made < regionTies && tries < 20*regionTies; tries++ {
		a, b := int32(r.IntN(c.Regions)), int32(r.IntN(c.Regions))
		if a == b || rpairs[pairKey(a, b)] {
			continue
		}
		rpairs[pairKey(a, b)] = true
		gen.add(gen.global(kg.Region, int(a)), gen.global(kg.Region, int(b)), tPartnerOf, uint8(gen.weighted(partnerWeight)), gen.since(1970, 2024), 0)
		made++
	}
}

func pairKey(a, b int32) uint64 {
	if a > b {
		a, b = b, a
	}
	return uint64(a)<<32 | uint64(uint32(b))
}

// since is a partial date of year or month precision, or none (10%).
func (gen *generator) since(lo, hi int) int32 {
	r := gen.r
	x := r.Float64()
	if x < 0.1 {
		return 0
	}
	y := int32(lo + r.IntN(hi-lo+1))
	if x < 0.75 {
		return y * 10000
	}
	return y*10000 + int32(1+r.IntN(12))*100
}

// bodyCity picks the city of a body: mostly big cities, some anywhere.
func (gen *generator) bodyCity() int32 {
	if gen.r.Float64() < 0.6 {
		return int32(gen.cityZipf.Uint64())
	}
	return int32(gen.r.IntN(gen.g.Counts.Cities))
}

func (gen *generator) bodies() {
	g, c, r := gen.g, gen.g.Counts, gen.r
	nb := c.Organizations + c.Companies + c.Consulates
	g.cityOf = make([]int32, nb)
	g.bodyKind = make([]uint8, nb)
	g.represents = make([]int32, c.Consulates)
	gen.orgsIn = make([][]int32, c.Cities)
	gen.companiesIn = make([][]int32, c.Cities)
	gen.consulatesIn = make([][]int32, c.Cities)
	for i := range c.Organizations {
		city := gen.bodyCity()
		g.cityOf[i] = city
		g.bodyKind[i] = uint8(gen.weighted(orgWeights))
		gen.add(gen.global(kg.Organization, i), gen.global(kg.City, int(city)), tBasedIn, 0, 0, 0)
		// A tenth are departments of another body in the same city.
		if in := gen.orgsIn[city]; len(in) > 0 && r.Float64() < 0.1 {
			gen.add(gen.global(kg.Organization, i), gen.global(kg.Organization, int(in[r.IntN(len(in))])), tPartOf, 0, 0, 0)
		}
		gen.orgsIn[city] = append(gen.orgsIn[city], int32(i))
	}
	for i := range c.Companies {
		j := c.Organizations + i
		city := gen.bodyCity()
		g.cityOf[j] = city
		g.bodyKind[j] = uint8(r.IntN(len(industries)))
		gen.add(gen.global(kg.Company, i), gen.global(kg.City, int(city)), tBasedIn, 0, 0, 0)
		if r.Float64() < 0.2 {
			if other := gen.bodyCity(); other != city {
				gen.add(gen.global(kg.Company, i), gen.global(kg.City, int(other)), tBasedIn, 1, 0, 0)
			}
		}
		gen.companiesIn[city] = append(gen.companiesIn[city], int32(i))
	}
	consulZipf := rand.NewZipf(r, 1.3, 1, uint64(c.Cities-1)) // consulates crowd into the biggest cities
	for i := range c.Consulates {
		j := c.Organizations + c.Companies + i
		city := int32(consulZipf.Uint64())
		g.cityOf[j] = city
		g.bodyKind[j] = uint8(gen.weighted(consulWeights))
		k := int32(r.IntN(c.Countries))
		if k == g.countryOf[c.Regions+int(city)] {
			k = (k + 1) % int32(c.Countries)
		}
		g.represents[i] = k
		gen.add(gen.global(kg.Consulate, i), gen.global(kg.City, int(city)), tBasedIn, 1, 0, 0)
		gen.add(gen.global(kg.Consulate, i), gen.global(kg.Country, int(k)), tRepresents, 0, gen.since(1980, 2024), 0)
		gen.consulatesIn[city] = append(gen.consulatesIn[city], int32(i))
	}
}

func (gen *generator) people() {
	g, c, r := gen.g, gen.g.Counts, gen.r
	gen.peopleIn = make([][]int32, c.Cities)
	g.positionsOf = make([]int32, c.Persons)
	g.personCity = make([]int32, c.Persons)
	for i := range c.Persons {
		n := 1
		if r.Float64() < 0.12 {
			n = 2
		}
		used := map[[2]int32]bool{}
		for range n {
			var to int32
			var title, city int32
			switch x := r.Float64(); {
			case x < 0.6 && c.Organizations > 0:
				o := r.IntN(c.Organizations)
				to, city, title = gen.global(kg.Organization, o), g.cityOf[o], int32(r.IntN(4))
			case x < 0.85:
				co := r.IntN(c.Companies)
				to, city, title = gen.global(kg.Company, co), g.cityOf[c.Organizations+co], int32(4+r.IntN(3))
			case x < 0.95:
				ci := int32(gen.bodyCity())
				to, city, title = gen.global(kg.City, int(ci)), ci, int32(7+r.IntN(3))
			default:
				cs := r.IntN(c.Consulates)
				to, city, title = gen.global(kg.Consulate, cs), g.cityOf[c.Organizations+c.Companies+cs], int32(10+r.IntN(2))
			}
			if used[[2]int32{to, title}] {
				continue
			}
			used[[2]int32{to, title}] = true
			since := gen.since(1995, 2024)
			until := int32(0)
			if since != 0 && r.Float64() < 0.3 {
				until = min(since/10000+int32(1+r.IntN(8)), 2025) * 10000
			}
			gen.add(gen.global(kg.Person, i), to, tHoldsPosition, uint8(title), since, until)
			if g.positionsOf[i] == 0 {
				g.personCity[i] = city
			}
			g.positionsOf[i]++
			if len(gen.peopleIn[city]) == 0 || gen.peopleIn[city][len(gen.peopleIn[city])-1] != int32(i) {
				gen.peopleIn[city] = append(gen.peopleIn[city], int32(i))
			}
		}
	}
}

// eventSize draws a log-normal participant count with the configured mean: most events
// are small, a few conferences are very large.
func (gen *generator) eventSize() int {
	const sigma = 0.8
	mean := gen.g.Counts.MeanParticipants
	n := math.Exp(math.Log(mean) - sigma*sigma/2 + sigma*gen.r.NormFloat64())
	return int(min(max(math.Round(n), 2), 400))
}

func (gen *generator) eventDate() (start, end int32) {
	r := gen.r
	if r.Float64() < 0.01 { // the source gave only a month and a day
		return int32(1+r.IntN(12))*100 + int32(1+r.IntN(28)), 0
	}
	// more events in recent years
	y := int32(2025 - int(math.Floor(math.Abs(r.NormFloat64())*12)))
	y = max(y, 1980)
	m := int32(1 + r.IntN(12))
	d := int32(1 + r.IntN(28))
	switch x := r.Float64(); {
	case x < 0.1:
		return y * 10000, 0
	case x < 0.3:
		return y*10000 + m*100, 0
	}
	start = y*10000 + m*100 + d
	if d < 28 && r.Float64() < 0.2 {
		end = start + int32(1+r.IntN(int(min(3, 28-d)))) // stays within any month
	}
	return start, end
}

func (gen *generator) events() {
	g, c, r := gen.g, gen.g.Counts, gen.r
	g.eventType = make([]uint8, c.Events)
	g.eventDate = make([]int32, c.Events)
	g.eventEnd = make([]int32, c.Events)
	g.eventHost = make([]int32, c.Events)
	g.eventGuest = make([]int32, c.Events)
	g.eventSeries = make([]int32, c.Events)
	g.hostedEvents = make([]int32, c.Cities)
	g.hostedVisits = make([]int32, c.Cities)
	// partners of each city, to send delegations between twins
	partners := make([][]int32, c.Cities)
	for _, x := range g.rels {
		if x.typ == tPartnerOf && x.from >= g.offset[2] && x.from < g.offset[3] {
			a, b := x.from-g.offset[2], x.to-g.offset[2]
			partners[a] = append(partners[a], b)
			partners[b] = append(partners[b], a)
		}
	}
	gen.activeUrn = make([]int32, 0, 1024)
	gen.companyUrn = make([]int32, 0, 1024)
	seriesOf := map[[2]int32][]int32{} // (host, type) -> events
	for i := range c.Events {
		ev := gen.global(kg.Event, i)
		var host int32
		if len(gen.partnerUrn) > 0 && r.Float64() < 0.6 {
			host = gen.partnerUrn[r.IntN(len(gen.partnerUrn))] // busy twin cities host more
		} else {
			host = int32(gen.cityZipf.Uint64())
		}
		typ := uint8(gen.weighted(eventWeights))
		start, end := gen.eventDate()
		g.eventType[i], g.eventDate[i], g.eventEnd[i], g.eventHost[i] = typ, start, end, host
		g.eventGuest[i] = -1
		g.hostedEvents[host]++
		gen.add(ev, gen.global(kg.City, int(host)), tHeldIn, 0, 0, 0)
		if venues := gen.orgsIn[host]; len(venues) > 0 && r.Float64() < 0.1 {
			gen.add(ev, gen.global(kg.Organization, int(venues[r.IntN(len(venues))])), tHeldIn, 0, 0, 0)
		}
		seen := map[[2]int32]bool{}
		part := func(who int32, role string) bool {
			k := [2]int32{who, int32(roleIndex[role])}
			if seen[k] {
				return false
			}
			seen[k] = true
			gen.add(who, ev, tParticipatedIn, roleIndex[role], 0, 0)
			return true
		}
		size := gen.eventSize()
		visiting := eventTypes[typ] == "visit" || eventTypes[typ] == "exchange" || eventTypes[typ] == "meeting" && r.Float64() < 0.5
		if visiting {
			guest := int32(gen.cityZipf.Uint64())
			if ps := partners[host]; len(ps) > 0 && r.Float64() < 0.7 {
				guest = ps[r.IntN(len(ps))]
			}
			if guest == host {
				guest = int32(r.IntN(c.Cities))
			}
			if guest != host {
				g.eventGuest[i] = guest
				g.hostedVisits[host]++
				part(gen.global(kg.City, int(guest)), "visitor")
				if r.Float64() < 0.8 {
					part(gen.global(kg.City, int(host)), "host")
				}
				n := size - len(seen)
				leader := true
				for j := 0; j < n; j++ {
					switch x := r.Float64(); {
					case x < 0.45: // the delegation
						if p, ok := gen.localPerson(guest); ok {
							if leader && part(p, "leader") {
								leader = false
							}
							part(p, "visitor")
						}
					case x < 0.65:
						if p, ok := gen.localPerson(host); ok {
							part(p, "host")
						}
					case x < 0.8:
						if co, ok := gen.localCompany(guest); ok {
							part(co, "visitor")
						}
					case x < 0.9:
						if o, ok := pickFrom(r, gen.orgsIn[host]); ok {
							part(gen.global(kg.Organization, int(o)), "host")
						}
					default:
						part(gen.activePerson(), "attendee")
					}
				}
				sites := 0
				if r.Float64() < 0.5 {
					sites = 1 + r.IntN(3)
				}
				done := map[int32]bool{}
				for range sites {
					var site int32 = -1
					if co, ok := pickFrom(r, gen.companiesIn[host]); ok && r.Float64() < 0.7 {
						site = gen.global(kg.Company, int(co))
					} else if o, ok := pickFrom(r, gen.orgsIn[host]); ok {
						site = gen.global(kg.Organization, int(o))
					}
					if site >= 0 && !done[site] {
						done[site] = true
						gen.add(ev, site, tVisitedSite, 0, 0, 0)
					}
				}
			}
		}
		if g.eventGuest[i] < 0 {
			// Promotions, conferences and the like: organised at home, open to all.
			if o, ok := pickFrom(r, gen.orgsIn[host]); ok {
				part(gen.global(kg.Organization, int(o)), "organizer")
			} else {
				part(gen.global(kg.City, int(host)), "organizer")
			}
			for j := len(seen); j < size; j++ {
				switch x := r.Float64(); {
				case x < 0.5:
					part(gen.activePerson(), "attendee")
				case x < 0.75:
					part(gen.activeCompany(), pick2(r, "attendee", "presenter"))
				case x < 0.85:
					if p, ok := gen.localPerson(host); ok {
						part(p, "speaker")
					}
				case x < 0.95:
					part(gen.global(kg.City, int(gen.cityZipf.Uint64())), "attendee")
				default:
					if eventTypes[typ] == "award" {
						part(gen.activeCompany(), "recipient")
					} else {
						part(gen.activePerson(), "speaker")
					}
				}
			}
		}
		// A tenth belong to a series held before in the same city.
		key := [2]int32{host, int32(typ)}
		if prev := seriesOf[key]; len(prev) > 0 && r.Float64() < 0.3 {
			first := prev[0]
			gen.add(ev, gen.global(kg.Event, int(first)), tPartOf, 0, 0, 0)
			g.eventSeries[i] = int32(len(prev) + 1)
		}
		seriesOf[key] = append(seriesOf[key], int32(i))
	}
}

func pickFrom(r *rand.Rand, xs []int32) (int32, bool) {
	if len(xs) == 0 {
		return 0, false
	}
	return xs[r.IntN(len(xs))], true
}

func pick2(r *rand.Rand, a, b string) string {
	if r.IntN(2) == 0 {
		return a
	}
	return b
}

// localPerson picks someone holding a position in the city, if anyone does.
func (gen *generator) localPerson(city int32) (int32, bool) {
	p, ok := pickFrom(gen.r, gen.peopleIn[city])
	if !ok {
		return 0, false
	}
	gen.activeUrn = append(gen.activeUrn, p)
	return gen.global(kg.Person, int(p)), true
}

func (gen *generator) localCompany(city int32) (int32, bool) {
	co, ok := pickFrom(gen.r, gen.companiesIn[city])
	if !ok {
		return 0, false
	}
	gen.companyUrn = append(gen.companyUrn, co)
	return gen.global(kg.Company, int(co)), true
}

// activePerson picks a person preferentially by how many events they attended.
func (gen *generator) activePerson() int32 {
	r := gen.r
	p := int32(r.IntN(gen.g.Counts.Persons))
	if len(gen.activeUrn) > 0 && r.Float64() < 0.6 {
		p = gen.activeUrn[r.IntN(len(gen.activeUrn))]
	}
	gen.activeUrn = append(gen.activeUrn, p)
	return gen.global(kg.Person, int(p))
}

func (gen *generator) activeCompany() int32 {
	r := gen.r
	co := int32(r.IntN(gen.g.Counts.Companies))
	if len(gen.companyUrn) > 0 && r.Float64() < 0.6 {
		co = gen.companyUrn[r.IntN(len(gen.companyUrn))]
	}
	gen.companyUrn = append(gen.companyUrn, co)
	return gen.global(kg.Company, int(co))
}

// ---- from compact form to kg records ----

// Nodes is the number of entities (and one source).
func (g *Graph) Nodes() int { return int(g.offset[8]) + 1 }

// Relationships is the number of relationships.
func (g *Graph) Relationships() int { return len(g.rels) }

// RelationshipsByType counts relationships per type.
func (g *Graph) RelationshipsByType() map[string]int {
	out := map[string]int{}
	for _, x := range g.rels {
		out[relTypeName[x.typ]]++
	}
	return out
}

// ScaleName renders a scale factor for names and ids: 10 -> "10", 0.5 -> "0-5".
func ScaleName(scale float64) string {
	return strings.ReplaceAll(strconv.FormatFloat(scale, 'f', -1, 64), ".", "-")
}

// SourceID is the source every record of the graph cites.
func (g *Graph) SourceID() string { return "source:synthetic-sf" + ScaleName(g.Config.Scale) }

// Source is the synthetic source record.
func (g *Graph) Source() kg.Source {
	return kg.Source{ID: g.SourceID(), Title: fmt.Sprintf("Synthetic graph SF%s (seed %d)", ScaleName(g.Config.Scale), g.Config.Seed),
		Publisher: "Amity internal/synth", SourceType: "dataset"}
}

// kindAt finds the kind and local index of a global index.
func (g *Graph) kindAt(i int32) (kg.Kind, int) {
	for k := 0; k < 8; k++ {
		if i < g.offset[k+1] {
			return kindOrder[k], int(i - g.offset[k])
		}
	}
	panic("synth: entity index out of range")
}

func countryCode(k int) string {
	const letters = "abcdefghijklmnopqrstuvwxyz"
	return string([]byte{letters[k/26%26], letters[k%26]})
}

// ID is the id of the entity with global index i.
func (g *Graph) ID(i int32) string {
	g.ensure()
	return g.ids[i]
}

// ensure builds the shared ids, sources and property maps once.
func (g *Graph) ensure() {
	g.idOnce.Do(func() {
		g.ids = make([]string, g.offset[8])
		for j := range g.ids {
			g.ids[j] = g.idOf(int32(j))
		}
		g.sources = []string{g.SourceID()}
		g.keyProps = map[[2]uint8]map[string]any{}
		for r := range kg.Roles {
			g.keyProps[[2]uint8{tParticipatedIn, uint8(r)}] = map[string]any{"role": kg.Roles[r]}
		}
		for b := range bases {
			g.keyProps[[2]uint8{tBasedIn, uint8(b)}] = map[string]any{"basis": bases[b]}
		}
	})
}

func (g *Graph) idOf(i int32) string {
	k, n := g.kindAt(i)
	c := g.Counts
	switch k {
	case kg.Country:
		return "country:synth-" + countryCode(n)
	case kg.Region:
		return "region:" + countryCode(int(g.countryOf[n])) + ":synth-" + strconv.Itoa(n)
	case kg.City:
		return "city:" + countryCode(int(g.countryOf[c.Regions+n])) + ":synth-" + strconv.Itoa(n)
	case kg.Person:
		return "person:synth-" + strconv.Itoa(n)
	case kg.Organization:
		return "org:synth-" + strconv.Itoa(n)
	case kg.Company:
		return "company:synth-" + strconv.Itoa(n)
	case kg.Consulate:
		return "consulate:synth-" + strconv.Itoa(n)
	}
	return "event:synth-" + strconv.Itoa(n)
}

// name parts: syllables spelled from a scrambled index, so names are unique within a
// kind, pronounceable, and good prefixes for full-text search.
var syllables = []string{"ka", "lo", "ri", "ven", "dor", "sa", "mi", "tal", "bre", "nu", "zo", "fen", "gar", "li", "mar",
	"os", "tan", "vel", "qui", "ron", "shi", "ya", "hel", "bas", "cor", "di", "el", "fra", "gun", "ith", "pe", "wu"}

func mix(x uint64) uint64 { // splitmix64
	x += 0x9e3779b97f4a7c15
	x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9
	x = (x ^ (x >> 27)) * 0x94d049bb133111eb
	return x ^ (x >> 31)
}

// word spells n (unique for n < 32^parts) with a seed-dependent first syllable.
func word(n int, parts int, salt uint64) string {
	var b strings.Builder
	b.WriteString(syllables[mix(salt)%uint64(len(syllables))])
	for range parts {
		b.WriteString(syllables[n%len(syllables)])
		n /= len(syllables)
	}
	s := b.String()
	return strings.ToUpper(s[:1]) + s[1:]
}

func (g *Graph) salt(k kg.Kind, n int) uint64 {
	return g.Config.Seed*1000003 + uint64(slices.Index(kindOrder, k))<<40 + uint64(n)
}

func (g *Graph) placeName(k kg.Kind, n int) string {
	parts := 2
	if k == kg.City {
		parts = 4
	}
	return word((n*7919+4321)%pow32(parts), parts, g.salt(k, n))
}

func pow32(n int) int {
	p := 1
	for range n {
		p *= 32
	}
	return p
}

func (g *Graph) cityName(n int) string { return g.placeName(kg.City, n) }

var givenNames = []string{"Anna", "Boris", "Chen", "Daisuke", "Elena", "Farid", "Greta", "Hiro", "Ines", "Jun", "Karim", "Lena",
	"Mei", "Nikolai", "Olga", "Pavel", "Qing", "Rosa", "Sven", "Tomas", "Uma", "Viktor", "Wei", "Yuki", "Zofia"}

func (g *Graph) personNames(n int) (name string, alias string, order string) {
	given := givenNames[mix(g.salt(kg.Person, n))%uint64(len(givenNames))]
	family := word(n*104729%pow32(4), 3, g.salt(kg.Person, n)+1)
	if mix(g.salt(kg.Person, n)+2)%10 < 4 {
		return family + " " + given, given + " " + family, "family-given"
	}
	return given + " " + family, "", "given-family"
}

// date renders a packed date.
func date(d int32) string {
	if d == 0 {
		return ""
	}
	y, m, day := d/10000, d/100%100, d%100
	switch {
	case y == 0:
		return fmt.Sprintf("--%02d-%02d", m, day)
	case m == 0:
		return fmt.Sprintf("%04d", y)
	case day == 0:
		return fmt.Sprintf("%04d-%02d", y, m)
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, m, day)
}

// Entity is the kg record of the entity with global index i.
func (g *Graph) Entity(i int32) kg.Entity {
	g.ensure()
	k, n := g.kindAt(i)
	c := g.Counts
	e := kg.Entity{ID: g.ID(i), Kind: k, Sources: g.sources, Props: map[string]any{}}
	h := mix(g.salt(k, n) + 99)
	switch k {
	case kg.Country:
		e.Name = g.placeName(k, n) + []string{"ia", "land", "stan", "a", "ovia"}[h%5]
		e.Props["iso2"] = strings.ToUpper(countryCode(n))
		e.Props["geonameId"] = 9_000_000 + n
	case kg.Region:
		rt := regionTypes[h%uint64(len(regionTypes))]
		e.Name = g.placeName(k, n) + " " + strings.ToUpper(rt[:1]) + rt[1:]
		e.Props["regionType"] = rt
	case kg.City:
		e.Name = g.cityName(n)
		if h%10 == 0 {
			e.Aliases = []string{"Old " + e.Name}
		}
		e.Props["population"] = g.population[n]
		e.Props["lat"] = math.Round((float64(h%17000)/100-85)*1e4) / 1e4
		e.Props["lon"] = math.Round((float64(h/17000%36000)/100-180)*1e4) / 1e4
		e.Props["geonameId"] = 10_000_000 + n
	case kg.Person:
		name, alias, order := g.personNames(n)
		e.Name = name
		if alias != "" {
			e.Aliases = []string{alias}
		}
		e.Props["nameOrder"] = order
	case kg.Organization:
		ot := orgTypes[g.bodyKind[n]]
		e.Name = g.cityName(int(g.cityOf[n])) + " " + orgNouns[ot]
		e.Props["orgType"] = ot
	case kg.Company:
		j := c.Organizations + n
		e.Name = word(n*6007%pow32(3), 2, g.salt(k, n)) + " " + companyForms[h%uint64(len(companyForms))]
		e.Props["industry"] = industries[g.bodyKind[j]]
		e.Props["orgType"] = "company"
	case kg.Consulate:
		j := c.Organizations + c.Companies + n
		ct := consulTypes[g.bodyKind[j]]
		country := g.Entity(g.offset[0] + g.represents[n]).Name
		what := map[string]string{"consulate-general": "Consulate-General", "consulate": "Consulate", "embassy": "Embassy Office", "representative-office": "Representative Office"}[ct]
		e.Name = fmt.Sprintf("%s of %s in %s", what, country, g.cityName(int(g.cityOf[j])))
		e.Props["consulateType"] = ct
		e.Props["orgType"] = "consulate"
	case kg.Event:
		typ := eventTypes[g.eventType[n]]
		host := g.cityName(int(g.eventHost[n]))
		when := date(g.eventDate[n])
		if guest := g.eventGuest[n]; guest >= 0 {
			e.Name = fmt.Sprintf("%s delegation to %s, %s", g.cityName(int(guest)), host, when)
		} else {
			e.Name = fmt.Sprintf("%s %s %s", host, typ, when)
		}
		e.Props["eventType"] = typ
		e.Props["startDate"] = when
		if g.eventEnd[n] != 0 {
			e.Props["endDate"] = date(g.eventEnd[n])
		}
		if h%3 == 0 {
			e.Props["summary"] = fmt.Sprintf("A %s in %s (synthetic).", typ, host)
		}
		if g.eventSeries[n] > 0 {
			e.Props["edition"] = int(g.eventSeries[n])
		}
	}
	return e
}

// Relation is the kg record of relationship j.
func (g *Graph) Relation(j int) kg.Relation {
	g.ensure()
	x := g.rels[j]
	out := kg.Relation{From: g.ID(x.from), Type: relTypeName[x.typ], To: g.ID(x.to), Sources: g.sources}
	switch x.typ {
	case tPartnerOf:
		out.Props = map[string]any{"partnership": partnerKinds[x.key]}
		if x.d1 != 0 {
			out.Props["since"] = date(x.d1)
		}
	case tParticipatedIn, tBasedIn:
		out.Props = g.keyProps[[2]uint8{x.typ, x.key}] // shared, read-only
	case tHoldsPosition:
		out.Props = map[string]any{"title": titles[x.key]}
		if x.d1 != 0 {
			out.Props["since"] = date(x.d1)
		}
		if x.d2 != 0 {
			out.Props["until"] = date(x.d2)
		}
	case tRepresents:
		if x.d1 != 0 {
			out.Props = map[string]any{"since": date(x.d1)}
		}
	}
	return out
}

// DefaultUnitSize is the number of records per load unit: each unit is one write
// transaction, and this keeps each well below Neo4j's transaction memory limit.
const DefaultUnitSize = 50_000

// Units yields the graph as load units of at most size records (entities first, then
// relationships, so every relationship's ends exist when its unit is written). Each unit
// carries the synthetic source. Records are built unit by unit, and they share their
// Sources slices and key-only Props maps: treat them as read-only (the loader and the
// store do).
func (g *Graph) Units(size int) iter.Seq[store.Records] {
	if size <= 0 {
		size = DefaultUnitSize
	}
	src := g.Source()
	name := "synthetic-sf" + ScaleName(g.Config.Scale)
	return func(yield func(store.Records) bool) {
		total := int(g.offset[8])
		for lo, u := 0, 0; lo < total; lo, u = lo+size, u+1 {
			hi := min(lo+size, total)
			rec := store.Records{Name: fmt.Sprintf("%s/entities-%03d", name, u), Sources: []kg.Source{src}, Authoritative: true}
			rec.Entities = make([]kg.Entity, 0, hi-lo)
			for i := lo; i < hi; i++ {
				rec.Entities = append(rec.Entities, g.Entity(int32(i)))
			}
			if !yield(rec) {
				return
			}
		}
		for lo, u := 0, 0; lo < len(g.rels); lo, u = lo+size, u+1 {
			hi := min(lo+size, len(g.rels))
			rec := store.Records{Name: fmt.Sprintf("%s/relations-%03d", name, u), Sources: []kg.Source{src}, Authoritative: true}
			rec.Relations = make([]kg.Relation, 0, hi-lo)
			for j := lo; j < hi; j++ {
				rec.Relations = append(rec.Relations, g.Relation(j))
			}
			if !yield(rec) {
				return
			}
		}
	}
}
