// Package testdb gives integration tests a real Neo4j: the project's own test instance
// (started on demand, its own port and data folder, auth on), or the one named by
// AMITY_TEST_NEO4J_URI. It never falls back to a fake: if Neo4j cannot be reached the
// caller fails.
package testdb

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"runtime"
	"time"

	"github.com/amity-graph/amity/internal/load"
	"github.com/amity-graph/amity/internal/neo4jlocal"
	"github.com/amity-graph/amity/internal/store"
	"github.com/amity-graph/amity/internal/write"
)

// RepoRoot is the folder holding go.mod.
func RepoRoot() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Clean(filepath.Join(filepath.Dir(file), "..", ".."))
}

// Config finds the test database: AMITY_TEST_NEO4J_URI (with AMITY_TEST_NEO4J_USER and
// AMITY_TEST_NEO4J_PASSWORD) or the local test instance, which it starts if needed.
// It deliberately ignores NEO4J_URI, so tests can never wipe a database meant for use.
func Config(ctx context.Context) (store.Config, error) {
	if uri := os.Getenv("AMITY_TEST_NEO4J_URI"); uri != "" {
		return store.Config{URI: uri, User: os.Getenv("AMITY_TEST_NEO4J_USER"), Password: os.Getenv("AMITY_TEST_NEO4J_PASSWORD"),
			Database: "neo4j", QueryTimeout: 30 * time.Second}, nil
	}
	inst := neo4jlocal.Test(RepoRoot())
	if err := inst.Start(ctx); err != nil {
		return store.Config{}, fmt.Errorf("start the test Neo4j: %w", err)
	}
	user, pass, err := inst.Credentials()
	if err != nil {
		return store.Config{}, err
	}
	return store.Config{URI: inst.URI(), User: user, Password: pass, Database: "neo4j", QueryTimeout: 30 * time.Second}, nil
}

// Open connects to an empty, migrated test database.
func Open(ctx context.Context) (*store.Store, error) {
	cfg, err := Config(ctx)
	if err != nil {
		return nil, err
	}
	cfg.Logger = slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	db, err := store.Open(cfg)
	if err != nil {
		return nil, err
	}
	if err := db.Ping(ctx); err != nil {
		db.Close(ctx)
		return nil, err
	}
	if err := db.DeleteEverything(ctx); err != nil {
		db.Close(ctx)
		return nil, err
	}
	if err := db.Migrate(ctx); err != nil {
		db.Close(ctx)
		return nil, err
	}
	return db, nil
}

// Loaded connects to a test database holding the project's data: the curated facts,
// and the reference data sets too unless curatedOnly.
func Loaded(ctx context.Context, curatedOnly bool) (*store.Store, error) {
	db, err := Open(ctx)
	if err != nil {
		return nil, err
	}
	units, _, err := load.Units(filepath.Join(RepoRoot(), "data"), curatedOnly)
	if err == nil {
		_, err = write.Load(ctx, db, units, write.Options{})
	}
	if err != nil {
		db.Close(ctx)
		return nil, fmt.Errorf("load test data: %w", err)
	}
	return db, nil
}

// Main runs a package's tests around a database set up by setup, and exits. Any setup
// failure fails the run: a test that needs Neo4j never skips.
func Main(run func() int, setup func(ctx context.Context) (*store.Store, error), keep func(*store.Store)) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	db, err := setup(ctx)
	cancel()
	if err != nil {
		fmt.Fprintln(os.Stderr, "integration tests need Neo4j and could not get it:", err)
		os.Exit(1)
	}
	keep(db)
	code := run()
	db.Close(context.Background())
	os.Exit(code)
}
