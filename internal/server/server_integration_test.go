//go:build integration

package server_test

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/amity-graph/amity/graph"
	"github.com/amity-graph/amity/internal/config"
	"github.com/amity-graph/amity/internal/derrors"
	"github.com/amity-graph/amity/internal/load"
	"github.com/amity-graph/amity/internal/neo4jlocal"
	"github.com/amity-graph/amity/internal/server"
	"github.com/amity-graph/amity/internal/store"
	"github.com/amity-graph/amity/internal/testdb"
	"github.com/amity-graph/amity/internal/write"
)

// TestIntegrationSurvivesNeo4jRestart runs a server over a Neo4j of its own, kills that
// Neo4j, and brings it back: readiness and queries fail clearly while it is down and
// recover without restarting the server.
func TestIntegrationSurvivesNeo4jRestart(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	inst, err := neo4jlocal.Named(testdb.RepoRoot(), "restart-test", 7698)
	if err != nil {
		t.Fatal(err)
	}
	inst.Heap, inst.PageCache = "512m", "128m"
	if err := inst.Start(ctx); err != nil {
		t.Fatalf("start a Neo4j to kill: %v", err)
	}
	t.Cleanup(func() {
		inst.Stop(context.Background())
		if dir, err := inst.Dir(); err == nil {
			os.RemoveAll(dir)
		}
	})
	user, pass, err := inst.Credentials()
	if err != nil {
		t.Fatal(err)
	}
	logger := slog.New(slog.NewTextHandler(io.Discard, nil))
	cfg, err := config.FromEnv(func(string) string { return "" })
	if err != nil {
		t.Fatal(err)
	}
	cfg.Store = store.Config{URI: inst.URI(), User: user, Password: pass, Database: "neo4j", QueryTimeout: 5 * time.Second, Logger: logger}
	db, err := store.Open(cfg.Store)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close(ctx)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv, err := server.New(cfg, &graph.Resolver{Store: db, Logger: logger}, db, logger)
	if err != nil {
		t.Fatal(err)
	}
	go srv.Serve(ctx, ln)
	base := "http://" + ln.Addr().String()
	// Ready means migrated and loaded too: give the new Neo4j the schema and the curated facts.
	if err := db.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	units, _, err := load.Units(filepath.Join(testdb.RepoRoot(), "data"), true)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := write.Load(ctx, db, units, write.Options{}); err != nil {
		t.Fatal(err)
	}

	stats := func() (version, code string) {
		resp, err := http.Post(base+"/query", "application/json", strings.NewReader(`{"query":"{ stats { nodes neo4jVersion } }"}`))
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var body struct {
			Data   *struct{ Stats struct{ Neo4jVersion string } }
			Errors []struct {
				Message    string
				Extensions map[string]any
			}
		}
		if err := json.NewDecoder(resp.Body).Decode(&body); err != nil {
			t.Fatal(err)
		}
		if len(body.Errors) > 0 {
			c, _ := body.Errors[0].Extensions["code"].(string)
			return "", c
		}
		return body.Data.Stats.Neo4jVersion, ""
	}
	ready := func() int {
		resp, err := http.Get(base + "/readyz")
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	waitReady := func(want int) {
		deadline := time.Now().Add(90 * time.Second)
		for ready() != want {
			if time.Now().After(deadline) {
				t.Fatalf("readyz never became %d", want)
			}
			time.Sleep(250 * time.Millisecond)
		}
	}

	waitReady(200)
	if v, code := stats(); !strings.HasPrefix(v, "5.26") {
		t.Fatalf("stats before the kill: version %q, error code %q", v, code)
	}
	if err := inst.Stop(ctx); err != nil {
		t.Fatal(err)
	}
	waitReady(503)
	if _, code := stats(); code != derrors.CodeUnavailable {
		t.Errorf("query while Neo4j is down: code %q, want %s", code, derrors.CodeUnavailable)
	}
	if err := inst.Start(ctx); err != nil {
		t.Fatal(err)
	}
	waitReady(200)
	deadline := time.Now().Add(60 * time.Second)
	for {
		v, code := stats()
		if strings.HasPrefix(v, "5.26") {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("queries did not recover after Neo4j came back: last code %q", code)
		}
		time.Sleep(500 * time.Millisecond)
	}
}
