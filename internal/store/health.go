package store

import (
	"context"
	"regexp"
	"slices"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Readiness is what the graph holds of what the server needs: the schema Migrate
// creates, and data a loader wrote.
type Readiness struct {
	// MissingSchema names the constraints and indexes of Migrate that Neo4j lacks or
	// has not brought online yet.
	MissingSchema []string
	// Entities says whether any entity is stored.
	Entities bool
	// LoadUnits, LoadedRecords and LastLoad sum up the :LoadUnit nodes: the units a
	// loader wrote, their records, and when the newest was written (zero if none).
	LoadUnits, LoadedRecords int64
	LastLoad                 time.Time
}

var schemaName = regexp.MustCompile(`^CREATE (?:FULLTEXT )?(?:CONSTRAINT|INDEX) (\w+) IF NOT EXISTS`)

// schemaNames are the names of the constraints and indexes Migrate creates.
func schemaNames() []string {
	var names []string
	for _, m := range migrations() {
		if sub := schemaName.FindStringSubmatch(m); sub != nil {
			names = append(names, sub[1])
		}
	}
	return names
}

// Readiness reads what the graph holds. SHOW commands run alone, each in a transaction
// of its own, as Neo4j requires.
func (s *Store) Readiness(ctx context.Context) (Readiness, error) {
	sess, done := s.session(ctx, neo4j.AccessModeRead)
	defer done()
	var r Readiness
	online := map[string]bool{}
	// Constraints are backed by indexes of the same name, so SHOW INDEXES lists both.
	recs, err := autocommit(ctx, sess, "readiness schema", "SHOW INDEXES YIELD name, state RETURN name, state")
	if err != nil {
		return r, err
	}
	for _, rec := range recs {
		name, _ := rec.Values[0].(string)
		state, _ := rec.Values[1].(string)
		online[name] = state == "ONLINE"
	}
	for _, name := range schemaNames() {
		if !online[name] {
			r.MissingSchema = append(r.MissingSchema, name)
		}
	}
	slices.Sort(r.MissingSchema)
	recs, err = autocommit(ctx, sess, "readiness data", `CALL () { MATCH (n:Entity) RETURN count(n) > 0 AS entities }
OPTIONAL MATCH (u:`+LoadUnitLabel+`)
RETURN entities, count(u) AS units, coalesce(sum(u.records), 0) AS records, max(u.loadedAt) AS last`)
	if err != nil {
		return r, err
	}
	if len(recs) == 1 {
		v := recs[0].Values
		r.Entities, _ = v[0].(bool)
		r.LoadUnits, _ = v[1].(int64)
		r.LoadedRecords, _ = v[2].(int64)
		r.LastLoad, _ = v[3].(time.Time)
	}
	return r, nil
}

func autocommit(ctx context.Context, sess neo4j.SessionWithContext, op, cypher string) (recs []*neo4j.Record, err error) {
	const timeout = 5 * time.Second
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	res, err := sess.Run(ctx, cypher, nil, txConfig(ctx, op, timeout)...)
	if err == nil {
		recs, err = res.Collect(ctx)
	}
	if err != nil {
		return nil, classify(op, err)
	}
	return recs, nil
}
