package main

import (
	"context"
	"fmt"
	"slices"
	"sync"

	"github.com/amity-graph/amity/internal/kg"
	"github.com/amity-graph/amity/internal/store"
	"github.com/amity-graph/amity/internal/synth"
)

// variant is one parameter set of a query: the same question to all three targets.
type variant struct {
	label string
	amity map[string]any // GraphQL variables for Amity
	peer  map[string]any // GraphQL variables for the peer
	args  map[string]any // arguments for the driver floor
}

// benchQuery is one query of the mix.
type benchQuery struct {
	name string
	doc  string
	// shallow marks the 1-2 hop queries the SF10 p99 target applies to.
	shallow bool
	amity   string
	peer    string
	// driverDoc says which store calls the floor makes, in Amity's order.
	driverDoc string
	driver    func(ctx context.Context, db *store.Store, args map[string]any) (int, error)
	// amitySize and peerSize count the items of an answer, to check the targets agree.
	amitySize []string
	peerSize  []string
	variants  []variant
}

// maxBatch is graph.maxBatch: Amity's loaders fetch at most this many keys per statement.
const maxBatch = 10_000

var queryNames = []string{"entity", "partners", "visits", "enterprises", "shortest_path", "neighborhood", "search", "nested"}

func queryOrder(q string) int {
	if i := slices.Index(queryNames, q); i >= 0 {
		return i
	}
	return len(queryNames)
}

// entityFragments select the same fields on every peer type that has them.
const peerEntityFields = `sourceNodes { id title } relations(first: 50) { type direction role startDate other { id kind name } }`

func mix(lm synth.Landmarks) []benchQuery {
	at := func(xs []synth.CityStat, i int) synth.CityStat { return xs[i%len(xs)] }
	id := func(x string) map[string]any { return map[string]any{"id": x} }
	var qs []benchQuery

	// 1. entity with its relations (1 hop)
	var ev []variant
	for i, x := range []string{lm.HubCities[0].ID, at(lm.Cities, 0).ID, at(lm.Cities, 1).ID, at(lm.Cities, 2).ID, lm.People[0], lm.People[1]} {
		label := "city"
		if i == 0 {
			label = "hub"
		} else if i >= 4 {
			label = "person"
		}
		ev = append(ev, variant{label: label, amity: id(x), peer: id(x), args: id(x)})
	}
	qs = append(qs, benchQuery{
		name: "entity", shallow: true,
		doc: "one entity with its sources and first 50 relations (1 hop)",
		amity: `query Entity($id: ID!) { entity(id: $id) { id kind name aliases sources { id title }
  relations(first: 50) { edges { node { type direction role startDate other { id kind name } } } } } }`,
		peer: `query Entity($id: ID!) { entities(where: {id: {eq: $id}}) { id kind name aliases
  ... on City { ` + peerEntityFields + ` } ... on Person { ` + peerEntityFields + ` }
  ... on Organization { ` + peerEntityFields + ` } ... on Event { ` + peerEntityFields + ` } } }`,
		driverDoc: "NodesByID; then SourcesByID and RelationsPage(first 50) concurrently",
		driver: func(ctx context.Context, db *store.Store, a map[string]any) (int, error) {
			x := a["id"].(string)
			ns, err := db.NodesByID(ctx, []string{x})
			if err != nil || ns[x] == nil {
				return 0, orMissing(err, x)
			}
			var rels map[string][]kg.Rel
			var err1, err2 error
			var wg sync.WaitGroup
			wg.Go(func() { _, err1 = db.SourcesByID(ctx, ns[x].Sources) })
			wg.Go(func() { rels, err2 = db.RelationsPage(ctx, []string{x}, store.RelFilter{Dir: kg.Both}, 50, nil) })
			wg.Wait()
			return min(len(rels[x]), 50), firstError(err1, err2)
		},
		amitySize: []string{"entity", "relations", "edges"},
		peerSize:  []string{"entities", "relations"},
		variants:  ev,
	})

	// 2. partners
	var pv []variant
	for i, c := range []synth.CityStat{lm.HubCities[0], lm.HubCities[1], at(lm.Cities, 0), at(lm.Cities, 1), at(lm.Cities, 2), at(lm.Cities, 3)} {
		label := "city"
		if i < 2 {
			label = "hub"
		}
		pv = append(pv, variant{label: label, amity: id(c.ID), peer: id(c.ID), args: id(c.ID)})
	}
	qs = append(qs, benchQuery{
		name: "partners", shallow: true,
		doc:       "a city's partner cities with kind and date (1 hop; hubs have hundreds)",
		amity:     `query Partners($id: ID!) { partners(city: $id) { kind since partner { id name kind } } }`,
		peer:      `query Partners($id: ID!) { cities(where: {id: {eq: $id}}) { partnersConnection { edges { properties { partnership since } node { id name kind } } } } }`,
		driverDoc: "Neighbors(PARTNER_OF, BOTH); NodesByID only when the answer is empty",
		driver: func(ctx context.Context, db *store.Store, a map[string]any) (int, error) {
			x := a["id"].(string)
			rels, err := db.Neighbors(ctx, []string{x}, kg.PartnerOf, kg.Both, nil)
			if err == nil && len(rels[x]) == 0 {
				err = exists(ctx, db, x)
			}
			return len(rels[x]), err
		},
		amitySize: []string{"partners"},
		peerSize:  []string{"cities", "partnersConnection", "edges"},
		variants:  pv,
	})

	// 3. visits by host and date range
	var vv []variant
	for i, c := range []synth.CityStat{lm.VisitHosts[0], lm.VisitHosts[1], at(lm.Cities, 0), at(lm.Cities, 1), at(lm.Cities, 2), at(lm.Cities, 3)} {
		label := "city"
		if i < 2 {
			label = "hub"
		}
		vv = append(vv, variant{label: label,
			amity: map[string]any{"host": c.ID, "from": "2010", "to": "2019"},
			// the peer gets the day bounds Amity's resolver widens "2010".."2019" to
			peer: map[string]any{"host": c.ID, "from": "2010-01-01", "to": "2019-12-31"},
			args: map[string]any{"host": c.ID, "from": "2010-01-01", "to": "2019-12-31"}})
	}
	qs = append(qs, benchQuery{
		name: "visits", shallow: false,
		doc: "visits received by a host in 2010-2019, with visitors and leaders",
		amity: `query Visits($host: ID!, $from: String, $to: String) { visits(host: $host, from: $from, to: $to) {
  event { id name startDate } visitors { id name } leaders { id name } host { id name } startDate } }`,
		peer: `query Visits($host: ID!, $from: String, $to: String) { visits(host: $host, from: $from, to: $to) {
  id name startDate visitors: participantsConnection(where: {edge: {role: {eq: "visitor"}}}) { edges { node { id name } } }
  leaders: participantsConnection(where: {edge: {role: {eq: "leader"}}}) { edges { node { id name } } } places { id name } } }`,
		driverDoc: "Visits; NodesByID(host) only when the answer is empty",
		driver: func(ctx context.Context, db *store.Store, a map[string]any) (int, error) {
			h := a["host"].(string)
			rows, err := db.Visits(ctx, store.VisitFilter{Host: h, From: a["from"].(string), To: a["to"].(string)})
			if err == nil && len(rows) == 0 {
				err = exists(ctx, db, h)
			}
			return len(rows), err
		},
		amitySize: []string{"visits"},
		peerSize:  []string{"visits"},
		variants:  vv,
	})

	// 4. enterprises tied to a city's partners (3 hops)
	var tv []variant
	for i, c := range []synth.CityStat{lm.HubCities[0], at(lm.Cities, 0), at(lm.Cities, 1), at(lm.Cities, 2), at(lm.Cities, 3)} {
		label := "city"
		if i == 0 {
			label = "hub"
		}
		tv = append(tv, variant{label: label, amity: map[string]any{"city": c.ID}, peer: map[string]any{"city": c.ID}, args: map[string]any{"city": c.ID}})
	}
	qs = append(qs, benchQuery{
		name: "enterprises",
		doc:  "enterprisesTiedTo: companies within 3 hops of a city's partners, first 20, with paths",
		amity: `query Ties($city: ID!) { enterprisesTiedTo(city: $city, maxHops: 3, first: 20) {
  company { id name } partner { id name } path { length nodes { id name } } } }`,
		peer: `query Ties($city: ID!) { enterprisesTiedTo(city: $city, first: 20) {
  company { id name } partner { id name } path { length nodes { id name } } } }`,
		driverDoc: "EnterpriseTies(3 hops, first 20); NodesByID(city) only when the answer is empty",
		driver: func(ctx context.Context, db *store.Store, a map[string]any) (int, error) {
			c := a["city"].(string)
			ties, err := db.EnterpriseTies(ctx, c, 3, 20)
			if err == nil && len(ties) == 0 {
				err = exists(ctx, db, c)
			}
			return len(ties), err
		},
		amitySize: []string{"enterprisesTiedTo"},
		peerSize:  []string{"enterprisesTiedTo"},
		variants:  tv,
	})

	// 5. shortest path between two office holders in different countries
	var sv []variant
	for i, p := range lm.PersonPairs[:min(6, len(lm.PersonPairs))] {
		_ = i
		v := map[string]any{"from": p[0], "to": p[1]}
		sv = append(sv, variant{label: "people", amity: v, peer: map[string]any{"from": p[0], "to": p[1], "types": nil}, args: v})
	}
	qs = append(qs, benchQuery{
		name: "shortest_path",
		doc:  "shortestPath (at most 6) between two office holders in different countries",
		amity: `query Path($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to, maxLength: 6) {
  length nodes { id name kind } relations { type direction } } }`,
		peer: `query Path($from: ID!, $to: ID!, $types: [String!]) { shortestPath(from: $from, to: $to, types: $types) {
  length nodes { id name kind } relations { type from to } } }`,
		driverDoc: "ShortestPath(6); NodesByID(from, to) only when there is no path",
		driver: func(ctx context.Context, db *store.Store, a map[string]any) (int, error) {
			f, t := a["from"].(string), a["to"].(string)
			p, ok, err := db.ShortestPath(ctx, f, t, 6, nil, nil)
			if err == nil && !ok {
				err = exists(ctx, db, f, t)
			}
			return len(p.Rels), err
		},
		amitySize: []string{"shortestPath", "relations"},
		peerSize:  []string{"shortestPath", "relations"},
		variants:  sv,
	})

	// 6. neighbourhood at depth 2
	var hv []variant
	for i, x := range []string{lm.HubCities[0].ID, at(lm.Cities, 0).ID, at(lm.Cities, 1).ID, lm.People[2%len(lm.People)], lm.People[3%len(lm.People)], lm.People[4%len(lm.People)]} {
		label := "city"
		if i == 0 {
			label = "hub"
		} else if i >= 3 {
			label = "person"
		}
		hv = append(hv, variant{label: label, amity: id(x), peer: id(x), args: id(x)})
	}
	qs = append(qs, benchQuery{
		name:      "neighborhood",
		doc:       "neighborhood at depth 2, at most 100 nodes, with the edges among them",
		amity:     `query Hood($id: ID!) { neighborhood(id: $id, depth: 2, limit: 100) { nodes { id name kind } edges { type from to } truncated } }`,
		peer:      `query Hood($id: ID!) { neighborhood(id: $id, limit: 101, edgeCap: 2000) { nodes { id name kind } edges { type from to } truncated } }`,
		driverDoc: "Neighborhood(depth 2, limit 100)",
		driver: func(ctx context.Context, db *store.Store, a map[string]any) (int, error) {
			g, _, err := db.Neighborhood(ctx, a["id"].(string), 2, 100, nil)
			return len(g.Nodes), err
		},
		amitySize: []string{"neighborhood", "nodes"},
		peerSize:  []string{"neighborhood", "nodes"},
		variants:  hv,
	})

	// 7. full-text search
	var qv []variant
	for _, term := range lm.SearchTerms[:min(6, len(lm.SearchTerms))] {
		qv = append(qv, variant{label: "term", amity: map[string]any{"q": term},
			peer: map[string]any{"q": store.LuceneQuery(term), "labels": nil}, args: map[string]any{"q": term}})
	}
	qs = append(qs, benchQuery{
		name: "search", shallow: true,
		doc:   "full-text search over names and aliases, first 10",
		amity: `query Search($q: String!) { search(query: $q, first: 10) { score entity { id name kind } } }`,
		// Cypher cannot escape user input, so the peer is sent the Lucene query Amity builds.
		peer:      `query Search($q: String!, $labels: [String!]) { search(lucene: $q, first: 10, labels: $labels) { score entity { id name kind } } }`,
		driverDoc: "Search(first 10)",
		driver: func(ctx context.Context, db *store.Store, a map[string]any) (int, error) {
			hits, err := db.Search(ctx, a["q"].(string), nil, 10)
			return len(hits), err
		},
		amitySize: []string{"search"},
		peerSize:  []string{"search"},
		variants:  qv,
	})

	// 8. nested: city -> partners -> each partner's events -> participants
	var nv []variant
	for i, c := range []synth.CityStat{lm.HubCities[len(lm.HubCities)-1], at(lm.Cities, 0), at(lm.Cities, 1), at(lm.Cities, 2), at(lm.Cities, 3)} {
		label := "city"
		if i == 0 {
			label = "hub"
		}
		nv = append(nv, variant{label: label, amity: id(c.ID), peer: id(c.ID), args: id(c.ID)})
	}
	qs = append(qs, benchQuery{
		name: "nested",
		doc:  "3 levels: a city's partners, each partner's 5 latest events, each event's participants",
		amity: `query Nested($id: ID!) { entity(id: $id) { id name ... on City { partners { partner { id name
  ... on City { events(first: 5) { id name startDate participants { role entity { id name kind } } } } } } } } }`,
		peer: `query Nested($id: ID!) { cities(where: {id: {eq: $id}}) { id name partners { id name
  events(first: 5) { id name startDate participantsConnection { edges { properties { role } node { id name kind } } } } } } }`,
		driverDoc: "NodesByID; Neighbors(PARTNER_OF); EventsOf(partners, 5); Neighbors(events, PARTICIPATED_IN, IN) — batches of 1000 keys run concurrently, as Amity's loaders do",
		driver: func(ctx context.Context, db *store.Store, a map[string]any) (int, error) {
			x := a["id"].(string)
			ns, err := db.NodesByID(ctx, []string{x})
			if err != nil || ns[x] == nil {
				return 0, orMissing(err, x)
			}
			rels, err := db.Neighbors(ctx, []string{x}, kg.PartnerOf, kg.Both, nil)
			if err != nil {
				return 0, err
			}
			var partners []string
			for _, r := range rels[x] {
				if r.Other.Kind == kg.City {
					partners = append(partners, r.Other.ID)
				}
			}
			events, err := chunked(ctx, partners, func(ctx context.Context, ids []string) (map[string][]*kg.Node, error) {
				return db.EventsOf(ctx, ids, 5)
			})
			if err != nil {
				return 0, err
			}
			var eventIDs []string
			for _, p := range partners {
				for _, e := range events[p] {
					eventIDs = append(eventIDs, e.ID)
				}
			}
			eventIDs = kg.Dedupe(eventIDs)
			parts, err := chunked(ctx, eventIDs, func(ctx context.Context, ids []string) (map[string][]kg.Rel, error) {
				return db.Neighbors(ctx, ids, kg.ParticipatedIn, kg.In, nil)
			})
			if err != nil {
				return 0, err
			}
			n := 0
			for _, p := range partners {
				for _, e := range events[p] {
					n += len(parts[e.ID])
				}
			}
			return n, nil
		},
		amitySize: []string{"entity", "partners", "partner", "events", "participants"},
		peerSize:  []string{"cities", "partners", "events", "participantsConnection", "edges"},
		variants:  nv,
	})
	return qs
}

// chunked fetches keys in batches of maxBatch, concurrently, like Amity's loaders.
func chunked[V any](ctx context.Context, ids []string, fetch func(context.Context, []string) (map[string]V, error)) (map[string]V, error) {
	out := map[string]V{}
	if len(ids) == 0 {
		return out, nil
	}
	var mu sync.Mutex
	var wg sync.WaitGroup
	var firstErr error
	for b := range slices.Chunk(ids, maxBatch) {
		wg.Go(func() {
			res, err := fetch(ctx, b)
			mu.Lock()
			defer mu.Unlock()
			if err != nil && firstErr == nil {
				firstErr = err
			}
			for k, v := range res {
				out[k] = v
			}
		})
	}
	wg.Wait()
	return out, firstErr
}

// exists is Amity's mustExist: one NodesByID for all ids.
func exists(ctx context.Context, db *store.Store, ids ...string) error {
	ns, err := db.NodesByID(ctx, ids)
	if err != nil {
		return err
	}
	for _, id := range ids {
		if ns[id] == nil {
			return fmt.Errorf("no entity %s", id)
		}
	}
	return nil
}

func orMissing(err error, id string) error {
	if err != nil {
		return err
	}
	return fmt.Errorf("no entity %s", id)
}

func firstError(errs ...error) error {
	for _, e := range errs {
		if e != nil {
			return e
		}
	}
	return nil
}

// countAt counts the items at a path through a decoded JSON answer, summing over lists.
func countAt(v any, path []string) int {
	switch x := v.(type) {
	case []any:
		n := 0
		for _, e := range x {
			if len(path) == 0 {
				n++
			} else {
				n += countAt(e, path)
			}
		}
		return n
	case map[string]any:
		if len(path) == 0 {
			return 1
		}
		return countAt(x[path[0]], path[1:])
	case nil:
		return 0
	}
	if len(path) == 0 {
		return 1
	}
	return 0
}
