package server

import (
	"context"
	"errors"
	"io"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/amity-graph/amity/internal/auth"
	"github.com/amity-graph/amity/internal/derrors"
	"github.com/amity-graph/amity/internal/ingest"
)

// gazetteerTTL is how long a built gazetteer serves before the next request rebuilds
// it, so that entities editors add become linkable.
const gazetteerTTL = 10 * time.Minute

// gazetteerBuild bounds reading and building the gazetteer, apart from any request:
// a request that gives up waiting leaves the build running for the next one.
const gazetteerBuild = 5 * time.Minute

// gazetteers holds each server's gazetteer. It lives beside the Server rather than in
// it so that ingestion stays in this file.
var gazetteers sync.Map // *Server -> *gazetteerCache

type gazetteerCache struct {
	mu    sync.Mutex
	g     *ingest.Gazetteer
	built time.Time
	wait  chan struct{} // closed when the build under way ends
	err   error
}

// get returns the gazetteer, building it when there is none or it is stale; it waits
// for a build under way until ctx ends.
func (c *gazetteerCache) get(ctx context.Context, src ingest.NameSource) (*ingest.Gazetteer, error) {
	c.mu.Lock()
	if c.g != nil && time.Since(c.built) < gazetteerTTL {
		g := c.g
		c.mu.Unlock()
		return g, nil
	}
	if c.wait == nil {
		c.wait = make(chan struct{})
		go c.build(src)
	}
	wait := c.wait
	c.mu.Unlock()
	select {
	case <-wait:
	case <-ctx.Done():
		if c.g != nil {
			return c.g, nil // a stale gazetteer serves while the new one is built
		}
		return nil, ctx.Err()
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.g == nil {
		return nil, c.err
	}
	return c.g, nil
}

func (c *gazetteerCache) build(src ingest.NameSource) {
	ctx, cancel := context.WithTimeout(context.Background(), gazetteerBuild)
	defer cancel()
	g, err := ingest.LoadGazetteer(ctx, src)
	c.mu.Lock()
	defer c.mu.Unlock()
	if err == nil {
		c.g, c.built = g, time.Now()
	}
	c.err = err
	close(c.wait)
	c.wait = nil
}

// ingestArticle serves POST /ingest: an editor sends an article (plain text or HTML) as
// the body, with title, publisher, published and url as query parameters when the text
// does not state them, and gets the JSON document amity-ingest -json prints (or the
// draft curated YAML with format=yaml). Nothing is written to the graph.
func (s *Server) ingestArticle(w http.ResponseWriter, r *http.Request) {
	if auth.CallerFrom(r.Context()).Role < auth.Editor {
		graphQLError(w, http.StatusForbidden, derrors.CodeForbidden, "ingesting an article needs the editor role")
		return
	}
	src, ok := s.resolver.Store.(ingest.NameSource)
	if !ok {
		graphQLError(w, http.StatusServiceUnavailable, derrors.CodeUnavailable, "this server's store cannot list names")
		return
	}
	body, err := io.ReadAll(r.Body)
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			graphQLError(w, http.StatusRequestEntityTooLarge, derrors.CodeBadInput, "request body too large")
			return
		}
		graphQLError(w, http.StatusBadRequest, derrors.CodeBadInput, "cannot read the article: "+err.Error())
		return
	}
	q := r.URL.Query()
	meta := ingest.Meta{Title: q.Get("title"), Publisher: q.Get("publisher"), Published: q.Get("published"), URL: q.Get("url")}
	html := strings.Contains(r.Header.Get("Content-Type"), "html") || ingest.LooksLikeHTML(body)
	v, _ := gazetteers.LoadOrStore(s, &gazetteerCache{})
	g, err := v.(*gazetteerCache).get(r.Context(), src)
	if err != nil {
		s.log.WarnContext(r.Context(), "ingest: gazetteer", "err", err)
		graphQLError(w, http.StatusServiceUnavailable, derrors.CodeUnavailable, "the names of the graph are being read; try again shortly")
		return
	}
	doc, err := g.Ingest(ingest.Article{Text: string(body), HTML: html, Meta: meta})
	if err != nil {
		graphQLError(w, http.StatusBadRequest, derrors.CodeBadInput, err.Error())
		return
	}
	if q.Get("format") == "yaml" {
		w.Header().Set("Content-Type", "application/yaml; charset=utf-8")
		if err := doc.WriteDraft(w); err != nil {
			s.log.WarnContext(r.Context(), "ingest: write draft", "err", err)
		}
		return
	}
	writeJSON(w, http.StatusOK, doc)
}
