package server

import (
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"
)

// The pages are served from the binary, under a policy that keeps them on their own
// origin, and every script and stylesheet they name is there.
func TestPagesAndTheirAssets(t *testing.T) {
	h := testServer(t, nil, nil)
	ref := regexp.MustCompile(`(?:src|href)="([^"]+)"`)
	for _, c := range []struct{ path, want string }{
		{"/", "Amity explorer"},
		{"/explore?id=city:cn:shenyang", "Amity explorer"},
		{"/graphiql", "GraphiQL"},
	} {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", c.path, nil))
		body := rec.Body.String()
		if rec.Code != 200 || !strings.Contains(body, c.want) {
			t.Fatalf("GET %s = %d, want 200 with %q", c.path, rec.Code, c.want)
		}
		if csp := rec.Header().Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'self'") || strings.Contains(csp, "http") {
			t.Errorf("GET %s: Content-Security-Policy %q does not keep the page on its origin", c.path, csp)
		}
		for _, m := range ref.FindAllStringSubmatch(body, -1) {
			u := m[1]
			if strings.HasPrefix(u, "data:") || (strings.HasPrefix(u, "/") && !strings.HasPrefix(u, "/assets/")) {
				continue // data: URLs and links to the server's own pages
			}
			if !strings.HasPrefix(u, "/assets/") {
				t.Errorf("GET %s names %s, which is not one of the server's assets", c.path, u)
				continue
			}
			a := httptest.NewRecorder()
			h.ServeHTTP(a, httptest.NewRequest("GET", u, nil))
			if a.Code != 200 || a.Body.Len() == 0 {
				t.Errorf("GET %s (named by %s) = %d, %d bytes", u, c.path, a.Code, a.Body.Len())
			}
		}
	}
}

// Nothing in the built files points a browser at another site: no http(s) URL that a
// page would load (links in licence comments are text, not requests).
func TestAssetsNameNoOtherSite(t *testing.T) {
	h := testServer(t, nil, nil)
	load := regexp.MustCompile(`(?i)(?:@import\s+(?:url\()?|url\(|src=|fetch\()\s*["']?(https?:)?//`)
	for _, name := range []string{"explorer.js", "explorer.css", "graphiql.js", "graphiql.css"} {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", "/assets/"+name, nil))
		if rec.Code != 200 {
			t.Fatalf("GET /assets/%s = %d", name, rec.Code)
		}
		if m := load.FindString(rec.Body.String()); m != "" {
			t.Errorf("/assets/%s loads from another site: %q", name, m)
		}
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/assets/", nil))
	if rec.Code != 404 {
		t.Errorf("GET /assets/ = %d, want 404 (no folder listing)", rec.Code)
	}
}
