package store

import (
	"context"
	"fmt"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"

	"github.com/amity-graph/amity/internal/kg"
)

// NodesByID reads entities by id; missing ids are absent from the map.
func (s *Store) NodesByID(ctx context.Context, ids []string) (map[string]*kg.Node, error) {
	return read(ctx, s, "nodes by id", func(tx neo4j.ManagedTransaction) (map[string]*kg.Node, error) {
		recs, err := collect(ctx, tx, "MATCH (n:Entity) WHERE n.id IN $ids RETURN n", map[string]any{"ids": ids})
		if err != nil {
			return nil, err
		}
		out := make(map[string]*kg.Node, len(recs))
		for _, r := range recs {
			n, err := decodeNode(r.Values[0])
			if err != nil {
				return nil, err
			}
			out[n.ID] = n
		}
		return out, nil
	})
}

// SourcesByID reads Source nodes by id.
func (s *Store) SourcesByID(ctx context.Context, ids []string) (map[string]*kg.Source, error) {
	return read(ctx, s, "sources by id", func(tx neo4j.ManagedTransaction) (map[string]*kg.Source, error) {
		recs, err := collect(ctx, tx, "MATCH (s:kg.Source) WHERE s.id IN $ids RETURN s", map[string]any{"ids": ids})
		if err != nil {
			return nil, err
		}
		out := make(map[string]*kg.Source, len(recs))
		for _, r := range recs {
			src, err := decodeSource(r.Values[0])
			if err != nil {
				return nil, err
			}
			out[src.ID] = src
		}
		return out, nil
	})
}

// MaxNeighbors caps how many edges of one type a typed field (partners, participants,
// …) reads per entity; the schema says so, and relations pages past it. It is a guard
// against runaway answers, set well above the busiest real entity (74 partners) and the
// benchmark's largest hubs (2,186).
const MaxNeighbors = 10_000

// Neighbors reads, for each id, its edges of one type in one direction with the node at
// the other end: one statement for any number of ids.
func (s *Store) Neighbors(ctx context.Context, ids []string, relType string, dir kg.Direction) (map[string][]kg.Rel, error) {
	if _, ok := kg.RelTypes[relType]; !ok {
		return nil, fmt.Errorf("neighbors: relationship type %q is not allowed", relType)
	}
	pattern := map[kg.Direction]string{kg.Out: "(n)-[r:%s]->(m:Entity)", kg.In: "(n)<-[r:%s]-(m:Entity)", kg.Both: "(n)-[r:%s]-(m:Entity)"}[dir]
	if pattern == "" {
		return nil, fmt.Errorf("neighbors: direction %q", dir)
	}
	q := `UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH ` + fmt.Sprintf(pattern, relType) + `
  RETURN {r: r, m: m, out: startNode(r) = n} AS rel
  ORDER BY coalesce(r.since, m.dateLo, ''), m.name LIMIT $cap
}
RETURN id, collect(rel) AS rels`
	return read(ctx, s, "neighbors "+relType, func(tx neo4j.ManagedTransaction) (map[string][]kg.Rel, error) {
		recs, err := collect(ctx, tx, q, map[string]any{"ids": ids, "cap": MaxNeighbors})
		if err != nil {
			return nil, err
		}
		return relsByID(recs)
	})
}

func relsByID(recs []*neo4j.Record) (map[string][]kg.Rel, error) {
	out := make(map[string][]kg.Rel, len(recs))
	for _, r := range recs {
		id, err := get[string](r, "id")
		if err != nil {
			return nil, err
		}
		xs, err := list(r, "rels")
		if err != nil {
			return nil, err
		}
		for _, x := range xs {
			rel, err := relFrom(id, x)
			if err != nil {
				return nil, err
			}
			out[id] = append(out[id], rel)
		}
	}
	return out, nil
}

// RelFilter selects an entity's relations.
type RelFilter struct {
	Types []string // nil for all
	Dir   kg.Direction
}

// Cursor is a keyset position in an entity's relations, ordered by type, the other end's
// id and the edge's element id.
type Cursor struct {
	Type, OtherID, ElementID string
}

// CursorOf is the cursor just after rel.
func CursorOf(r kg.Rel) Cursor { return Cursor{r.Type, r.Other.ID, r.ElementID} }

const relMatch = `MATCH (n)-[r]-(m:Entity)
  WITH n, r, m, startNode(r) = n AS out, type(r) AS t
  WHERE ($types IS NULL OR t IN $types)
    AND ($dir = 'BOTH' OR t IN $symmetric OR ($dir = 'OUT') = out)`

func (f RelFilter) params() map[string]any {
	var types any
	if f.Types != nil {
		types = f.Types
	}
	var sym []string
	for _, t := range kg.RelTypeNames() {
		if kg.RelTypes[t].Symmetric {
			sym = append(sym, t)
		}
	}
	return map[string]any{"types": types, "dir": string(f.Dir), "symmetric": sym}
}

// RelationsPage reads one page of relations for each id. It asks for one edge more
// than the page, to know whether another page follows.
func (s *Store) RelationsPage(ctx context.Context, ids []string, f RelFilter, first int, after *Cursor) (map[string][]kg.Rel, error) {
	p := f.params()
	p["ids"], p["limit"] = ids, first+1
	p["after"] = nil
	if after != nil {
		p["after"] = []string{after.Type, after.OtherID, after.ElementID}
	}
	q := `UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  ` + relMatch + `
    AND ($after IS NULL OR t > $after[0] OR (t = $after[0] AND (m.id > $after[1] OR (m.id = $after[1] AND elementId(r) > $after[2]))))
  RETURN {r: r, m: m, out: out} AS rel
  ORDER BY t, m.id, elementId(r) LIMIT $limit
}
RETURN id, collect(rel) AS rels`
	return read(ctx, s, "relations page", func(tx neo4j.ManagedTransaction) (map[string][]kg.Rel, error) {
		recs, err := collect(ctx, tx, q, p)
		if err != nil {
			return nil, err
		}
		return relsByID(recs)
	})
}

// RelationCounts counts each id's relations under a filter.
func (s *Store) RelationCounts(ctx context.Context, ids []string, f RelFilter) (map[string]int, error) {
	p := f.params()
	p["ids"] = ids
	q := `UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  ` + relMatch + `
  RETURN count(*) AS c
}
RETURN id, c`
	return read(ctx, s, "relation counts", func(tx neo4j.ManagedTransaction) (map[string]int, error) {
		recs, err := collect(ctx, tx, q, p)
		if err != nil {
			return nil, err
		}
		out := map[string]int{}
		for _, r := range recs {
			id, err1 := get[string](r, "id")
			c, err2 := get[int64](r, "c")
			if err := firstErr(err1, err2); err != nil {
				return nil, err
			}
			out[id] = int(c)
		}
		return out, nil
	})
}

// EventsOf reads, for each id, the events it took part in or that were held in it,
// newest first.
func (s *Store) EventsOf(ctx context.Context, ids []string, first int) (map[string][]*kg.Node, error) {
	q := `UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  CALL (n) {
    MATCH (n)-[:PARTICIPATED_IN]->(e:Event) RETURN e
    UNION
    MATCH (e:Event)-[:HELD_IN]->(n) RETURN e
  }
  RETURN e ORDER BY coalesce(e.dateLo, '') DESC, e.id LIMIT $first
}
RETURN id, collect(e) AS events`
	return read(ctx, s, "events of", func(tx neo4j.ManagedTransaction) (map[string][]*kg.Node, error) {
		recs, err := collect(ctx, tx, q, map[string]any{"ids": ids, "first": first})
		if err != nil {
			return nil, err
		}
		out := map[string][]*kg.Node{}
		for _, r := range recs {
			id, err := get[string](r, "id")
			if err != nil {
				return nil, err
			}
			xs, err := list(r, "events")
			if err != nil {
				return nil, err
			}
			for _, x := range xs {
				n, err := decodeNode(x)
				if err != nil {
					return nil, err
				}
				out[id] = append(out[id], n)
			}
		}
		return out, nil
	})
}

// EventFilter selects events for a timeline. Dates are already widened to day bounds.
type EventFilter struct {
	Types              []string
	Participant, Place string
	From, To           string
	First              int
}

// heldWithin is the pattern of an event e held in a place or anywhere inside it; %s is
// the place's node pattern.
const heldWithin = `(e:Event)-[:HELD_IN]->(:Entity)-[:IN_REGION|IN_COUNTRY|PART_OF*0..3]->(%s)`

// Events reads a timeline of events in date order.
func (s *Store) Events(ctx context.Context, f EventFilter) ([]*kg.Node, error) {
	q := `MATCH (e:Event)
WHERE ($types IS NULL OR e.eventType IN $types)
  AND ($from IS NULL OR e.dateHi >= $from)
  AND ($to IS NULL OR e.dateLo <= $to)
  AND ($participant IS NULL OR EXISTS { (:Entity {id: $participant})-[:PARTICIPATED_IN]->(e) })
  AND ($place IS NULL OR EXISTS { ` + fmt.Sprintf(heldWithin, ":Entity {id: $place}") + ` })
RETURN e ORDER BY coalesce(e.dateLo, ''), e.id LIMIT $first`
	p := map[string]any{"types": nilIfEmpty(f.Types), "from": nilIfBlank(f.From), "to": nilIfBlank(f.To),
		"participant": nilIfBlank(f.Participant), "place": nilIfBlank(f.Place), "first": f.First}
	return read(ctx, s, "events", func(tx neo4j.ManagedTransaction) ([]*kg.Node, error) {
		recs, err := collect(ctx, tx, q, p)
		if err != nil {
			return nil, err
		}
		out := make([]*kg.Node, 0, len(recs))
		for _, r := range recs {
			n, err := decodeNode(r.Values[0])
			if err != nil {
				return nil, err
			}
			out = append(out, n)
		}
		return out, nil
	})
}

func nilIfBlank(s string) any {
	if s == "" {
		return nil
	}
	return s
}

func nilIfEmpty(xs []string) any {
	if len(xs) == 0 {
		return nil
	}
	return xs
}

// VisitFilter selects visits. Dates are already widened to day bounds.
type VisitFilter struct {
	Visitor, Host string
	From, To      string
}

// Visits reads events at which one party travelled to another: any event with a
// participant in the visitor role. The query starts from the host or the visitor when
// one is given, so it touches only their events, and from the date index otherwise.
func (s *Store) Visits(ctx context.Context, f VisitFilter) ([]kg.VisitRow, error) {
	var start string
	switch {
	case f.Host != "":
		start = `MATCH (h:Entity {id: $host})
CALL (h) {
  MATCH ` + fmt.Sprintf(heldWithin, "h") + ` RETURN e
  UNION
  MATCH (h)-[:PARTICIPATED_IN {role: 'host'}]->(e:Event) RETURN e
}
WITH DISTINCT e
WHERE ($visitor IS NULL OR EXISTS { (:Entity {id: $visitor})-[p:PARTICIPATED_IN]->(e) WHERE p.role IN ['visitor', 'leader'] })`
	case f.Visitor != "":
		start = `MATCH (:Entity {id: $visitor})-[p:PARTICIPATED_IN]->(e:Event)
WHERE p.role IN ['visitor', 'leader']
WITH DISTINCT e`
	default:
		start = `MATCH (e:Event)
WHERE ($to IS NULL OR e.dateLo <= $to)`
	}
	q := start + `
WITH e WHERE EXISTS { (:Entity)-[:PARTICIPATED_IN {role: 'visitor'}]->(e) }
  AND ($from IS NULL OR e.dateHi >= $from)
  AND ($to IS NULL OR e.dateLo <= $to)
CALL (e) {
  OPTIONAL MATCH (x:Entity)-[p:PARTICIPATED_IN]->(e)
  RETURN collect({n: x, role: p.role, sources: p.sources}) AS parts
}
CALL (e) {
  OPTIONAL MATCH (e)-[h:HELD_IN]->(x:Entity)
  RETURN collect({n: x, sources: h.sources}) AS places
}
CALL (e) {
  OPTIONAL MATCH (e)-[v:VISITED_SITE]->(x:Entity)
  RETURN collect({n: x, sources: v.sources}) AS sites
}
RETURN e, parts, places, sites ORDER BY coalesce(e.dateLo, '') DESC, e.id LIMIT $cap`
	p := map[string]any{"visitor": nilIfBlank(f.Visitor), "host": nilIfBlank(f.Host), "from": nilIfBlank(f.From), "to": nilIfBlank(f.To), "cap": MaxVisits}
	return read(ctx, s, "visits", func(tx neo4j.ManagedTransaction) ([]kg.VisitRow, error) {
		recs, err := collect(ctx, tx, q, p)
		if err != nil {
			return nil, err
		}
		out := make([]kg.VisitRow, 0, len(recs))
		for _, r := range recs {
			e, err := decodeNode(r.Values[0])
			if err != nil {
				return nil, err
			}
			row := kg.VisitRow{Event: e}
			for i, dst := range []*[]kg.Tagged{&row.Participants, &row.Places, &row.Sites} {
				xs, _ := r.Values[i+1].([]any)
				if *dst, err = decodeTagged(xs); err != nil {
					return nil, err
				}
			}
			out = append(out, row)
		}
		return out, nil
	})
}

// MaxVisits caps one visits answer.
const MaxVisits = 500

func decodeTagged(xs []any) ([]kg.Tagged, error) {
	out := make([]kg.Tagged, 0, len(xs))
	for _, x := range xs {
		m, ok := x.(map[string]any)
		if !ok {
			return nil, fmt.Errorf("decode tagged node: got %T", x)
		}
		if m["n"] == nil {
			continue // OPTIONAL MATCH found nothing
		}
		n, err := decodeNode(m["n"])
		if err != nil {
			return nil, err
		}
		role, _ := m["role"].(string)
		out = append(out, kg.Tagged{Node: n, Role: role, Sources: stringList(m["sources"])})
	}
	return out, nil
}

func decodePath(v any) (kg.Path, error) {
	p, ok := v.(dbtype.Path)
	if !ok {
		return kg.Path{}, fmt.Errorf("decode path: got %T", v)
	}
	var out kg.Path
	for _, n := range p.Nodes {
		d, err := decodeNode(n)
		if err != nil {
			return kg.Path{}, err
		}
		out.Nodes = append(out.Nodes, d)
	}
	for i, r := range p.Relationships {
		if i+1 >= len(p.Nodes) {
			return kg.Path{}, fmt.Errorf("decode path: more relationships than steps")
		}
		self, other := p.Nodes[i], out.Nodes[i+1]
		fwd := r.StartElementId == self.ElementId
		from, to, dir := out.Nodes[i].ID, other.ID, kg.Out
		if !fwd {
			from, to, dir = other.ID, out.Nodes[i].ID, kg.In
		}
		e, err := decodeEdge(r, from, to)
		if err != nil {
			return kg.Path{}, err
		}
		if kg.RelTypes[e.Type].Symmetric {
			dir = kg.Both
		}
		out.Rels = append(out.Rels, kg.Rel{Edge: e, Dir: dir, Other: other})
	}
	return out, nil
}

// MaxPathLength bounds shortestPath and enterprise ties.
const MaxPathLength = 10

// ShortestPath finds one shortest path of at most maxLen relations, optionally only over
// the given types. ok is false when there is none.
func (s *Store) ShortestPath(ctx context.Context, from, to string, maxLen int, types []string) (kg.Path, bool, error) {
	if maxLen < 1 || maxLen > MaxPathLength {
		return kg.Path{}, false, fmt.Errorf("shortest path: length %d outside 1..%d", maxLen, MaxPathLength)
	}
	// The bound of a quantifier cannot be a parameter; maxLen is a checked integer.
	q := fmt.Sprintf(`MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH path = ANY SHORTEST (a)-[r WHERE $types IS NULL OR type(r) IN $types]-{1,%d}(b)
RETURN path`, maxLen)
	type res struct {
		p  kg.Path
		ok bool
	}
	r, err := read(ctx, s, "shortest path", func(tx neo4j.ManagedTransaction) (res, error) {
		recs, err := collect(ctx, tx, q, map[string]any{"from": from, "to": to, "types": nilIfEmpty(types)})
		if err != nil || len(recs) == 0 {
			return res{}, err
		}
		p, err := decodePath(recs[0].Values[0])
		return res{p, true}, err
	})
	return r.p, r.ok, err
}

// EnterpriseTies finds companies tied to a city's partners within maxHops. A tie runs
// through events, people and bodies; it never passes through the city itself, another
// city, a region or a country (everything shares a country, so that would tie all), and
// does not follow further partnerships. Ties are searched hop by hop, each hop stopping
// after first distinct (partner, company) pairs, so a hub city with hundreds of partners
// costs no more than the answer needs; the shortest path of each pair is kept.
func (s *Store) EnterpriseTies(ctx context.Context, city string, maxHops, first int) ([]kg.Tie, error) {
	if maxHops < 1 || maxHops > MaxPathLength {
		return nil, fmt.Errorf("enterprise ties: hops %d outside 1..%d", maxHops, MaxPathLength)
	}
	q := enterpriseTiesCypher(maxHops)
	return read(ctx, s, "enterprise ties", func(tx neo4j.ManagedTransaction) ([]kg.Tie, error) {
		recs, err := collect(ctx, tx, q, map[string]any{"city": city, "first": first})
		if err != nil {
			return nil, err
		}
		out := make([]kg.Tie, 0, len(recs))
		for _, r := range recs {
			co, err1 := decodeNode(r.Values[0])
			p, err2 := decodeNode(r.Values[1])
			path, err3 := decodePath(r.Values[2])
			if err := firstErr(err1, err2, err3); err != nil {
				return nil, err
			}
			// Read the path from the company towards the partner.
			out = append(out, kg.Tie{Company: co, Partner: p, Path: path.Reverse()})
		}
		return out, nil
	})
}

// tiePattern is a path of exactly k relationships from a partner p to a company co
// through allowed intermediate nodes.
func tiePattern(k int) string {
	var b strings.Builder
	b.WriteString("(p)")
	for i := 1; i <= k; i++ {
		b.WriteString(fmt.Sprintf("-[r%d WHERE NOT type(r%d) IN ['PARTNER_OF', 'IN_COUNTRY', 'IN_REGION']]-", i, i))
		if i < k {
			b.WriteString(fmt.Sprintf("(x%d:Entity WHERE x%d <> c AND NOT x%d:City AND NOT x%d:Region AND NOT x%d:Country)", i, i, i, i, i))
		}
	}
	b.WriteString("(co:Company)")
	return b.String()
}

func enterpriseTiesCypher(maxHops int) string {
	var branches []string
	for k := 1; k <= maxHops; k++ {
		branches = append(branches, fmt.Sprintf(`  MATCH (c)-[:PARTNER_OF]-(p:Entity)
  MATCH %[1]s
  WITH DISTINCT p, co LIMIT $first
  CALL (c, p, co) { MATCH path = %[1]s RETURN path LIMIT 1 }
  RETURN p, co, path`, tiePattern(k)))
	}
	return `MATCH (c:Entity {id: $city})
CALL (c) {
` + strings.Join(branches, "\n  UNION\n") + `
}
WITH p, co, path ORDER BY length(path)
WITH p, co, head(collect(path)) AS path
RETURN co, p, path ORDER BY length(path), co.name, p.name LIMIT $first`
}

// MaxNeighborhoodDepth bounds neighborhood.
const MaxNeighborhoodDepth = 3

// Neighborhood reads the nodes within depth of id, nearest first, up to limit, and the
// edges among them.
func (s *Store) Neighborhood(ctx context.Context, id string, depth, limit int) (kg.Subgraph, bool, error) {
	if depth < 1 || depth > MaxNeighborhoodDepth {
		return kg.Subgraph{}, false, fmt.Errorf("neighborhood: depth %d outside 1..%d", depth, MaxNeighborhoodDepth)
	}
	// Each ring is read lazily and stops at the limit, so a hub's depth-2 neighbourhood
	// costs the limit, not the hundreds of thousands of paths behind it.
	rings := []string{"  MATCH (s)--(m:Entity) RETURN DISTINCT m, 1 AS d LIMIT $limit"}
	for d := 2; d <= depth; d++ {
		rings = append(rings, fmt.Sprintf("  MATCH (s)%s--(m:Entity) WHERE m <> s RETURN DISTINCT m, %d AS d LIMIT $limit", strings.Repeat("--()", d-1), d))
	}
	q := `MATCH (s:Entity {id: $id})
CALL (s) {
` + strings.Join(rings, "\n  UNION\n") + `
}
WITH s, m, min(d) AS d ORDER BY d, m.id LIMIT $limit
WITH s, collect(m) AS ms
WITH [s] + ms AS ns
CALL (ns) {
  UNWIND ns AS a
  MATCH (a)-[r]->(b:Entity) WHERE b IN ns
  RETURN collect({r: r, from: a.id, to: b.id})[..$edgeCap] AS edges
}
RETURN ns, edges`
	type res struct {
		g     kg.Subgraph
		found bool
	}
	r, err := read(ctx, s, "neighborhood", func(tx neo4j.ManagedTransaction) (res, error) {
		recs, err := collect(ctx, tx, q, map[string]any{"id": id, "limit": limit + 1, "edgeCap": 20 * limit})
		if err != nil || len(recs) == 0 {
			return res{}, err
		}
		ns, _ := recs[0].Values[0].([]any)
		var g kg.Subgraph
		for _, x := range ns {
			n, err := decodeNode(x)
			if err != nil {
				return res{}, err
			}
			g.Nodes = append(g.Nodes, n)
		}
		if len(g.Nodes) > limit+1 { // the start node plus limit neighbours
			g.Nodes, g.Truncated = g.Nodes[:limit+1], true
		}
		keep := map[string]bool{}
		for _, n := range g.Nodes {
			keep[n.ID] = true
		}
		es, _ := recs[0].Values[1].([]any)
		for _, x := range es {
			m, ok := x.(map[string]any)
			if !ok {
				return res{}, fmt.Errorf("decode edge: got %T", x)
			}
			from, _ := m["from"].(string)
			to, _ := m["to"].(string)
			if !keep[from] || !keep[to] {
				continue
			}
			e, err := decodeEdge(m["r"], from, to)
			if err != nil {
				return res{}, err
			}
			g.Edges = append(g.Edges, e)
		}
		return res{g, true}, nil
	})
	return r.g, r.found, err
}
