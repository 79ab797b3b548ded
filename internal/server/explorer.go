package server

import (
	"io/fs"
	"net/http"
	"strings"

	"github.com/amity-graph/amity/web"
)

// pageCSP keeps every page on its own origin: scripts, styles, fonts and requests come
// from the server itself (fonts and images inlined as data: URLs), and nothing may
// frame the pages. A violation shows in the browser's console, which the browser tests
// treat as a failure.
const pageCSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self' data:; " +
	"connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

// page serves one of the embedded HTML pages.
func page(name string) http.Handler {
	body, err := fs.ReadFile(web.Dist(), name)
	if err != nil {
		panic("web/dist lacks " + name + "; run make web") // a build without its pages must not start
	}
	return http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		h := w.Header()
		h.Set("Content-Type", "text/html; charset=utf-8")
		h.Set("Content-Security-Policy", pageCSP)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("Cache-Control", "no-cache")
		w.Write(body)
	})
}

// assets serves the embedded scripts and stylesheets under /assets/. Their names carry
// no hash, so browsers revalidate them: no-cache keeps a new build from being hidden by
// an old copy.
func assets() http.Handler {
	files := http.StripPrefix("/assets/", http.FileServerFS(web.Dist()))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasSuffix(r.URL.Path, "/") { // no folder listings
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Cache-Control", "no-cache")
		w.Header().Set("X-Content-Type-Options", "nosniff")
		files.ServeHTTP(w, r)
	})
}
