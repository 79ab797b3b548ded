package model

import (
	"strings"

	"github.com/amity-graph/amity/internal/kg"
)

// Relation is an edge seen from one end.
type Relation struct{ R kg.Rel }

func (r Relation) Type() string         { return r.R.Type }
func (r Relation) Direction() Direction { return Direction(r.R.Dir) }
func (r Relation) Other() Entity        { return Wrap(r.R.Other) }
func (r Relation) Role() *string {
	for _, k := range []string{"role", "title", "basis", "partnership"} {
		if s, ok := r.R.Props[k].(string); ok {
			return &s
		}
	}
	return nil
}
func (r Relation) StartDate() *string  { return propStr(r.R.Props, "startDate", "since") }
func (r Relation) EndDate() *string    { return propStr(r.R.Props, "endDate", "until") }
func (r Relation) Properties() any     { return r.R.Props }
func (r Relation) SourceIDs() []string { return r.R.Sources }

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
}

// Edge is a relationship between two entities, for drawing.
type Edge struct{ E kg.Edge }

func (e Edge) ID() string          { return e.E.ElementID }
func (e Edge) Type() string        { return e.E.Type }
func (e Edge) From() string        { return e.E.From }
func (e Edge) To() string          { return e.E.To }
func (e Edge) Properties() any     { return e.E.Props }
func (e Edge) SourceIDs() []string { return e.E.Sources }

// Partnership is a PARTNER_OF edge seen from one partner.
type Partnership struct{ R kg.Rel }

func (p Partnership) Partner() Entity { return Wrap(p.R.Other) }
func (p Partnership) Kind() PartnershipKind {
	s, _ := p.R.Props["partnership"].(string)
	if s == "" {
		s = "unspecified"
	}
	return PartnershipKind(strings.ToUpper(s))
}
func (p Partnership) Since() *string      { return propStr(p.R.Props, "since") }
func (p Partnership) Note() *string       { return propStr(p.R.Props, "note") }
func (p Partnership) SourceIDs() []string { return p.R.Sources }

// Position is a HOLDS_POSITION edge.
type Position struct {
	PersonNode, OrgNode *kg.Node
	R                   kg.Rel
}

func (p Position) Person() *Person      { return &Person{base{p.PersonNode}} }
func (p Position) Organization() Entity { return Wrap(p.OrgNode) }
func (p Position) Title() string        { s, _ := p.R.Props["title"].(string); return s }
func (p Position) Since() *string       { return propStr(p.R.Props, "since") }
func (p Position) Until() *string       { return propStr(p.R.Props, "until") }
func (p Position) Note() *string        { return propStr(p.R.Props, "note") }
func (p Position) SourceIDs() []string  { return p.R.Sources }

// Participant is a PARTICIPATED_IN edge seen from the event.
type Participant struct{ R kg.Rel }

func (p Participant) Entity() Entity      { return Wrap(p.R.Other) }
func (p Participant) Role() string        { s, _ := p.R.Props["role"].(string); return s }
func (p Participant) SourceIDs() []string { return p.R.Sources }

// Path is a walk through the graph.
type Path struct{ P kg.Path }

func (p Path) Length() int     { return len(p.P.Rels) }
func (p Path) Nodes() []Entity { return WrapAll(p.P.Nodes) }
func (p Path) Relations() []*Relation {
	out := make([]*Relation, len(p.P.Rels))
	for i, r := range p.P.Rels {
		out[i] = &Relation{r}
	}
	return out
}

// EnterpriseTie explains a company's tie to a partner city.
type EnterpriseTie struct{ T kg.Tie }

func (t EnterpriseTie) Company() Entity     { return Wrap(t.T.Company) }
func (t EnterpriseTie) Partner() Entity     { return Wrap(t.T.Partner) }
func (t EnterpriseTie) Path() *Path         { return &Path{t.T.Path} }
func (t EnterpriseTie) SourceIDs() []string { return t.T.Path.Sources() }

// Subgraph is a neighbourhood for drawing.
type Subgraph struct{ G kg.Subgraph }

func (s Subgraph) Nodes() []Entity { return WrapAll(s.G.Nodes) }
func (s Subgraph) Edges() []*Edge {
	out := make([]*Edge, len(s.G.Edges))
	for i, e := range s.G.Edges {
		out[i] = &Edge{e}
	}
	return out
}
func (s Subgraph) Truncated() bool { return s.G.Truncated }

// SearchHit is a search result.
type SearchHit struct{ H kg.Hit }

func (h SearchHit) Score() float64 { return h.H.Score }
func (h SearchHit) Entity() Entity { return Wrap(h.H.Node) }

// Source is a Source node.
type Source struct{ S *kg.Source }

func (s Source) ID() string           { return s.S.ID }
func (s Source) Title() string        { return s.S.Title }
func (s Source) Publisher() *string   { return opt(s.S.Publisher) }
func (s Source) PublishedAt() *string { return opt(s.S.PublishedAt) }
func (s Source) URL() *string         { return opt(s.S.URL) }
func (s Source) SourceType() *string  { return opt(s.S.SourceType) }

func opt(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}
