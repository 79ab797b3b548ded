// Package servertest runs the real server (real gqlgen handler over a real store) on a
// loopback port for the integration tests of other packages, and asks it GraphQL
// queries as a client would. It is a test helper: nothing in a binary imports it.
package servertest

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net"
	"net/http"
	"testing"

	"github.com/amity-graph/amity/graph"
	"github.com/amity-graph/amity/internal/config"
	"github.com/amity-graph/amity/internal/server"
	"github.com/amity-graph/amity/internal/store"
)

// Start serves db with the default configuration but no rate limit (tests send many
// requests from one address) until the test ends, and returns the base address.
func Start(t testing.TB, db *store.Store) string {
	t.Helper()
	logger := slog.New(slog.NewTextHandler(io.Discard, nil))
	cfg, err := config.FromEnv(func(k string) string { return map[string]string{"AMITY_RATE_LIMIT": "0"}[k] })
	if err != nil {
		t.Fatal(err)
	}
	srv, err := server.New(cfg, &graph.Resolver{Store: db, Logger: logger}, db, logger)
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { srv.Serve(ctx, ln); close(done) }()
	t.Cleanup(func() { cancel(); <-done })
	return "http://" + ln.Addr().String()
}

// Query posts a GraphQL query to the server at base and decodes its data into out; a
// GraphQL error fails the test.
func Query(t testing.TB, base, query string, out any) {
	t.Helper()
	body, _ := json.Marshal(map[string]string{"query": query})
	resp, err := http.Post(base+"/query", "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var res struct {
		Data   json.RawMessage
		Errors []struct{ Message string }
	}
	if err := json.NewDecoder(resp.Body).Decode(&res); err != nil {
		t.Fatal(err)
	}
	if len(res.Errors) > 0 {
		t.Fatalf("%s: %s", query, res.Errors[0].Message)
	}
	if err := json.Unmarshal(res.Data, out); err != nil {
		t.Fatal(err)
	}
}
