package store

import (
	"fmt"
	"maps"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"

	"github.com/amity-graph/amity/internal/kg"
)

var nodeKeys = []string{"id", "kind", "name", "aliases", "sources"}

func decodeNode(v any) (*kg.Node, error) {
	n, ok := v.(dbtype.Node)
	if !ok {
		return nil, fmt.Errorf("decode node: got %T", v)
	}
	id, _ := n.Props["id"].(string)
	name, _ := n.Props["name"].(string)
	kind, _ := n.Props["kind"].(string)
	if id == "" || kind == "" {
		return nil, fmt.Errorf("decode node %s: no id or kind", n.ElementId)
	}
	out := &kg.Node{ID: id, Kind: kg.Kind(kind), Name: name,
		Aliases: stringList(n.Props["aliases"]), Sources: stringList(n.Props["sources"]), Props: maps.Clone(n.Props)}
	for _, k := range nodeKeys {
		delete(out.Props, k)
	}
	return out, nil
}

// decodeRel reads a relationship; ends maps element ids to entity ids when the query
// returned the nodes, otherwise from/to come from the record.
func decodeEdge(v any, from, to string) (kg.Edge, error) {
	r, ok := v.(dbtype.Relationship)
	if !ok {
		return kg.Edge{}, fmt.Errorf("decode relationship: got %T", v)
	}
	props := maps.Clone(r.Props)
	src := stringList(props["sources"])
	delete(props, "sources")
	return kg.Edge{ElementID: r.ElementId, Type: r.Type, From: from, To: to, Props: props, Sources: src}, nil
}

func decodeSource(v any) (*kg.Source, error) {
	n, ok := v.(dbtype.Node)
	if !ok {
		return nil, fmt.Errorf("decode source: got %T", v)
	}
	s := func(k string) string { x, _ := n.Props[k].(string); return x }
	if s("id") == "" {
		return nil, fmt.Errorf("decode source %s: no id", n.ElementId)
	}
	return &kg.Source{ID: s("id"), Title: s("title"), Publisher: s("publisher"), PublishedAt: s("publishedAt"), URL: s("url"), SourceType: s("sourceType")}, nil
}

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

// relFrom decodes a {r, m, out} map built by the queries below: the edge r, the node m at
// the other end, and whether r leaves the entity it is seen from.
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
	e, err := decodeEdge(m["r"], from, to)
	if err != nil {
		return kg.Rel{}, err
	}
	if kg.RelTypes[e.Type].Symmetric {
		dir = kg.Both
	}
	return kg.Rel{Edge: e, Dir: dir, Other: other}, nil
}

// list reads a list value of a record.
func list(r *neo4j.Record, key string) ([]any, error) {
	v, ok := r.Get(key)
	if !ok {
		return nil, fmt.Errorf("record has no %q", key)
	}
	if v == nil {
		return nil, nil
	}
	xs, ok := v.([]any)
	if !ok {
		return nil, fmt.Errorf("record field %q is %T, want a list", key, v)
	}
	return xs, nil
}
