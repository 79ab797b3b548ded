package server

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/amity-graph/amity/graph"
	"github.com/amity-graph/amity/internal/config"
)

type fakePinger struct{ err error }

func (f fakePinger) Ping(context.Context) error { return f.err }

func testServer(t *testing.T, env map[string]string, ping error) http.Handler {
	t.Helper()
	cfg, err := config.FromEnv(func(k string) string { return env[k] })
	if err != nil {
		t.Fatal(err)
	}
	logger := slog.New(slog.NewTextHandler(io.Discard, nil))
	s, err := New(cfg, &graph.Resolver{Logger: logger}, fakePinger{ping}, logger)
	if err != nil {
		t.Fatal(err)
	}
	return s.Handler()
}

func TestHealthAndReadiness(t *testing.T) {
	for _, c := range []struct {
		ping       error
		path       string
		wantStatus int
		wantBody   string
	}{
		{nil, "/healthz", 200, `"ok"`},
		{errors.New("down"), "/healthz", 200, `"ok"`}, // liveness does not depend on Neo4j
		{nil, "/readyz", 200, `"ready"`},
		{errors.New("dial tcp: connection refused"), "/readyz", 503, "neo4j is unreachable"},
	} {
		rec := httptest.NewRecorder()
		testServer(t, nil, c.ping).ServeHTTP(rec, httptest.NewRequest("GET", c.path, nil))
		if rec.Code != c.wantStatus || !strings.Contains(rec.Body.String(), c.wantBody) {
			t.Errorf("GET %s with ping %v = %d %s, want %d containing %s", c.path, c.ping, rec.Code, rec.Body, c.wantStatus, c.wantBody)
		}
	}
}

func TestCORSAllowList(t *testing.T) {
	h := testServer(t, map[string]string{"CORS_ALLOWED_ORIGINS": "https://analyst.example"}, nil)
	for origin, allowed := range map[string]bool{"https://analyst.example": true, "https://evil.example": false} {
		req := httptest.NewRequest("OPTIONS", "/query", nil)
		req.Header.Set("Origin", origin)
		req.Header.Set("Access-Control-Request-Method", "POST")
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		got := rec.Header().Get("Access-Control-Allow-Origin")
		if allowed && got != origin || !allowed && got != "" {
			t.Errorf("preflight from %s: Allow-Origin %q", origin, got)
		}
		if rec.Header().Get("Access-Control-Allow-Credentials") != "" {
			t.Errorf("credentials must never be allowed")
		}
	}
}

func TestBodyLimit(t *testing.T) {
	h := testServer(t, map[string]string{"AMITY_MAX_BODY_BYTES": "100"}, nil)
	req := httptest.NewRequest("POST", "/query", strings.NewReader(`{"query":"`+strings.Repeat("x", 200)+`"}`))
	req.Header.Set("Content-Type", "application/json")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code != http.StatusRequestEntityTooLarge {
		t.Errorf("oversized body got %d, want 413", rec.Code)
	}
}

func TestGraphiQL(t *testing.T) {
	rec := httptest.NewRecorder()
	testServer(t, nil, nil).ServeHTTP(rec, httptest.NewRequest("GET", "/graphiql", nil))
	if rec.Code != 200 || !strings.Contains(rec.Body.String(), "/assets/graphiql.js") {
		t.Errorf("GET /graphiql = %d, want the GraphiQL page", rec.Code)
	}
}
