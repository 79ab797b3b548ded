package server

import (
	"context"
	"net/http"
	"strings"
	"time"

	"github.com/amity-graph/amity/internal/store"
)

// readinessReporter is a database that can say what the graph holds (the store can);
// a server given only a Pinger checks only that Neo4j answers.
type readinessReporter interface {
	Readiness(ctx context.Context) (store.Readiness, error)
}

// ready answers 200 when Neo4j answers, holds the schema Migrate creates and holds data
// a loader wrote; otherwise 503 with every reason that holds.
func (s *Server) ready(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
	defer cancel()
	if err := s.db.Ping(ctx); err != nil {
		s.log.WarnContext(ctx, "not ready", "err", err)
		writeJSON(w, http.StatusServiceUnavailable, map[string]any{"status": "unavailable", "reason": "neo4j is unreachable",
			"reasons": []string{"neo4j is unreachable"}})
		return
	}
	rr, ok := s.db.(readinessReporter)
	if !ok {
		writeJSON(w, http.StatusOK, map[string]string{"status": "ready"})
		return
	}
	got, err := rr.Readiness(ctx)
	if err != nil {
		s.log.WarnContext(ctx, "not ready", "err", err)
		writeJSON(w, http.StatusServiceUnavailable, map[string]any{"status": "unavailable", "reason": "neo4j does not answer readiness checks",
			"reasons": []string{"neo4j does not answer readiness checks"}})
		return
	}
	reasons := notReady(got)
	if len(reasons) > 0 {
		writeJSON(w, http.StatusServiceUnavailable, map[string]any{"status": "unavailable", "reason": strings.Join(reasons, "; "), "reasons": reasons})
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"status": "ready", "loadUnits": got.LoadUnits, "loadedRecords": got.LoadedRecords})
}

// notReady lists what keeps the server from answering queries well.
func notReady(r store.Readiness) []string {
	var out []string
	if len(r.MissingSchema) > 0 {
		out = append(out, "schema not migrated: missing or not online: "+strings.Join(r.MissingSchema, ", "))
	}
	if !r.Entities {
		out = append(out, "data not loaded: the graph holds no entity; run amity-load")
	}
	return out
}
