package server

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
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
