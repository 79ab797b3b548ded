package graph

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"slices"
	"strings"

	"github.com/amity-graph/amity/graph/model"
	"github.com/amity-graph/amity/internal/kg"
	"github.com/amity-graph/amity/internal/store"
)

// Limits on list arguments, so no single field can ask for an unbounded answer.
const (
	maxFirst        = 500
	maxCypherRows   = 10000
	maxSearchLength = 200
)

// Defaults of size arguments, used by the resolvers when an argument is null and by
// setComplexity to cost a field. The schema states each again as a literal (GraphQL
// defaults must be); TestSchemaDefaults fails when the two differ.
const (
	defaultFirst             = 50    // relations, partnerships, visitsPage and timeline(first), events(first) on entities
	defaultSearchFirst       = 10    // Query.search(first)
	defaultEventsFirst       = 100   // Query.events(first)
	defaultTiesMaxHops       = 3     // Query.enterprisesTiedTo(maxHops)
	defaultTiesFirst         = 50    // Query.enterprisesTiedTo(first)
	defaultPathMaxLength     = 6     // Query.shortestPath(maxLength)
	defaultNeighborhoodDepth = 1     // Query.neighborhood(depth)
	defaultNeighborhoodLimit = 200   // Query.neighborhood(limit)
	defaultCypherLimit       = 1000  // Query.cypher(limit)
	defaultPositionsFirst    = 100   // Query.positions(first)
	defaultIncludeUndated    = false // includeUndated, wherever asOf is taken
)

func intArg(p *int, def, lo, hi int, name string) (int, error) {
	v := def
	if p != nil {
		v = *p
	}
	if v < lo || v > hi {
		return 0, badInput("%s must be between %d and %d, got %d", name, lo, hi, v)
	}
	return v, nil
}

func checkID(id, what string) error {
	if id == "" || len(id) > 300 {
		return badInput("%s must be an entity id such as city:cn:shenyang", what)
	}
	if err := kg.ValidateAnyID(id); err != nil {
		return badInput("%s: %v", what, err)
	}
	return nil
}

// loadSources resolves source ids through the request's loader, keeping their order:
// one batched fetch for the whole list.
func loadSources(ctx context.Context, ids []string) ([]*model.Source, error) {
	ids = kg.Dedupe(ids)
	srcs, err := loadersFrom(ctx).sources.LoadMany(ctx, ids)
	if err != nil {
		return nil, err
	}
	out := make([]*model.Source, 0, len(srcs))
	for _, s := range srcs {
		if s != nil {
			out = append(out, &model.Source{Source: s})
		}
	}
	return out, nil
}

// node loads one entity; nil when there is none.
func node(ctx context.Context, id string) (*kg.Node, error) {
	return loadersFrom(ctx).nodes.Load(ctx, id)
}

// mustExist answers NOT_FOUND for the first unknown id. Network queries call it only
// when their answer is empty, so a found answer costs no extra round trip.
func mustExist(ctx context.Context, ids ...string) error {
	ns, err := loadersFrom(ctx).nodes.LoadMany(ctx, ids)
	if err != nil {
		return err
	}
	for i, n := range ns {
		if n == nil {
			return notFound("no entity with id %q", ids[i])
		}
	}
	return nil
}

// nonEmpty lists the ids that were given.
func nonEmpty(ids ...string) []string {
	var out []string
	for _, id := range ids {
		if id != "" {
			out = append(out, id)
		}
	}
	return out
}

func neighbors(ctx context.Context, n model.Noder, relType string, dir kg.Direction) ([]kg.Rel, error) {
	return neighborsOf(ctx, n.Node().ID, relType, dir, kg.AsOf{})
}

// neighborsOf loads id's edges of one type; with a non-zero asOf, those in force then.
func neighborsOf(ctx context.Context, id, relType string, dir kg.Direction, asOf kg.AsOf) ([]kg.Rel, error) {
	return loadersFrom(ctx).neighbors.Load(ctx, neighborKey{id, relType, dir, asOf})
}

// asOfArg reads the asOf and includeUndated arguments; the zero AsOf stands for every
// date (includeUndated alone changes nothing: every fact is returned anyway).
func asOfArg(asOf *string, includeUndated *bool) (kg.AsOf, error) {
	if asOf == nil {
		return kg.AsOf{}, nil
	}
	undated := defaultIncludeUndated
	if includeUndated != nil {
		undated = *includeUndated
	}
	a, err := kg.ParseAsOf(*asOf, undated)
	if err != nil {
		return kg.AsOf{}, badInput("asOf: %v", err)
	}
	return a, nil
}

// asOfPtr is the store's form of an AsOf: nil for every date.
func asOfPtr(a kg.AsOf) *kg.AsOf {
	if a.Lo == "" {
		return nil
	}
	return &a
}

// others returns the nodes at the far end of edges, optionally only of some kinds.
func others(rels []kg.Rel, kinds ...kg.Kind) []*kg.Node {
	var out []*kg.Node
	for _, r := range rels {
		if len(kinds) == 0 || slices.Contains(kinds, r.Other.Kind) {
			out = append(out, r.Other)
		}
	}
	return out
}

func firstOf[T any](ns []*kg.Node, wrap func(*kg.Node) T) T {
	var zero T
	if len(ns) == 0 {
		return zero
	}
	return wrap(ns[0])
}

func asCountry(n *kg.Node) *model.Country { return model.Wrap(n).(*model.Country) }
func asEvent(n *kg.Node) *model.Event     { return model.Wrap(n).(*model.Event) }
func asConsulate(n *kg.Node) *model.Consulate {
	return model.Wrap(n).(*model.Consulate)
}

func wrapList[T any](ns []*kg.Node, wrap func(*kg.Node) T) []T {
	out := make([]T, 0, len(ns))
	for _, n := range ns {
		out = append(out, wrap(n))
	}
	return out
}

// partnerships lists an entity's partners, optionally of some kinds.
func partnerships(ctx context.Context, id string, kinds []model.PartnershipKind, asOf *string, includeUndated *bool) ([]*model.Partnership, error) {
	a, err := asOfArg(asOf, includeUndated)
	if err != nil {
		return nil, err
	}
	rels, err := neighborsOf(ctx, id, kg.PartnerOf, kg.Both, a)
	if err != nil {
		return nil, err
	}
	out := []*model.Partnership{}
	for _, r := range rels {
		p := &model.Partnership{Rel: r}
		if len(kinds) == 0 || slices.Contains(kinds, p.Kind()) {
			out = append(out, p)
		}
	}
	return out, nil
}

// positions lists HOLDS_POSITION edges: a person's offices (OUT) or a body's officials (IN).
func positions(ctx context.Context, n model.Noder, dir kg.Direction, asOf *string, includeUndated *bool) ([]*model.Position, error) {
	a, err := asOfArg(asOf, includeUndated)
	if err != nil {
		return nil, err
	}
	rels, err := neighborsOf(ctx, n.Node().ID, kg.HoldsPosition, dir, a)
	if err != nil {
		return nil, err
	}
	out := make([]*model.Position, 0, len(rels))
	for _, r := range rels {
		p := &model.Position{Holder: n.Node(), Body: r.Other, Rel: r}
		if dir == kg.In {
			p.Holder, p.Body = r.Other, n.Node()
		}
		out = append(out, p)
	}
	return out, nil
}

func eventsOf(ctx context.Context, n model.Noder, first *int) ([]*model.Event, error) {
	k, err := intArg(first, defaultFirst, 1, maxFirst, "first")
	if err != nil {
		return nil, err
	}
	ns, err := loadersFrom(ctx).events.Load(ctx, eventsKey{n.Node().ID, k})
	if err != nil {
		return nil, err
	}
	return wrapList(ns, asEvent), nil
}

func encodeCursor(c store.Cursor) string { return encodeKeys(c.Type, c.OtherID, c.ElementID) }

func decodeCursor(s string) (store.Cursor, error) {
	parts, err := decodeKeys(s, 3)
	if err != nil {
		return store.Cursor{}, err
	}
	return store.Cursor{Type: parts[0], OtherID: parts[1], ElementID: parts[2]}, nil
}

// encodeKeys makes an opaque cursor of a keyset position.
func encodeKeys(keys ...string) string {
	b, _ := json.Marshal(keys)
	return base64.RawURLEncoding.EncodeToString(b)
}

// decodeKeys reads a cursor of n keys made by encodeKeys.
func decodeKeys(s string, n int) ([]string, error) {
	b, err := base64.RawURLEncoding.DecodeString(s)
	var parts []string
	if err == nil {
		err = json.Unmarshal(b, &parts)
	}
	if err != nil || len(parts) != n {
		return nil, badInput("after is not a cursor this API returned")
	}
	return parts, nil
}

// typeSet is a set of relationship types in a comparable form, for loader keys: the
// sorted names joined by commas, and "" for all types.
type typeSet string

// relTypes checks relationship type names against the allow-list.
func relTypes(types []string) (typeSet, error) {
	for _, t := range types {
		if _, ok := kg.RelTypes[t]; !ok {
			return "", badInput("unknown relationship type %q (known: %s)", t, strings.Join(kg.RelTypeNames(), ", "))
		}
	}
	s := slices.Clone(types)
	slices.Sort(s)
	return typeSet(strings.Join(slices.Compact(s), ",")), nil
}

// list is the set as names; nil means all types.
func (s typeSet) list() []string {
	if s == "" {
		return nil
	}
	return strings.Split(string(s), ",")
}

// relations pages through an entity's relations with a keyset cursor.
func relations(ctx context.Context, n model.Noder, types []string, direction *model.Direction, first *int, after, asOf *string, includeUndated *bool) (*model.RelationConnection, error) {
	k, err := intArg(first, defaultFirst, 0, maxFirst, "first")
	if err != nil {
		return nil, err
	}
	at, err := asOfArg(asOf, includeUndated)
	if err != nil {
		return nil, err
	}
	ts, err := relTypes(types)
	if err != nil {
		return nil, err
	}
	if types != nil && len(types) == 0 {
		ts = "" // an empty filter means all types
	}
	dir := model.DirectionBoth
	if direction != nil {
		dir = *direction
	}
	key := pageKey{id: n.Node().ID, types: ts, dir: kg.Direction(dir), first: k, asOf: at}
	if after != nil && *after != "" {
		c, err := decodeCursor(*after)
		if err != nil {
			return nil, err
		}
		key.after, key.hasAfter = c, true
	}
	conn := &model.RelationConnection{EntityID: key.id, Types: ts.list(), Dir: kg.Direction(dir), AsOf: at, PageInfo: &model.PageInfo{}}
	conn.Edges = []*model.RelationEdge{}
	if k == 0 {
		return conn, nil
	}
	rels, err := loadersFrom(ctx).pages.Load(ctx, key)
	if err != nil {
		return nil, err
	}
	conn.Edges, conn.PageInfo = page(rels, k, func(r kg.Rel) *model.RelationEdge {
		return &model.RelationEdge{Cursor: encodeCursor(store.CursorOf(r)), Node: &model.Relation{Rel: r}}
	}, func(e *model.RelationEdge) string { return e.Cursor })
	return conn, nil
}

// page makes a connection's edges and PageInfo of results read one beyond the page size
// k, so that the extra one tells whether another page follows.
func page[T, E any](items []T, k int, edge func(T) E, cursor func(E) string) ([]E, *model.PageInfo) {
	info := &model.PageInfo{}
	if len(items) > k {
		items, info.HasNextPage = items[:k], true
	}
	edges := make([]E, 0, len(items))
	for _, it := range items {
		edges = append(edges, edge(it))
	}
	if len(edges) > 0 {
		c := cursor(edges[len(edges)-1])
		info.EndCursor = &c
	}
	return edges, info
}

// dateBound widens a partial date argument to the first or last day it covers.
func dateBound(s *string, name string, upper bool) (string, error) {
	if s == nil || *s == "" {
		return "", nil
	}
	d, err := kg.ParseDate(*s)
	if err != nil {
		return "", badInput("%s: %v", name, err)
	}
	lo, hi, ok := d.Bounds()
	if !ok {
		return "", badInput("%s needs a year", name)
	}
	if upper {
		return hi, nil
	}
	return lo, nil
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// dedupeNodes drops repeats: a body may be based in one city on several bases.
func dedupeNodes(ns []*kg.Node) []*kg.Node {
	var out []*kg.Node
	for _, n := range ns {
		if !slices.ContainsFunc(out, func(m *kg.Node) bool { return m.ID == n.ID }) {
			out = append(out, n)
		}
	}
	return out
}

// inForceMissions keeps the missions whose representation of their country is in force
// as of at: a mission is open from the date its REPRESENTS edge gives.
func inForceMissions(ctx context.Context, missions []*kg.Node, at kg.AsOf) ([]*kg.Node, error) {
	keys := make([]neighborKey, len(missions))
	for i, m := range missions {
		keys[i] = neighborKey{m.ID, kg.Represents, kg.Out, at}
	}
	reps, err := loadersFrom(ctx).neighbors.LoadMany(ctx, keys)
	if err != nil {
		return nil, err
	}
	var out []*kg.Node
	for i, m := range missions {
		if len(reps[i]) > 0 {
			out = append(out, m)
		}
	}
	return out, nil
}

// timeline reads one page of an entity's dated facts, batched with its siblings'.
func (r *Resolver) timeline(ctx context.Context, n model.Noder, from, to *string, first *int, after *string) (*model.TimelineConnection, error) {
	k, err := intArg(first, defaultFirst, 0, maxFirst, "first")
	if err != nil {
		return nil, err
	}
	key := timelineKey{id: n.Node().ID, first: k}
	if key.from, err = dateBound(from, "from", false); err != nil {
		return nil, err
	}
	if key.to, err = dateBound(to, "to", true); err != nil {
		return nil, err
	}
	if after != nil && *after != "" {
		p, err := decodeKeys(*after, 4)
		if err != nil {
			return nil, err
		}
		key.after, key.hasAfter = store.TimelineCursor{Key: p[0], Type: p[1], Change: p[2], Ref: p[3]}, true
	}
	conn := &model.TimelineConnection{Edges: []*model.TimelineEdge{}, PageInfo: &model.PageInfo{}}
	if k == 0 {
		return conn, nil
	}
	entries, err := loadersFrom(ctx).timelines.Load(ctx, key)
	if err != nil {
		return nil, err
	}
	conn.Edges, conn.PageInfo = page(entries, k, func(e kg.TimelineEntry) *model.TimelineEdge {
		c := store.CursorOfEntry(e)
		return &model.TimelineEdge{Cursor: encodeKeys(c.Key, c.Type, c.Change, c.Ref), Node: &model.TimelineEntry{Entry: e}}
	}, func(e *model.TimelineEdge) string { return e.Cursor })
	return conn, nil
}

// partnershipsPage reads one page of an entity's partnerships, batched with its
// siblings', in the order of the unpaged partners field.
func partnershipsPage(ctx context.Context, id string, kinds []model.PartnershipKind, asOf *string, includeUndated *bool, first *int, after *string) (*model.PartnershipConnection, error) {
	ks := make([]string, 0, len(kinds))
	for _, kind := range kinds {
		ks = append(ks, string(kind))
	}
	slices.Sort(ks)
	key := neighborPageKey{id: id, typ: kg.PartnerOf, dir: kg.Both, kinds: strings.Join(slices.Compact(ks), ",")}
	rels, k, err := neighborsPage(ctx, key, asOf, includeUndated, first, after)
	if err != nil {
		return nil, err
	}
	conn := &model.PartnershipConnection{Edges: []*model.PartnershipEdge{}, PageInfo: &model.PageInfo{}}
	conn.Edges, conn.PageInfo = page(rels, k, func(r store.PagedRel) *model.PartnershipEdge {
		return &model.PartnershipEdge{Cursor: pagedCursor(r), Node: &model.Partnership{Rel: r.Rel}}
	}, func(e *model.PartnershipEdge) string { return e.Cursor })
	return conn, nil
}

// visitFilter checks the visits arguments shared by visits and visitsPage.
func visitFilter(visitor, host, from, to *string) (store.VisitFilter, error) {
	f := store.VisitFilter{Visitor: deref(visitor), Host: deref(host)}
	for _, id := range nonEmpty(f.Visitor, f.Host) {
		if err := checkID(id, "id"); err != nil {
			return f, err
		}
	}
	var err error
	if f.From, err = dateBound(from, "from", false); err != nil {
		return f, err
	}
	f.To, err = dateBound(to, "to", true)
	return f, err
}

// neighborsPage reads one page of the edges key names (its id, type, direction and
// filters), batched with its siblings', in the order of the unpaged field that lists them
// (neighborsOf); k is the page size asked for.
func neighborsPage(ctx context.Context, key neighborPageKey, asOf *string, includeUndated *bool, first *int, after *string) (rels []store.PagedRel, k int, err error) {
	if k, err = intArg(first, defaultFirst, 0, maxFirst, "first"); err != nil {
		return nil, 0, err
	}
	if key.asOf, err = asOfArg(asOf, includeUndated); err != nil {
		return nil, 0, err
	}
	key.first = k
	if after != nil && *after != "" {
		p, err := decodeKeys(*after, 4)
		if err != nil {
			return nil, 0, err
		}
		key.after, key.hasAfter = store.NeighborCursor{Start: p[0], Name: p[1], ID: p[2], ElementID: p[3]}, true
	}
	if k == 0 {
		return nil, 0, nil
	}
	rels, err = loadersFrom(ctx).neighborPages.Load(ctx, key)
	return rels, k, err
}

func pagedCursor(r store.PagedRel) string {
	return encodeKeys(r.Cursor.Start, r.Cursor.Name, r.Cursor.ID, r.Cursor.ElementID)
}

// positionsPage pages through HOLDS_POSITION edges: a person's offices (OUT) or a body's
// officials (IN).
func positionsPage(ctx context.Context, n model.Noder, dir kg.Direction, asOf *string, includeUndated *bool, first *int, after *string) (*model.PositionConnection, error) {
	rels, k, err := neighborsPage(ctx, neighborPageKey{id: n.Node().ID, typ: kg.HoldsPosition, dir: dir}, asOf, includeUndated, first, after)
	if err != nil {
		return nil, err
	}
	conn := &model.PositionConnection{Edges: []*model.PositionEdge{}, PageInfo: &model.PageInfo{}}
	conn.Edges, conn.PageInfo = page(rels, k, func(r store.PagedRel) *model.PositionEdge {
		p := &model.Position{Holder: n.Node(), Body: r.Other, Rel: r.Rel}
		if dir == kg.In {
			p.Holder, p.Body = r.Other, n.Node()
		}
		return &model.PositionEdge{Cursor: pagedCursor(r), Node: p}
	}, func(e *model.PositionEdge) string { return e.Cursor })
	return conn, nil
}

// consulatesPage pages through the missions key names: a country's (REPRESENTS) or a
// city's (BASED_IN, open as of the date when one is given, as consulates counts them).
func consulatesPage(ctx context.Context, key neighborPageKey, asOf *string, includeUndated *bool, first *int, after *string) (*model.ConsulateConnection, error) {
	rels, k, err := neighborsPage(ctx, key, asOf, includeUndated, first, after)
	if err != nil {
		return nil, err
	}
	conn := &model.ConsulateConnection{Edges: []*model.ConsulateEdge{}, PageInfo: &model.PageInfo{}}
	conn.Edges, conn.PageInfo = page(rels, k, func(r store.PagedRel) *model.ConsulateEdge {
		return &model.ConsulateEdge{Cursor: pagedCursor(r), Node: asConsulate(r.Other)}
	}, func(e *model.ConsulateEdge) string { return e.Cursor })
	return conn, nil
}
