package store

import (
	"context"
	"fmt"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/amity-graph/amity/internal/kg"
)

// MaxPathLength bounds shortestPath and enterprise ties.
const MaxPathLength = 10

// ShortestPath finds one shortest path of at most maxLen relations, optionally only over
// the given types and, with asOf, only over facts in force on that date. ok is false when
// there is none.
func (s *Store) ShortestPath(ctx context.Context, from, to string, maxLen int, types []string, asOf *kg.AsOf) (kg.Path, bool, error) {
	if maxLen < 1 || maxLen > MaxPathLength {
		return kg.Path{}, false, fmt.Errorf("shortest path: length %d outside 1..%d", maxLen, MaxPathLength)
	}
	// The bound of a quantifier cannot be a parameter; maxLen is a checked integer.
	q := fmt.Sprintf(`MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH path = ANY SHORTEST (a)-[r WHERE ($types IS NULL OR type(r) IN $types) AND %s]-{1,%d}(b)
RETURN path`, inForce("r"), maxLen)
	type res struct {
		p  kg.Path
		ok bool
	}
	r, err := read(ctx, s, "shortest path", func(tx neo4j.ManagedTransaction) (res, error) {
		recs, err := collect(ctx, tx, q, withAsOf(map[string]any{"from": from, "to": to, "types": nilIfEmpty(types)}, asOf))
		if err != nil || len(recs) == 0 {
			return res{}, err
		}
		raw, err := field[neo4j.Path](recs[0], "path")
		if err != nil {
			return res{}, err
		}
		p, err := decodePath(raw)
		return res{p, true}, err
	})
	return r.p, r.ok, err
}

// decodePath reads a path of entities. Each relationship is seen from the node before
// it: Out when it leaves that node, In when it enters it, Both for symmetric types.
func decodePath(p neo4j.Path) (kg.Path, error) {
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
		e, err := decodeEdge(r, from, to, eventStart(out.Nodes[i], other))
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

// EnterpriseTies finds companies tied to a city's partners within maxHops. A tie runs
// through events, people and bodies; it never passes through the city itself, another
// city, a region or a country (everything shares a country, so that would tie all), and
// does not follow further partnerships. Ties are searched hop by hop, each hop stopping
// after first distinct (partner, company) pairs, so a hub city with many partners costs
// no more than the answer needs; the shortest path of each pair is kept.
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
			co, err1 := nodeField(r, "co")
			p, err2 := nodeField(r, "p")
			raw, err3 := field[neo4j.Path](r, "path")
			if err := firstErr(err1, err2, err3); err != nil {
				return nil, err
			}
			path, err := decodePath(raw)
			if err != nil {
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

// enterpriseTiesCypher is the query of EnterpriseTies: one UNION branch per hop count,
// each with its own lazy LIMIT, then the shortest path of each (partner, company) pair.
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
// edges among them; with asOf, only through and among the facts in force on that date.
func (s *Store) Neighborhood(ctx context.Context, id string, depth, limit int, asOf *kg.AsOf) (kg.Subgraph, bool, error) {
	if depth < 1 || depth > MaxNeighborhoodDepth {
		return kg.Subgraph{}, false, fmt.Errorf("neighborhood: depth %d outside 1..%d", depth, MaxNeighborhoodDepth)
	}
	// Each ring is read lazily and stops at the limit, so a hub's deeper rings cost the
	// limit, not every path behind them.
	var rings []string
	for d := 1; d <= depth; d++ {
		var walk strings.Builder
		var conds []string
		for i := 1; i <= d; i++ {
			if i > 1 {
				walk.WriteString("()")
			}
			fmt.Fprintf(&walk, "-[r%d]-", i)
			conds = append(conds, inForce(fmt.Sprintf("r%d", i)))
		}
		if d > 1 {
			conds = append(conds, "m <> s")
		}
		rings = append(rings, fmt.Sprintf("  MATCH (s)%s(m:Entity) WHERE %s RETURN DISTINCT m, %d AS d LIMIT $limit", walk.String(), strings.Join(conds, " AND "), d))
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
  MATCH (a)-[r]->(b:Entity) WHERE b IN ns AND ` + inForce("r") + `
  RETURN collect({r: r, from: a.id, to: b.id, ev: coalesce(a.dateLo, b.dateLo)})[..$edgeCap] AS edges
}
RETURN ns, edges`
	type res struct {
		g     kg.Subgraph
		found bool
	}
	r, err := read(ctx, s, "neighborhood", func(tx neo4j.ManagedTransaction) (res, error) {
		recs, err := collect(ctx, tx, q, withAsOf(map[string]any{"id": id, "limit": limit + 1, "edgeCap": 20 * limit}, asOf))
		if err != nil || len(recs) == 0 {
			return res{}, err
		}
		ns, _, err1 := neo4j.GetRecordValue[[]any](recs[0], "ns")
		es, _, err2 := neo4j.GetRecordValue[[]any](recs[0], "edges")
		if err := firstErr(err1, err2); err != nil {
			return res{}, err
		}
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
			ev, _ := m["ev"].(string)
			e, err := decodeEdge(m["r"], from, to, ev)
			if err != nil {
				return res{}, err
			}
			g.Edges = append(g.Edges, e)
		}
		return res{g, true}, nil
	})
	return r.g, r.found, err
}
