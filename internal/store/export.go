package store

import (
	"context"
	"fmt"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/amity-graph/amity/internal/derrors"
	"github.com/amity-graph/amity/internal/kg"
)

// ExportScope says what an export reads: the whole graph when ID is empty, else the
// entities within Depth hops of ID and the edges among them (as Neighborhood, unbounded).
// A scope whose entity does not exist fails with derrors.NotFound before anything is
// streamed.
type ExportScope struct {
	ID    string
	Depth int
}

// MaxExportDepth bounds an entity's export, as MaxNeighborhoodDepth bounds the API.
const MaxExportDepth = MaxNeighborhoodDepth

// exportTimeout bounds the transaction of one export: the whole graph is read in one
// snapshot, which takes far longer than a request's read.
const exportTimeout = 30 * time.Minute

// Export streams the scope's nodes, every one before the first edge (GEXF and the CSV
// archive need them apart), to node and edge as Neo4j sends them: nothing is gathered
// in memory on this side. One transaction reads both, so nodes and edges agree. It is
// not retried: a retry would repeat what the callbacks already wrote.
func (s *Store) Export(ctx context.Context, scope ExportScope, node func(*kg.Node) error, edge func(kg.Edge) error) error {
	nodesQ, edgesQ, params, err := exportQueries(scope)
	if err != nil {
		return err
	}
	sess := s.driver.NewSession(ctx, neo4j.SessionConfig{AccessMode: neo4j.AccessModeRead, DatabaseName: s.cfg.Database})
	defer sess.Close(context.WithoutCancel(ctx))
	tx, err := sess.BeginTransaction(ctx, txConfig(ctx, "export", exportTimeout)...)
	if err != nil {
		return classify("export", err)
	}
	defer tx.Close(context.WithoutCancel(ctx))

	n := 0
	err = stream(ctx, tx, nodesQ, params, func(r *neo4j.Record) error {
		v, _ := r.Get("n")
		nd, err := decodeNode(v)
		if err != nil {
			return err
		}
		n++
		return node(nd)
	})
	if err != nil {
		return classify("export nodes", err)
	}
	if n == 0 && scope.ID != "" {
		return derrors.New(derrors.NotFound, "no entity with id %q", scope.ID)
	}
	err = stream(ctx, tx, edgesQ, params, func(r *neo4j.Record) error {
		from, err1 := field[string](r, "from")
		to, err2 := field[string](r, "to")
		if err := firstErr(err1, err2); err != nil {
			return err
		}
		v, _ := r.Get("r")
		ev, _ := r.Get("ev")
		evStart, _ := ev.(string)
		e, err := decodeEdge(v, from, to, evStart)
		if err != nil {
			return err
		}
		return edge(e)
	})
	if err != nil {
		return classify("export edges", err)
	}
	return classify("export", tx.Commit(ctx))
}

// exportQueries builds the two statements of a scope. The depth is a checked integer,
// the only value written into the text; the id is a parameter.
func exportQueries(scope ExportScope) (nodes, edges string, params map[string]any, err error) {
	if scope.ID == "" {
		// Every entity and every edge between two entities; Source and bookkeeping nodes
		// are not part of the network (relations name their sources by id).
		return "MATCH (n:Entity) RETURN n",
			"MATCH (a:Entity)-[r]->(b:Entity) RETURN a.id AS from, r, b.id AS to, coalesce(a.dateLo, b.dateLo) AS ev", nil, nil
	}
	if scope.Depth < 1 || scope.Depth > MaxExportDepth {
		return "", "", nil, derrors.New(derrors.InvalidArgument, "depth %d is outside 1..%d", scope.Depth, MaxExportDepth)
	}
	// The same set as Neighborhood's rings: entities reached by a walk of 1..depth hops
	// through any node, plus the start.
	set := fmt.Sprintf(`MATCH (s:Entity {id: $id})
OPTIONAL MATCH (s)-[*1..%d]-(m:Entity) WHERE m <> s
WITH s, collect(DISTINCT m) AS ms
WITH [s] + ms AS ns
`, scope.Depth)
	return set + "UNWIND ns AS n RETURN n ORDER BY n.id",
		set + `UNWIND ns AS a
MATCH (a)-[r]->(b:Entity) WHERE b IN ns
RETURN a.id AS from, r, b.id AS to, coalesce(a.dateLo, b.dateLo) AS ev ORDER BY from, type(r), to`,
		map[string]any{"id": scope.ID}, nil
}

// stream runs one statement and hands each record to fn as it arrives, consuming the
// result to its end (or stopping at fn's first error).
func stream(ctx context.Context, tx neo4j.ExplicitTransaction, cypher string, params map[string]any, fn func(*neo4j.Record) error) error {
	count(ctx)
	res, err := tx.Run(ctx, cypher, params)
	if err != nil {
		return err
	}
	for res.Next(ctx) {
		if err := fn(res.Record()); err != nil {
			return err
		}
	}
	return res.Err()
}
