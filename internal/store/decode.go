package store

import (
	"fmt"
	"maps"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"

	"github.com/amity-graph/amity/internal/kg"
)

// field reads a record's value under key with the driver's GetRecordValue, which turns
// a missing key or a wrong type into an error but reports null apart; here null is an
// error too, for values the caller cannot do without. Lists, where null may stand for
// none, are read with GetRecordValue itself.
func field[T neo4j.RecordValue](r *neo4j.Record, key string) (T, error) {
	v, isNil, err := neo4j.GetRecordValue[T](r, key)
	if err == nil && isNil {
		err = fmt.Errorf("record value %s is null", key)
	}
	return v, err
}

// firstErr is the first non-nil error, for values decoded side by side.
func firstErr(errs ...error) error {
	for _, e := range errs {
		if e != nil {
			return e
		}
	}
	return nil
}

var nodeKeys = []string{"id", "kind", "name", "aliases", "sources"}

// decodeNode reads an entity node. The node may come from a record, a list or a map, so
// v is checked to be a node. Its id and kind must be non-empty strings; the optional
// properties read as empty when missing (or not of their type), the lists as empty lists.
func decodeNode(v any) (*kg.Node, error) {
	n, ok := v.(dbtype.Node)
	if !ok {
		return nil, fmt.Errorf("decode node: got %T", v)
	}
	id, err1 := neo4j.GetProperty[string](n, "id")
	kind, err2 := neo4j.GetProperty[string](n, "kind")
	if err := firstErr(err1, err2); err != nil {
		return nil, fmt.Errorf("decode node %s: no id or kind: %w", n.ElementId, err)
	}
	if id == "" || kind == "" {
		return nil, fmt.Errorf("decode node %s: no id or kind", n.ElementId)
	}
	name, _ := neo4j.GetProperty[string](n, "name")
	aliases, _ := neo4j.GetProperty[[]any](n, "aliases")
	sources, _ := neo4j.GetProperty[[]any](n, "sources")
	out := &kg.Node{ID: id, Kind: kg.Kind(kind), Name: name,
		Aliases: stringList(aliases), Sources: stringList(sources), Props: maps.Clone(n.Props)}
	for _, k := range nodeKeys {
		delete(out.Props, k)
	}
	return out, nil
}

// nodeField decodes the entity node a record holds under key.
func nodeField(r *neo4j.Record, key string) (*kg.Node, error) {
	v, err := field[neo4j.Node](r, key)
	if err != nil {
		return nil, err
	}
	return decodeNode(v)
}

// decodeEdge reads a relationship as an edge between two entities. A relationship knows
// only the element ids of its ends, so the caller passes the entity ids from and to, and
// for a tie to an event the first day of the event's start (evStart, "" if unknown).
// The stored span (kg.SpanProps) becomes the edge's Span, not one of its properties.
func decodeEdge(v any, from, to, evStart string) (kg.Edge, error) {
	r, ok := v.(dbtype.Relationship)
	if !ok {
		return kg.Edge{}, fmt.Errorf("decode relationship: got %T", v)
	}
	sources, _ := neo4j.GetProperty[[]any](r, "sources")
	span := kg.SpanOf(kg.ValidityOf(r.Type), r.Props, evStart)
	props := maps.Clone(r.Props)
	for _, k := range []string{"sources", kg.PropValidFrom, kg.PropValidTo, kg.PropOpenUntil} {
		delete(props, k)
	}
	return kg.Edge{ElementID: r.ElementId, Type: r.Type, From: from, To: to, Props: props, Sources: stringList(sources), Span: span}, nil
}

// eventStart is the first day of the start of whichever of two nodes is an event.
func eventStart(a, b *kg.Node) string {
	for _, n := range []*kg.Node{a, b} {
		if n != nil && n.Kind == kg.Event {
			s, _ := n.Props["dateLo"].(string)
			return s
		}
	}
	return ""
}

// decodeSource reads a Source node; it must have an id, the rest is optional.
func decodeSource(v any) (*kg.Source, error) {
	n, ok := v.(dbtype.Node)
	if !ok {
		return nil, fmt.Errorf("decode source: got %T", v)
	}
	s := func(k string) string { x, _ := neo4j.GetProperty[string](n, k); return x }
	if s("id") == "" {
		return nil, fmt.Errorf("decode source %s: no id", n.ElementId)
	}
	return &kg.Source{ID: s("id"), Title: s("title"), Publisher: s("publisher"), PublishedAt: s("publishedAt"), URL: s("url"), SourceType: s("sourceType"), Licence: s("licence")}, nil
}

// stringList keeps the strings of a list value; anything else is an empty list.
func stringList(v any) []string {
	xs, _ := v.([]any)
	out := make([]string, 0, len(xs))
	for _, x := range xs {
		if s, ok := x.(string); ok {
			out = append(out, s)
		}
	}
	return out
}

// relFrom decodes a {r, m, out, ev} map built by the relation queries (relations.go): the
// edge r, the node m at the other end, whether r leaves the entity it is seen from, and
// the start of the event when either end is one.
func relFrom(selfID string, v any) (kg.Rel, error) {
	m, ok := v.(map[string]any)
	if !ok {
		return kg.Rel{}, fmt.Errorf("decode relation: got %T", v)
	}
	other, err := decodeNode(m["m"])
	if err != nil {
		return kg.Rel{}, err
	}
	out, _ := m["out"].(bool)
	from, to := selfID, other.ID
	dir := kg.Out
	if !out {
		from, to, dir = other.ID, selfID, kg.In
	}
	ev, _ := m["ev"].(string)
	e, err := decodeEdge(m["r"], from, to, ev)
	if err != nil {
		return kg.Rel{}, err
	}
	if kg.RelTypes[e.Type].Symmetric {
		dir = kg.Both
	}
	return kg.Rel{Edge: e, Dir: dir, Other: other}, nil
}
