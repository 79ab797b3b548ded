package store

import (
	"context"
	"fmt"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/amity-graph/amity/internal/kg"
)

// statsCypher reads Neo4j's count store (O(1) per label and type); labels and types come
// from the allow-lists in kg.
func statsCypher() string {
	var parts []string
	// The graph's nodes are its entities and sources; the loader's bookkeeping
	// (:LoadUnit) is not counted.
	parts = append(parts, "MATCH ()-[r]->() RETURN 'rel' AS what, '' AS name, count(r) AS c")
	labels := []string{kg.EntityLabel, kg.SourceLabel}
	for _, k := range kg.Kinds {
		labels = append(labels, string(k))
	}
	for _, l := range labels {
		parts = append(parts, fmt.Sprintf("MATCH (n:%s) RETURN 'label' AS what, '%s' AS name, count(n) AS c", l, l))
	}
	for _, t := range kg.RelTypeNames() {
		parts = append(parts, fmt.Sprintf("MATCH ()-[r:%s]->() RETURN 'type' AS what, '%s' AS name, count(r) AS c", t, t))
	}
	return strings.Join(parts, "\nUNION ALL\n")
}

// Stats counts nodes and relationships by label and type, and reports the server version.
func (s *Store) Stats(ctx context.Context) (kg.Stats, error) {
	q := statsCypher()
	return read(ctx, s, "stats", func(tx neo4j.ManagedTransaction) (kg.Stats, error) {
		var st kg.Stats
		recs, err := collect(ctx, tx, q, nil)
		if err != nil {
			return st, err
		}
		for _, r := range recs {
			what, err1 := field[string](r, "what")
			name, err2 := field[string](r, "name")
			c, err3 := field[int64](r, "c")
			if err := firstErr(err1, err2, err3); err != nil {
				return st, err
			}
			switch what {
			case "rel":
				st.Relationships = c
			case "label":
				st.Labels = append(st.Labels, kg.Count{Name: name, Count: c})
				if name == kg.EntityLabel || name == kg.SourceLabel {
					st.Nodes += c
				}
			case "type":
				st.RelTypes = append(st.RelTypes, kg.Count{Name: name, Count: c})
			}
		}
		recs, err = collect(ctx, tx, "CALL dbms.components() YIELD versions, edition RETURN versions[0] AS v, edition AS e", nil)
		if err != nil {
			return st, err
		}
		if len(recs) > 0 {
			st.Neo4jVersion, _ = field[string](recs[0], "v")
			st.Neo4jEdition, _ = field[string](recs[0], "e")
		}
		return st, nil
	})
}

// Unsourced counts entities and relationships that cite no source; the loader reports it
// and it should always be zero.
func (s *Store) Unsourced(ctx context.Context) (nodes, rels int64, err error) {
	type pair struct{ n, r int64 }
	p, err := read(ctx, s, "unsourced", func(tx neo4j.ManagedTransaction) (pair, error) {
		recs, err := collect(ctx, tx, `CALL () { MATCH (n:Entity) WHERE coalesce(size(n.sources), 0) = 0 RETURN count(n) AS n }
CALL () { MATCH ()-[r]->() WHERE coalesce(size(r.sources), 0) = 0 RETURN count(r) AS r }
RETURN n, r`, nil)
		if err != nil || len(recs) != 1 {
			return pair{}, err
		}
		n, err1 := field[int64](recs[0], "n")
		r, err2 := field[int64](recs[0], "r")
		return pair{n, r}, firstErr(err1, err2)
	})
	return p.n, p.r, err
}
