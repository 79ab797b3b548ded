// Package graph holds the gqlgen resolvers and generated executor. Resolvers are thin:
// they check arguments, call the store (batched through per-request loaders) and wrap
// the results in model types. They never build Cypher.
package graph

//go:generate go tool gqlgen generate

import (
	"context"
	"log/slog"
	"time"

	"github.com/amity-graph/amity/internal/kg"
	"github.com/amity-graph/amity/internal/store"
	"github.com/amity-graph/amity/internal/write"
)

// Store is what the resolvers need of the database.
type Store interface {
	NodesByID(ctx context.Context, ids []string) (map[string]*kg.Node, error)
	SourcesByID(ctx context.Context, ids []string) (map[string]*kg.Source, error)
	Neighbors(ctx context.Context, ids []string, relType string, dir kg.Direction, asOf *kg.AsOf) (map[string][]kg.Rel, error)
	NeighborsCapped(ctx context.Context, ids []string, relType string, dir kg.Direction, asOf *kg.AsOf, maxRows int) (map[string][]kg.Rel, bool, error)
	NeighborsPage(ctx context.Context, ids []string, relType string, dir kg.Direction, asOf *kg.AsOf, f store.NeighborFilter, first int, after *store.NeighborCursor) (map[string][]store.PagedRel, error)
	RelationsPage(ctx context.Context, ids []string, f store.RelFilter, first int, after *store.Cursor) (map[string][]kg.Rel, error)
	RelationCounts(ctx context.Context, ids []string, f store.RelFilter) (map[string]int, error)
	EventsOf(ctx context.Context, ids []string, first int) (map[string][]*kg.Node, error)
	Events(ctx context.Context, f store.EventFilter) ([]*kg.Node, error)
	Search(ctx context.Context, input string, kinds []kg.Kind, first int) ([]kg.Hit, error)
	Visits(ctx context.Context, f store.VisitFilter) ([]kg.VisitRow, error)
	EnterpriseTies(ctx context.Context, city string, maxHops, first int) ([]kg.Tie, error)
	ShortestPath(ctx context.Context, from, to string, maxLen int, types []string, asOf *kg.AsOf) (kg.Path, bool, error)
	Neighborhood(ctx context.Context, id string, depth, limit int, asOf *kg.AsOf) (kg.Subgraph, bool, error)
	Positions(ctx context.Context, f store.PositionFilter) ([]kg.PositionRow, error)
	Timelines(ctx context.Context, ids []string, f store.TimelineFilter) (map[string][]kg.TimelineEntry, error)
	Changes(ctx context.Context, since *time.Time, first int, after *store.ChangeCursor) ([]kg.Change, error)
	Stats(ctx context.Context) (kg.Stats, error)
	RunReadOnly(ctx context.Context, query string, params map[string]any, opt store.AdhocOptions) (store.AdhocResult, error)
	RemoveRelation(ctx context.Context, from, relType, to, key string, meta store.ChangeMeta) (int, error)
	// Writes go through the loader's validation (write.Graph).
	write.Graph
}

// Resolver is the one place dependencies are injected.
type Resolver struct {
	Store  Store
	Logger *slog.Logger
	// Adhoc bounds the cypher field (rows are further capped by its limit argument).
	Adhoc store.AdhocOptions
}
