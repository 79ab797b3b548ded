package server

import (
	"bytes"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/amity-graph/amity/graph"
	"github.com/amity-graph/amity/internal/config"
)

func TestIngestNeedsEditor(t *testing.T) {
	env := map[string]string{"AMITY_TOKENS": "analyst:analyst-token-0123456789,editor:editor-token-0123456789"}
	for _, c := range []struct {
		token    string
		want     int
		wantCode string
	}{
		{"", http.StatusForbidden, "FORBIDDEN"},
		{"analyst-token-0123456789", http.StatusForbidden, "FORBIDDEN"},
		{"wrong-token-0123456789", http.StatusUnauthorized, "UNAUTHENTICATED"},
		// An editor passes the door; this resolver has no store to read names from.
		{"editor-token-0123456789", http.StatusServiceUnavailable, "UNAVAILABLE"},
	} {
		req := httptest.NewRequest("POST", "/ingest", strings.NewReader("Mayor of Sasebo visits Shenyang"))
		if c.token != "" {
			req.Header.Set("Authorization", "Bearer "+c.token)
		}
		rec := httptest.NewRecorder()
		testServer(t, env, nil).ServeHTTP(rec, req)
		if rec.Code != c.want || !strings.Contains(rec.Body.String(), c.wantCode) {
			t.Errorf("token %q: %d %s, want %d %s", c.token, rec.Code, rec.Body, c.want, c.wantCode)
		}
	}
}

// A handler's panic behind the request checks (a linker bug on one article, say) gets
// the caller a 500 with the INTERNAL code, and the next request is served.
func TestHandlerPanicIsAnInternalError(t *testing.T) {
	cfg, err := config.FromEnv(func(string) string { return "" })
	if err != nil {
		t.Fatal(err)
	}
	var logged bytes.Buffer
	logger := slog.New(slog.NewTextHandler(&logged, nil))
	s, err := New(cfg, &graph.Resolver{Logger: logger}, fakePinger{}, logger)
	if err != nil {
		t.Fatal(err)
	}
	calls := 0
	h := s.withRequestState(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		calls++
		if calls == 1 {
			panic("index out of range")
		}
		w.WriteHeader(http.StatusNoContent)
	}))
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("POST", "/ingest", strings.NewReader("text")))
	if rec.Code != http.StatusInternalServerError || !strings.Contains(rec.Body.String(), "INTERNAL") {
		t.Errorf("panicking handler: %d %s, want 500 INTERNAL", rec.Code, rec.Body)
	}
	if !strings.Contains(logged.String(), "index out of range") {
		t.Errorf("the panic was not logged: %s", logged.String())
	}
	rec = httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("POST", "/ingest", strings.NewReader("text")))
	if rec.Code != http.StatusNoContent {
		t.Errorf("request after the panic: %d, want 204", rec.Code)
	}
}
