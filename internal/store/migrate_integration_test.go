//go:build integration

package store_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// TestMigrateReportsServerFailure makes a schema statement fail on the server: the
// entity_id constraint is dropped, two entities with one id are written, and Migrate
// must then fail creating the constraint again, naming the statement. The test shares
// the database with the other tests of the package, so it writes only nodes labelled
// MigrateTest, deletes them and migrates again afterwards, which restores the
// constraint.
func TestMigrateReportsServerFailure(t *testing.T) {
	db := adhocDB(t)
	ctx := adhocCtx(t)
	const stmt = "CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE"
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
		defer cancel()
		if err := db.WriteForTest(ctx, "MATCH (n:MigrateTest) DETACH DELETE n", nil); err != nil {
			t.Errorf("clean up: %v", err)
			return
		}
		if err := db.Migrate(ctx); err != nil {
			t.Errorf("migrate after clean-up: %v", err)
		}
	})
	if err := db.WriteForTest(ctx, "DROP CONSTRAINT entity_id IF EXISTS", nil); err != nil {
		t.Fatal(err)
	}
	if err := db.WriteForTest(ctx, "CREATE (:Entity:MigrateTest {id: $id}), (:Entity:MigrateTest {id: $id})",
		map[string]any{"id": "migrate-test:duplicate"}); err != nil {
		t.Fatal(err)
	}

	err := db.Migrate(ctx)
	if err == nil {
		t.Fatal("Migrate succeeded over two entities with one id; want the entity_id constraint to fail")
	}
	if !strings.Contains(err.Error(), "migrate: "+stmt+":") {
		t.Errorf("Migrate error %q does not name the failing statement %q", err, stmt)
	}
	var nerr *neo4j.Neo4jError
	if !errors.As(err, &nerr) || !strings.HasSuffix(nerr.Code, ".Schema.ConstraintCreationFailed") {
		t.Errorf("Migrate error %q does not wrap Neo4j's ConstraintCreationFailed", err)
	}
}

// TestMigrateReportsLateFailure runs, the way Migrate runs the schema, a statement that
// fails after Run has returned, while its rows stream. Neo4j reports a failing schema
// statement or db.awaitIndexes in its answer to Run, which is why the test cannot use
// one; a failure at commit comes as late as this one. It must still be reported, naming
// the statement.
func TestMigrateReportsLateFailure(t *testing.T) {
	db := adhocDB(t)
	ctx := adhocCtx(t)
	const stmt = "UNWIND [1, 0] AS x RETURN 1 / x AS y"
	err := db.ApplyForTest(ctx, []string{stmt, "RETURN 1"})
	if err == nil {
		t.Fatal("a statement that failed while its rows streamed passed unseen")
	}
	if !strings.Contains(err.Error(), "migrate: "+stmt+":") {
		t.Errorf("error %q does not name the failing statement %q", err, stmt)
	}
	var nerr *neo4j.Neo4jError
	if !errors.As(err, &nerr) || nerr.Code != "Neo.ClientError.Statement.ArithmeticError" {
		t.Errorf("error %q does not wrap Neo4j's ArithmeticError", err)
	}
}
