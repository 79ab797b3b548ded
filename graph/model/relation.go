package model

import (
	"strings"

	"github.com/amity-graph/amity/internal/kg"
)

// Relation is an edge seen from one end.
type Relation struct{ Rel kg.Rel }

func (r Relation) Type() string         { return r.Rel.Type }
func (r Relation) Direction() Direction { return Direction(r.Rel.Dir) }
func (r Relation) Other() Entity        { return Wrap(r.Rel.Other) }
func (r Relation) Role() *string {
	for _, k := range []string{"role", "title", "basis", "partnership"} {
		if s, ok := r.Rel.Props[k].(string); ok {
			return &s
		}
	}
	return nil
}
func (r Relation) StartDate() *string  { return propStr(r.Rel.Props, "startDate", "since") }
func (r Relation) EndDate() *string    { return propStr(r.Rel.Props, "endDate", "until") }
func (r Relation) Properties() any     { return r.Rel.Props }
func (r Relation) DatesKnown() bool    { return r.Rel.Span.Known() }
func (r Relation) SourceIDs() []string { return r.Rel.Sources }

func propStr(p map[string]any, keys ...string) *string {
	for _, k := range keys {
		if s, ok := p[k].(string); ok {
			return &s
		}
	}
	return nil
}

// RelationConnection is one page of an entity's relations; the total is counted only
// when asked for, by a field resolver that knows the filter.
type RelationConnection struct {
	Edges    []*RelationEdge
	PageInfo *PageInfo
	EntityID string
	Types    []string // nil for all
	Dir      kg.Direction
	AsOf     kg.AsOf // the zero value for every date
}

// Edge is a relationship between two entities, for drawing.
type Edge struct{ Edge kg.Edge }

func (e Edge) ID() string          { return e.Edge.ElementID }
func (e Edge) Type() string        { return e.Edge.Type }
func (e Edge) From() string        { return e.Edge.From }
func (e Edge) To() string          { return e.Edge.To }
func (e Edge) Properties() any     { return e.Edge.Props }
func (e Edge) DatesKnown() bool    { return e.Edge.Span.Known() }
func (e Edge) SourceIDs() []string { return e.Edge.Sources }

// Partnership is a PARTNER_OF edge seen from one partner.
type Partnership struct{ Rel kg.Rel }

func (p Partnership) Partner() Entity { return Wrap(p.Rel.Other) }
func (p Partnership) Kind() PartnershipKind {
	s, _ := p.Rel.Props["partnership"].(string)
	if s == "" {
		s = "unspecified"
	}
	return PartnershipKind(strings.ToUpper(s))
}
func (p Partnership) Since() *string      { return propStr(p.Rel.Props, "since") }
func (p Partnership) Until() *string      { return propStr(p.Rel.Props, "until") }
func (p Partnership) DatesKnown() bool    { return p.Rel.Span.Known() }
func (p Partnership) Note() *string       { return propStr(p.Rel.Props, "note") }
func (p Partnership) SourceIDs() []string { return p.Rel.Sources }

// Position is a HOLDS_POSITION edge: Holder, a person, holds an office in Body, an
// organization or other entity.
type Position struct {
	Holder, Body *kg.Node
	Rel          kg.Rel
}

func (p Position) Person() *Person      { return &Person{base{p.Holder}} }
func (p Position) Organization() Entity { return Wrap(p.Body) }
func (p Position) Title() string        { s, _ := p.Rel.Props["title"].(string); return s }
func (p Position) Since() *string       { return propStr(p.Rel.Props, "since") }
func (p Position) Until() *string       { return propStr(p.Rel.Props, "until") }
func (p Position) Appointed() *string   { return propStr(p.Rel.Props, "appointed") }
func (p Position) DatesKnown() bool     { return p.Rel.Span.Known() }
func (p Position) Note() *string        { return propStr(p.Rel.Props, "note") }
func (p Position) SourceIDs() []string  { return p.Rel.Sources }

// Participant is a PARTICIPATED_IN edge seen from the event.
type Participant struct{ Rel kg.Rel }

func (p Participant) Entity() Entity      { return Wrap(p.Rel.Other) }
func (p Participant) Role() string        { s, _ := p.Rel.Props["role"].(string); return s }
func (p Participant) SourceIDs() []string { return p.Rel.Sources }

// Path is a walk through the graph.
type Path struct{ Path kg.Path }

func (p Path) Length() int     { return len(p.Path.Rels) }
func (p Path) Nodes() []Entity { return WrapAll(p.Path.Nodes) }
func (p Path) Relations() []*Relation {
	out := make([]*Relation, len(p.Path.Rels))
	for i, r := range p.Path.Rels {
		out[i] = &Relation{r}
	}
	return out
}

// EnterpriseTie explains a company's tie to a partner city.
type EnterpriseTie struct{ Tie kg.Tie }

func (t EnterpriseTie) Company() Entity     { return Wrap(t.Tie.Company) }
func (t EnterpriseTie) Partner() Entity     { return Wrap(t.Tie.Partner) }
func (t EnterpriseTie) Path() *Path         { return &Path{t.Tie.Path} }
func (t EnterpriseTie) SourceIDs() []string { return t.Tie.Path.Sources() }

// Subgraph is a neighbourhood for drawing.
type Subgraph struct{ Graph kg.Subgraph }

func (s Subgraph) Nodes() []Entity { return WrapAll(s.Graph.Nodes) }
func (s Subgraph) Edges() []*Edge {
	out := make([]*Edge, len(s.Graph.Edges))
	for i, e := range s.Graph.Edges {
		out[i] = &Edge{e}
	}
	return out
}
func (s Subgraph) Truncated() bool { return s.Graph.Truncated }

// SearchHit is a search result.
type SearchHit struct{ Hit kg.Hit }

func (h SearchHit) Score() float64 { return h.Hit.Score }
func (h SearchHit) Entity() Entity { return Wrap(h.Hit.Node) }

// Source is a Source node.
type Source struct{ Source *kg.Source }

func (s Source) ID() string           { return s.Source.ID }
func (s Source) Title() string        { return s.Source.Title }
func (s Source) Publisher() *string   { return opt(s.Source.Publisher) }
func (s Source) PublishedAt() *string { return opt(s.Source.PublishedAt) }
func (s Source) URL() *string         { return opt(s.Source.URL) }
func (s Source) SourceType() *string  { return opt(s.Source.SourceType) }
func (s Source) Licence() *string     { return opt(s.Source.Licence) }

func opt(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}
