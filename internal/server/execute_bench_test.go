package server

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/amity-graph/amity/graph"
	"github.com/amity-graph/amity/internal/config"
	"github.com/amity-graph/amity/internal/kg"
	"github.com/amity-graph/amity/internal/store"
)

// fixedStore answers from memory, so the benchmarks below measure what Amity adds on
// top of Neo4j: HTTP, GraphQL execution and JSON. Methods it does not override panic.
type fixedStore struct {
	graph.Store
	nodes    map[string]*kg.Node
	partners map[string][]kg.Rel
}

func (f fixedStore) NodesByID(_ context.Context, ids []string) (map[string]*kg.Node, error) {
	out := map[string]*kg.Node{}
	for _, id := range ids {
		if n := f.nodes[id]; n != nil {
			out[id] = n
		}
	}
	return out, nil
}

func (f fixedStore) SourcesByID(_ context.Context, ids []string) (map[string]*kg.Source, error) {
	out := map[string]*kg.Source{}
	for _, id := range ids {
		out[id] = &kg.Source{ID: id, Title: "Title of " + id}
	}
	return out, nil
}

func (f fixedStore) Neighbors(_ context.Context, ids []string, relType string, dir kg.Direction, _ *kg.AsOf) (map[string][]kg.Rel, error) {
	out := map[string][]kg.Rel{}
	for _, id := range ids {
		out[id] = f.partners[id]
	}
	return out, nil
}

func (f fixedStore) RelationsPage(_ context.Context, ids []string, _ store.RelFilter, first int, _ *store.Cursor) (map[string][]kg.Rel, error) {
	out := map[string][]kg.Rel{}
	for _, id := range ids {
		rs := f.partners[id]
		out[id] = rs[:min(first, len(rs))]
	}
	return out, nil
}

// hubStore has one city with n partners.
func hubStore(n int) fixedStore {
	hub := &kg.Node{ID: "city:xx:hub", Kind: kg.City, Name: "Hub", Sources: []string{"src:a", "src:b"}}
	f := fixedStore{nodes: map[string]*kg.Node{hub.ID: hub}, partners: map[string][]kg.Rel{}}
	for i := range n {
		p := &kg.Node{ID: fmt.Sprintf("city:yy:p%d", i), Kind: kg.City, Name: fmt.Sprintf("Partner %d", i), Sources: []string{"src:a"}}
		f.nodes[p.ID] = p
		f.partners[hub.ID] = append(f.partners[hub.ID], kg.Rel{
			Edge:  kg.Edge{ElementID: fmt.Sprint(i), Type: kg.PartnerOf, From: hub.ID, To: p.ID, Props: map[string]any{"partnership": "sister", "since": "1990"}, Sources: []string{"src:a"}},
			Dir:   "BOTH",
			Other: p,
		})
	}
	return f
}

func benchmarkQuery(b *testing.B, st graph.Store, query string, wantBytes int) {
	cfg, err := config.FromEnv(func(k string) string {
		return map[string]string{"AMITY_RATE_LIMIT": "0", "AMITY_MAX_COMPLEXITY": "10000000"}[k]
	})
	if err != nil {
		b.Fatal(err)
	}
	logger := slog.New(slog.NewTextHandler(io.Discard, nil))
	s, err := New(cfg, &graph.Resolver{Store: st, Logger: logger}, fakePinger{}, logger)
	if err != nil {
		b.Fatal(err)
	}
	h := s.Handler()
	body := `{"query":` + fmt.Sprintf("%q", query) + `}`
	serve := func() string {
		req := httptest.NewRequest(http.MethodPost, "/query", strings.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		return rec.Body.String()
	}
	if out := serve(); strings.Contains(out, `"errors"`) || len(out) < wantBytes {
		b.Fatalf("answer %.300s has errors or fewer than %d bytes", out, wantBytes)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		serve()
	}
}

// BenchmarkExecutePartners is the bench mix's partners query over a hub of 205
// partners with the store in memory: Amity's own cost per request.
func BenchmarkExecutePartners(b *testing.B) {
	benchmarkQuery(b, hubStore(205), `{ partners(city: "city:xx:hub") { kind since partner { id name kind } } }`, 205*60)
}

// BenchmarkExecuteEntity is the bench mix's entity query: sources and 50 relations.
func BenchmarkExecuteEntity(b *testing.B) {
	benchmarkQuery(b, hubStore(205), `{ entity(id: "city:xx:hub") { id kind name aliases sources { id title }
  relations(first: 50) { edges { node { type direction role startDate other { id kind name } } } } } }`, 50*60)
}

// BenchmarkExecuteSmall is a one-entity answer: the fixed cost of a request.
func BenchmarkExecuteSmall(b *testing.B) {
	benchmarkQuery(b, hubStore(1), `{ entity(id: "city:xx:hub") { id kind name } }`, 50)
}

// BenchmarkExecuteNested loads below every element of a 205-item list, at two levels:
// each partnership's sources and each partner's own partners go through the loaders.
func BenchmarkExecuteNested(b *testing.B) {
	benchmarkQuery(b, hubStore(205), `{ partners(city: "city:xx:hub") { kind sources { id title }
  partner { id name ... on City { partners { kind } } } } }`, 205*60)
}
