package store

import (
	"context"
	"fmt"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/amity-graph/amity/internal/kg"
)

// FulltextIndex is the full-text index over names and aliases that search uses.
const FulltextIndex = "entityNames"

// awaitIndexes waits up to 300 seconds for the indexes to come online and fails if they
// do not.
const awaitIndexes = "CALL db.awaitIndexes(300)"

// migrations are idempotent (IF NOT EXISTS, IF EXISTS), so Migrate runs on every start.
func migrations() []string {
	m := []string{
		"CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE",
		"CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE",
		// One fingerprint per load unit (see LoadUnit); the loader looks units up by name.
		"CREATE CONSTRAINT load_unit_name IF NOT EXISTS FOR (n:" + LoadUnitLabel + ") REQUIRE n.name IS UNIQUE",
		// The history is read by time (changes(since)).
		"CREATE CONSTRAINT change_id IF NOT EXISTS FOR (n:" + ChangeLabel + ") REQUIRE n.id IS UNIQUE",
		"CREATE INDEX change_at IF NOT EXISTS FOR (n:" + ChangeLabel + ") ON (n.at)",
	}
	for _, k := range kg.Kinds {
		// Labels come from kg's fixed list, never from input.
		m = append(m, fmt.Sprintf("CREATE CONSTRAINT %s_id IF NOT EXISTS FOR (n:%s) REQUIRE n.id IS UNIQUE", strings.ToLower(string(k)), k))
	}
	m = append(m,
		"CREATE INDEX entity_kind IF NOT EXISTS FOR (n:Entity) ON (n.kind)",
		"CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name)",
		"CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.dateLo)",
		"CREATE INDEX city_geoname IF NOT EXISTS FOR (n:City) ON (n.geonameId)",
		"CREATE FULLTEXT INDEX "+FulltextIndex+" IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliases]",
	)
	// Earlier versions indexed PARTNER_OF.partnership and PARTICIPATED_IN.role. No read
	// uses them, and the loader's keyed MERGE was planned through them, seeking every
	// edge with the same role per row, so loads grew quadratically.
	m = append(m, "DROP INDEX partner_kind IF EXISTS", "DROP INDEX participation_role IF EXISTS")
	return m
}

// Migrate applies the schema and waits for the indexes to come online.
func (s *Store) Migrate(ctx context.Context) error {
	return s.apply(ctx, append(migrations(), awaitIndexes))
}

// apply runs statements one by one and stops at the first that fails, naming it. Schema
// statements cannot share a transaction with each other, so each runs alone. Each result
// is consumed: Run returns once the server has accepted a statement, and a failure
// reported later (while its rows stream, or when its transaction commits) is only seen
// by reading the result to its end.
func (s *Store) apply(ctx context.Context, stmts []string) error {
	sess := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.cfg.Database})
	defer sess.Close(context.WithoutCancel(ctx))
	for _, stmt := range stmts {
		res, err := sess.Run(ctx, stmt, nil)
		if err == nil {
			_, err = res.Consume(ctx)
		}
		if err != nil {
			return classify("migrate: "+stmt, err)
		}
	}
	return nil
}
