package store

import (
	"context"
	"fmt"
	"slices"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/amity-graph/amity/internal/kg"
)

// MaxNeighbors caps how many edges of one type a typed field (partners, participants,
// …) reads per entity; the schema says so, and relations pages past it. It is a guard
// against runaway answers, set well above the busiest entities of the real and the
// benchmark data.
const MaxNeighbors = 10_000

// Neighbors reads, for each id, its edges of one type in one direction with the node at
// the other end: one statement for any number of ids. With asOf, only the edges in force
// on that date.
func (s *Store) Neighbors(ctx context.Context, ids []string, relType string, dir kg.Direction, asOf *kg.AsOf) (map[string][]kg.Rel, error) {
	rels, _, err := s.NeighborsCapped(ctx, ids, relType, dir, asOf, 0)
	return rels, err
}

// NeighborsCapped is Neighbors reading at most maxRows edges in all (0 for no cap beyond
// MaxNeighbors per id), so that a batch over many hubs cannot hold more than its caller
// will accept; full tells that the cap was reached and the answer may be cut.
func (s *Store) NeighborsCapped(ctx context.Context, ids []string, relType string, dir kg.Direction, asOf *kg.AsOf, maxRows int) (rels map[string][]kg.Rel, full bool, err error) {
	pattern, err := neighborPattern(relType, dir)
	if err != nil {
		return nil, false, fmt.Errorf("neighbors: %w", err)
	}
	limit := ""
	if maxRows > 0 {
		limit = "\nWITH id, rel LIMIT $rows"
	}
	// Ties are broken by id and element id, so the order is total and NeighborsPage,
	// which the paged siblings of these lists read, can keep it.
	q := `UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH ` + pattern + `
  WHERE ` + inForce("r") + `
  RETURN {r: r, m: m, out: startNode(r) = n, ev: coalesce(m.dateLo, n.dateLo)} AS rel
  ORDER BY coalesce(r.validFrom, m.dateLo, '~'), coalesce(m.name, ''), m.id, elementId(r) LIMIT $cap
}` + limit + `
RETURN id, collect(rel) AS rels`
	rels, err = read(ctx, s, "neighbors "+relType, func(tx neo4j.ManagedTransaction) (map[string][]kg.Rel, error) {
		recs, err := collect(ctx, tx, q, withAsOf(map[string]any{"ids": ids, "cap": MaxNeighbors, "rows": maxRows}, asOf))
		if err != nil {
			return nil, err
		}
		return relsByID(recs)
	})
	if err != nil {
		return nil, false, err
	}
	n := 0
	for _, rs := range rels {
		n += len(rs)
	}
	return rels, maxRows > 0 && n >= maxRows, nil
}

// NeighborCursor is a keyset position in an entity's edges of one type, in the order of
// Neighbors: the edge's start (or the other end's date, or '~' when neither is known, so
// undated ones come last), the other end's name and id, and the edge's element id.
type NeighborCursor struct {
	Start, Name, ID, ElementID string
}

// neighborPattern matches (n) and (m), the entity at the other end, through r, an edge
// of an allowed type in one direction.
func neighborPattern(relType string, dir kg.Direction) (string, error) {
	if _, ok := kg.RelTypes[relType]; !ok {
		return "", fmt.Errorf("relationship type %q is not allowed", relType)
	}
	pattern := map[kg.Direction]string{kg.Out: "(n)-[r:%s]->(m:Entity)", kg.In: "(n)<-[r:%s]-(m:Entity)", kg.Both: "(n)-[r:%s]-(m:Entity)"}[dir]
	if pattern == "" {
		return "", fmt.Errorf("direction %q", dir)
	}
	return fmt.Sprintf(pattern, relType), nil
}

// relsByID decodes records of an id and its relations, a list of {r, m, out} maps.
func relsByID(recs []*neo4j.Record) (map[string][]kg.Rel, error) {
	return decodeRels(recs, func(r kg.Rel, _ map[string]any) kg.Rel { return r })
}

// decodeRels decodes records of an id and its relations, each made a T with the map it
// was read from.
func decodeRels[T any](recs []*neo4j.Record, as func(kg.Rel, map[string]any) T) (map[string][]T, error) {
	out := make(map[string][]T, len(recs))
	for _, r := range recs {
		id, err := field[string](r, "id")
		if err != nil {
			return nil, err
		}
		xs, _, err := neo4j.GetRecordValue[[]any](r, "rels")
		if err != nil {
			return nil, err
		}
		for _, x := range xs {
			rel, err := relFrom(id, x)
			if err != nil {
				return nil, err
			}
			m, _ := x.(map[string]any)
			out[id] = append(out[id], as(rel, m))
		}
	}
	return out, nil
}

// RelFilter selects an entity's relations.
type RelFilter struct {
	Types []string // nil for all
	Dir   kg.Direction
	AsOf  *kg.AsOf // nil for every date
}

// Cursor is a keyset position in an entity's relations, ordered by type, the other end's
// id and the edge's element id.
type Cursor struct {
	Type, OtherID, ElementID string
}

// CursorOf is the cursor just after rel.
func CursorOf(r kg.Rel) Cursor { return Cursor{r.Type, r.Other.ID, r.ElementID} }

// relMatch matches the relations of n that a RelFilter selects (see params); t is the
// type and out whether r leaves n. Symmetric types match in any direction.
var relMatch = `MATCH (n)-[r]-(m:Entity)
  WITH n, r, m, startNode(r) = n AS out, type(r) AS t
  WHERE ($types IS NULL OR t IN $types)
    AND ($dir = 'BOTH' OR t IN $symmetric OR ($dir = 'OUT') = out)
    AND ` + inForce("r")

// params are the parameters of relMatch.
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
	return withAsOf(map[string]any{"types": types, "dir": string(f.Dir), "symmetric": sym}, f.AsOf)
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
  RETURN {r: r, m: m, out: out, ev: coalesce(m.dateLo, n.dateLo)} AS rel
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
			id, err1 := field[string](r, "id")
			c, err2 := field[int64](r, "c")
			if err := firstErr(err1, err2); err != nil {
				return nil, err
			}
			out[id] = int(c)
		}
		return out, nil
	})
}

// PagedRel is an edge read by NeighborsPage with the cursor just after it.
type PagedRel struct {
	kg.Rel
	Cursor NeighborCursor
}

// NeighborFilter narrows NeighborsPage: Role keeps the edges with that role property,
// Kinds the partnerships of those kinds (upper case, as the API names them; a
// partnership without one is UNSPECIFIED).
type NeighborFilter struct {
	Role  string
	Kinds []string
	// Kind keeps only the other ends of that kind (a label from kg's allow-list).
	Kind kg.Kind
	// OpenMission keeps, as of a date, only the other ends whose representation of their
	// country (REPRESENTS) is in force too: a mission counts from the day it opened.
	OpenMission bool
}

// NeighborsPage reads one page of each id's edges of one type in one direction, in the
// order of Neighbors (total, so pages never skip or repeat). It reads one more than
// first, to tell whether another page follows.
func (s *Store) NeighborsPage(ctx context.Context, ids []string, relType string, dir kg.Direction, asOf *kg.AsOf, f NeighborFilter, first int, after *NeighborCursor) (map[string][]PagedRel, error) {
	pattern, err := neighborPattern(relType, dir)
	if err != nil {
		return nil, fmt.Errorf("neighbors page: %w", err)
	}
	if f.Kind != "" && !slices.Contains(kg.Kinds, f.Kind) {
		return nil, fmt.Errorf("neighbors page: unknown kind %q", f.Kind)
	}
	p := withAsOf(map[string]any{"ids": ids, "limit": first + 1, "role": nilIfBlank(f.Role), "kinds": nil, "after": nil,
		"kind": nilIfBlank(string(f.Kind)), "mission": f.OpenMission}, asOf)
	if len(f.Kinds) > 0 {
		p["kinds"] = f.Kinds
	}
	if after != nil {
		p["after"] = []string{after.Start, after.Name, after.ID, after.ElementID}
	}
	q := `UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH ` + pattern + `
  WHERE ` + inForce("r") + ` AND ($role IS NULL OR r.role = $role)
    AND ($kinds IS NULL OR (CASE coalesce(r.partnership, '') WHEN '' THEN 'UNSPECIFIED' ELSE toUpper(r.partnership) END) IN $kinds)
    AND ($kind IS NULL OR $kind IN labels(m))
    AND (NOT $mission OR $asOfLo IS NULL OR EXISTS { MATCH (m)-[rep:` + kg.Represents + `]->() WHERE ` + inForce("rep") + ` })
  WITH n, r, m, coalesce(r.validFrom, m.dateLo, '~') AS k0, coalesce(m.name, '') AS k1
  WHERE $after IS NULL OR k0 > $after[0] OR (k0 = $after[0] AND (k1 > $after[1] OR (k1 = $after[1]
    AND (m.id > $after[2] OR (m.id = $after[2] AND elementId(r) > $after[3])))))
  RETURN {r: r, m: m, out: startNode(r) = n, ev: coalesce(m.dateLo, n.dateLo), k: k0} AS rel
  ORDER BY k0, k1, m.id, elementId(r) LIMIT $limit
}
RETURN id, collect(rel) AS rels`
	return read(ctx, s, "neighbors page "+relType, func(tx neo4j.ManagedTransaction) (map[string][]PagedRel, error) {
		recs, err := collect(ctx, tx, q, p)
		if err != nil {
			return nil, err
		}
		return decodeRels(recs, func(rel kg.Rel, x map[string]any) PagedRel {
			k, _ := x["k"].(string)
			return PagedRel{rel, NeighborCursor{k, rel.Other.Name, rel.Other.ID, rel.ElementID}}
		})
	})
}
