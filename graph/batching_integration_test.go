//go:build integration

package graph_test

import (
	"log/slog"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/99designs/gqlgen/client"
	"github.com/amity-graph/amity/graph"
	"github.com/amity-graph/amity/internal/config"
	"github.com/amity-graph/amity/internal/server"
)

// TestIntegrationStatementsAreDeterministic runs the benchmark's nested query (a city's
// partners, each partner's latest events, each event's participants) twenty times, four
// at a time so that the runs disturb each other's timing, and wants the same statements
// every time: one per level (the entity, its partners, their events, the participants).
func TestIntegrationStatementsAreDeterministic(t *testing.T) {
	c := newClient(t)
	q := `query($id: ID!) { entity(id: $id) { id name ... on City { partners { partner { id name
		... on City { events(first: 5) { id name startDate participants { role entity { id name kind } } } } } } } } }`
	for _, city := range []string{"city:cn:shenyang", "city:jp:sapporo"} {
		const runs = 20
		counts := make([]int64, runs)
		var wg sync.WaitGroup
		sem := make(chan struct{}, 4)
		for i := range runs {
			wg.Go(func() {
				sem <- struct{}{}
				defer func() { <-sem }()
				var n *atomic.Int64
				var resp map[string]any
				if err := c.Post(q, &resp, client.Var("id", city), counting(&n)); err != nil {
					t.Error(err)
					return
				}
				counts[i] = n.Load()
			})
		}
		wg.Wait()
		for i, n := range counts {
			if n != 4 {
				t.Errorf("%s: run %d sent %d statements, want 4 (all runs: %v)", city, i, n, counts)
				break
			}
		}
	}
}

// syncBuffer is a log sink tests can read while handlers write to it.
type syncBuffer struct {
	mu sync.Mutex
	b  strings.Builder
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestIntegrationEveryFieldIsAnnounced runs queries over every way gqlgen runs fields
// (interfaces and fragments, skipped fields, method fields whose subtrees wait on
// loaders one after another, introspection, aliases, mutations run one root field at a
// time) and wants answers with no batch fetched by the stall guard: every field the
// scheduler was told about ran when it expected.
func TestIntegrationEveryFieldIsAnnounced(t *testing.T) {
	cfg, err := config.FromEnv(func(k string) string { return testEnv[k] })
	if err != nil {
		t.Fatal(err)
	}
	var logs syncBuffer
	logger := slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelWarn}))
	srv, err := server.New(cfg, &graph.Resolver{Store: db, Logger: logger}, db, logger)
	if err != nil {
		t.Fatal(err)
	}
	c := client.New(srv.Handler(), client.Path("/query"))
	queries := []string{
		`{ a: entity(id: "city:cn:shenyang") { ...E } b: entity(id: "city:jp:sapporo") { ...E } } fragment E on Entity { id name sources { id } ... on City { country { id } partners { kind partner { id ... on City { region { id } } } sources { id } } } }`,
		`query($skip: Boolean!) { entity(id: "city:cn:shenyang") { id sources @skip(if: $skip) { id } relations(first: 3) @include(if: $skip) { totalCount } } }`,
		`{ shortestPath(from: "person:miyajima-daisuke", to: "city:cn:shenyang") { length nodes { id sources { id } } relations { type other { id sources { id } } sources { id } } } }`,
		`{ visits(host: "city:cn:shenyang") { event { id places { id } } visitors { id sources { id } } leaders { positions { title organization { id } sources { id } } } met { id } sources { id } } }`,
		`{ __schema { types { name fields { name type { name ofType { name } } } } } entity(id: "country:jp") { id ... on Country { consulates { id basedIn { id } } } } }`,
		`{ search(query: "Sapporo") { entity { id kind sources { id } } } neighborhood(id: "city:jp:sasebo", limit: 20) { nodes { id sources { id } } edges { type sources { id } } } }`,
		`{ events(first: 5) { id participants { role entity { id sources { id } } sources { id } } partOf { id } } }`,
		`{ enterprisesTiedTo(city: "city:cn:shenyang") { company { id sources { id } } partner { id } path { nodes { id } relations { sources { id } } } sources { id } } }`,
		`{ partners(city: "city:cn:shenyang", asOf: "2012") { partner { id timeline(first: 3) { edges { node { date other { id } event { id } sources { id } } } } ... on City { consulates(asOf: "2020") { id opened } } } } }`,
	}
	for _, q := range queries {
		var resp map[string]any
		before := len(logs.String())
		if err := c.Post(q, &resp, client.Var("skip", false)); err != nil {
			t.Errorf("%.60s...: %v", q, err)
		}
		if strings.Contains(logs.String()[before:], "stall guard") {
			t.Errorf("a batch of %q waited for the stall guard", q)
		}
	}
	// Two mutations in one operation: the second root field starts after the first ends.
	var m struct {
		A struct{ ID string }
		B struct {
			ID    string
			Title string
		}
	}
	before := len(logs.String())
	c.MustPost(`mutation {
		a: addSource(input: {id: "source:test-batching", title: "Batching test"}) { id }
		b: addSource(input: {id: "source:test-batching", title: "Batching test, again"}) { id title } }`, &m, bearer("editor-token-0123456789"))
	if m.A.ID != "source:test-batching" || m.B.Title != "Batching test, again" {
		t.Errorf("mutations answered %+v", m)
	}
	if strings.Contains(logs.String()[before:], "stall guard") {
		t.Errorf("a mutation's batch waited for the stall guard:\n%s", logs.String())
	}
}
