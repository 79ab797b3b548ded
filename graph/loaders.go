package graph

import (
	"context"
	"strings"

	"github.com/amity-graph/amity/internal/batch"
	"github.com/amity-graph/amity/internal/kg"
	"github.com/amity-graph/amity/internal/store"
)

// maxBatch bounds one statement's keys: an UNWIND of 10,000 ids is still one cheap
// statement, and a smaller cap would split the levels of big nested answers.
const maxBatch = 10_000

type neighborKey struct {
	id, typ string
	dir     kg.Direction
	asOf    kg.AsOf // the zero value for every date
}

type pageKey struct {
	id       string
	types    typeSet
	dir      kg.Direction
	first    int
	after    store.Cursor
	hasAfter bool
	asOf     kg.AsOf
}

type neighborPageKey struct {
	id       string
	typ      string
	dir      kg.Direction
	asOf     kg.AsOf
	role     string
	kinds    string // partnership kinds: sorted, comma-separated; "" for all
	kind     kg.Kind
	mission  bool
	first    int
	after    store.NeighborCursor
	hasAfter bool
}

type countKey struct {
	id    string
	types typeSet
	dir   kg.Direction
	asOf  kg.AsOf
}

type timelineKey struct {
	id       string
	from, to string
	first    int
	after    store.TimelineCursor
	hasAfter bool
}

type eventsKey struct {
	id    string
	first int
}

// loaders are per request: they batch what sibling resolvers ask for and cache it for
// the rest of the request.
type loaders struct {
	nodes         *batch.Loader[string, *kg.Node]
	sources       *batch.Loader[string, *kg.Source]
	neighbors     *batch.Loader[neighborKey, []kg.Rel]
	pages         *batch.Loader[pageKey, []kg.Rel]
	neighborPages *batch.Loader[neighborPageKey, []store.PagedRel]
	counts        *batch.Loader[countKey, int]
	events        *batch.Loader[eventsKey, []*kg.Node]
	timelines     *batch.Loader[timelineKey, []kg.TimelineEntry]
}

type loadersKey struct{}

// withLoaders gives an operation its own loaders, dispatched by its scheduler.
func (r *Resolver) withLoaders(ctx context.Context, sched *batch.Scheduler) context.Context {
	s := r.Store
	l := &loaders{
		nodes:   batch.NewLoader(sched, s.NodesByID, maxBatch),
		sources: batch.NewLoader(sched, s.SourcesByID, maxBatch),
		neighbors: batch.NewLoader(sched, func(ctx context.Context, keys []neighborKey) (map[neighborKey][]kg.Rel, error) {
			// Unpaged lists read no more rows than the response may still carry (all
			// groups of the fetch together), so a level over many hubs stays bounded.
			rows := rowCap(ctx)
			return grouped(ctx, keys, func(k neighborKey) (neighborKey, string) { id := k.id; k.id = ""; return k, id },
				func(ctx context.Context, g neighborKey, ids []string) (map[string][]kg.Rel, error) {
					rels, full, err := s.NeighborsCapped(ctx, ids, g.typ, g.dir, asOfPtr(g.asOf), rows)
					if err != nil || rows == 0 {
						return rels, err
					}
					if full {
						return nil, tooLarge(ctx)
					}
					for _, rs := range rels {
						rows -= len(rs)
					}
					return rels, nil
				}, func(g neighborKey, id string) neighborKey { g.id = id; return g })
		}, maxBatch),
		pages: batch.NewLoader(sched, func(ctx context.Context, keys []pageKey) (map[pageKey][]kg.Rel, error) {
			return grouped(ctx, keys, func(k pageKey) (pageKey, string) { id := k.id; k.id = ""; return k, id },
				func(ctx context.Context, g pageKey, ids []string) (map[string][]kg.Rel, error) {
					var after *store.Cursor
					if g.hasAfter {
						after = &g.after
					}
					return s.RelationsPage(ctx, ids, filterOf(g.types, g.dir, g.asOf), g.first, after)
				}, func(g pageKey, id string) pageKey { g.id = id; return g })
		}, maxBatch),
		neighborPages: batch.NewLoader(sched, func(ctx context.Context, keys []neighborPageKey) (map[neighborPageKey][]store.PagedRel, error) {
			return grouped(ctx, keys, func(k neighborPageKey) (neighborPageKey, string) { id := k.id; k.id = ""; return k, id },
				func(ctx context.Context, g neighborPageKey, ids []string) (map[string][]store.PagedRel, error) {
					var after *store.NeighborCursor
					if g.hasAfter {
						after = &g.after
					}
					f := store.NeighborFilter{Role: g.role, Kind: g.kind, OpenMission: g.mission}
					if g.kinds != "" {
						f.Kinds = strings.Split(g.kinds, ",")
					}
					return s.NeighborsPage(ctx, ids, g.typ, g.dir, asOfPtr(g.asOf), f, g.first, after)
				}, func(g neighborPageKey, id string) neighborPageKey { g.id = id; return g })
		}, maxBatch),
		counts: batch.NewLoader(sched, func(ctx context.Context, keys []countKey) (map[countKey]int, error) {
			return grouped(ctx, keys, func(k countKey) (countKey, string) { id := k.id; k.id = ""; return k, id },
				func(ctx context.Context, g countKey, ids []string) (map[string]int, error) {
					return s.RelationCounts(ctx, ids, filterOf(g.types, g.dir, g.asOf))
				}, func(g countKey, id string) countKey { g.id = id; return g })
		}, maxBatch),
		timelines: batch.NewLoader(sched, func(ctx context.Context, keys []timelineKey) (map[timelineKey][]kg.TimelineEntry, error) {
			return grouped(ctx, keys, func(k timelineKey) (timelineKey, string) { id := k.id; k.id = ""; return k, id },
				func(ctx context.Context, g timelineKey, ids []string) (map[string][]kg.TimelineEntry, error) {
					f := store.TimelineFilter{From: g.from, To: g.to, First: g.first}
					if g.hasAfter {
						f.After = &g.after
					}
					return s.Timelines(ctx, ids, f)
				}, func(g timelineKey, id string) timelineKey { g.id = id; return g })
		}, maxBatch),
		events: batch.NewLoader(sched, func(ctx context.Context, keys []eventsKey) (map[eventsKey][]*kg.Node, error) {
			return grouped(ctx, keys, func(k eventsKey) (eventsKey, string) { return eventsKey{"", k.first}, k.id },
				func(ctx context.Context, g eventsKey, ids []string) (map[string][]*kg.Node, error) {
					return s.EventsOf(ctx, ids, g.first)
				}, func(g eventsKey, id string) eventsKey { g.id = id; return g })
		}, maxBatch),
	}
	return context.WithValue(ctx, loadersKey{}, l)
}

func loadersFrom(ctx context.Context) *loaders {
	l, _ := ctx.Value(loadersKey{}).(*loaders)
	return l
}

// grouped splits keys that differ only in their id into groups with the same other
// arguments, and fetches each group with one store call.
func grouped[K comparable, V any](ctx context.Context, keys []K, split func(K) (K, string),
	fetch func(context.Context, K, []string) (map[string]V, error), join func(K, string) K) (map[K]V, error) {
	groups := map[K][]string{}
	var order []K
	for _, k := range keys {
		g, id := split(k)
		if _, ok := groups[g]; !ok {
			order = append(order, g)
		}
		groups[g] = append(groups[g], id)
	}
	out := make(map[K]V, len(keys))
	for _, g := range order {
		res, err := fetch(ctx, g, groups[g])
		if err != nil {
			return nil, err
		}
		for id, v := range res {
			out[join(g, id)] = v
		}
	}
	return out, nil
}

func filterOf(types typeSet, dir kg.Direction, asOf kg.AsOf) store.RelFilter {
	return store.RelFilter{Types: types.list(), Dir: dir, AsOf: asOfPtr(asOf)}
}
