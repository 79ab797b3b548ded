//go:build integration

package server_test

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/amity-graph/amity/graph"
	"github.com/amity-graph/amity/internal/config"
	"github.com/amity-graph/amity/internal/server"
	"github.com/amity-graph/amity/internal/testdb"
)

// TestIntegrationIngest posts a real article (a public-domain Department of State
// release) to /ingest over the curated facts: an editor gets the source, the people and
// bodies the graph lacks as proposals, the visit and the draft; a reader is refused.
// (Linking to the graph's nodes is measured in internal/ingest against the whole graph.)
func TestIntegrationIngest(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	// db is the package's graph of the curated facts (TestMain); loading again here would
	// empty it under the other tests.
	logger := slog.New(slog.NewTextHandler(io.Discard, nil))
	cfg, err := config.FromEnv(func(k string) string {
		return map[string]string{"AMITY_TOKENS": "reader:reader-token-0123456789,editor:editor-token-0123456789", "AMITY_RATE_LIMIT": "0",
			"AMITY_REQUEST_TIMEOUT": "60s"}[k]
	})
	if err != nil {
		t.Fatal(err)
	}
	srv, err := server.New(cfg, &graph.Resolver{Store: db, Logger: logger}, db, logger)
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv.Handler())
	defer ts.Close()
	article, err := os.ReadFile(filepath.Join(testdb.RepoRoot(), "internal", "ingest", "testdata", "articles", "hachigian-richmond-2022.txt"))
	if err != nil {
		t.Fatal(err)
	}
	post := func(token, query string) (int, []byte) {
		req, _ := http.NewRequestWithContext(ctx, "POST", ts.URL+"/ingest"+query, strings.NewReader(string(article)))
		req.Header.Set("Authorization", "Bearer "+token)
		req.Header.Set("Content-Type", "text/plain")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		body, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, body
	}
	if code, body := post("reader-token-0123456789", ""); code != http.StatusForbidden || !strings.Contains(string(body), "FORBIDDEN") {
		t.Errorf("reader: %d %s, want 403 FORBIDDEN", code, body)
	}
	code, body := post("editor-token-0123456789", "?url=https://www.einpresswire.com/article/599407999/special-representative-hachigian-s-travel-to-richmond-virginia")
	if code != http.StatusOK {
		t.Fatalf("editor: %d %s", code, body)
	}
	var doc struct {
		Source   struct{ URL, PublishedAt, Publisher string }
		Mentions []struct {
			Text             string
			Entity, Proposed *string
		}
		Relations []struct{ From, Type, To string }
	}
	if err := json.Unmarshal(body, &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Source.PublishedAt != "2022-11-04" || !strings.HasPrefix(doc.Source.URL, "https://www.einpresswire.com/") {
		t.Errorf("source = %+v", doc.Source)
	}
	links := map[string]string{}
	for _, m := range doc.Mentions {
		switch {
		case m.Entity != nil:
			links[m.Text] = *m.Entity
		case m.Proposed != nil:
			links[m.Text] = "new:" + *m.Proposed
		}
	}
	for text, want := range map[string]string{
		"Nina Hachigian":                   "new:person:nina-hachigian",
		"Levar Stoney":                     "new:person:levar-stoney",
		"Virginia Commonwealth University": "new:org:virginia-commonwealth-university",
	} {
		if links[text] != want {
			t.Errorf("%q -> %q, want %q", text, links[text], want)
		}
	}
	visitor := false
	for _, r := range doc.Relations {
		visitor = visitor || r.Type == "PARTICIPATED_IN" && r.From == "person:nina-hachigian" && strings.HasPrefix(r.To, "event:")
	}
	if !visitor {
		t.Errorf("Nina Hachigian takes no part in a proposed event: %+v", doc.Relations)
	}
	code, body = post("editor-token-0123456789", "?format=yaml")
	if code != http.StatusOK || !strings.Contains(string(body), "\nrelations:\n") || !strings.Contains(string(body), "person:levar-stoney") {
		t.Errorf("draft: %d %s", code, body)
	}
}
