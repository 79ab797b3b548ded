// Package model holds the GraphQL-facing types: thin views over store records, so
// resolvers translate and never copy field by field.
package model

import (
	"sort"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
)

// base gives every entity type its common fields from a store node. The field is
// Entity, not Node, because the method Node (for Noder) returns it.
type base struct{ Entity *kg.Node }

// Node is the store record behind an entity.
func (b base) Node() *kg.Node { return b.Entity }

func (b base) ID() string        { return b.Entity.ID }
func (b base) Kind() EntityKind  { return KindOf(b.Entity.Kind) }
func (b base) Name() string      { return b.Entity.Name }
func (b base) Aliases() []string { return nonNil(b.Entity.Aliases) }
func (b base) NameZh() *string   { return b.str("nameZh") }

// Figures lists the dated figures stored as <name>, <name>AsOf and <name>Source.
func (b base) Figures() []*Figure {
	var out []*Figure
	for k, v := range b.Entity.Props {
		asOf, ok := b.Entity.Props[k+"AsOf"].(string)
		if !ok {
			continue
		}
		val, ok := num(v)
		if !ok {
			continue
		}
		f := &Figure{Name: k, Value: val, AsOf: &asOf}
		f.Approximate, _ = b.Entity.Props[k+"Approximate"].(bool)
		f.Note = b.str(k + "Note")
		f.SourceID, _ = b.Entity.Props[k+"Source"].(string)
		out = append(out, f)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

func (b base) str(k string) *string {
	if s, ok := b.Entity.Props[k].(string); ok {
		return &s
	}
	return nil
}

func (b base) float(k string) *float64 {
	if f, ok := num(b.Entity.Props[k]); ok {
		return &f
	}
	return nil
}

func (b base) int(k string) *int {
	if f, ok := num(b.Entity.Props[k]); ok {
		i := int(f)
		return &i
	}
	return nil
}

func num(v any) (float64, bool) {
	switch n := v.(type) {
	case int64:
		return float64(n), true
	case float64:
		return n, true
	case int:
		return float64(n), true
	}
	return 0, false
}

func nonNil(xs []string) []string {
	if xs == nil {
		return []string{}
	}
	return xs
}

// Figure is a dated figure; its source is resolved by a field resolver.
type Figure struct {
	Name        string
	Value       float64
	Approximate bool
	AsOf        *string
	Note        *string
	SourceID    string
}

// KindOf maps a domain kind to the GraphQL enum.
func KindOf(k kg.Kind) EntityKind { return EntityKind(strings.ToUpper(string(k))) }

// DomainKind maps the GraphQL enum to a domain kind.
func DomainKind(k EntityKind) kg.Kind {
	d, _ := kg.ParseKind(string(k))
	return d
}

type Country struct{ base }
type Region struct{ base }
type City struct{ base }
type Person struct{ base }
type Organization struct{ base }
type Company struct{ base }
type Consulate struct{ base }
type Event struct{ base }

func (Country) IsEntity()      {}
func (Region) IsEntity()       {}
func (City) IsEntity()         {}
func (Person) IsEntity()       {}
func (Organization) IsEntity() {}
func (Company) IsEntity()      {}
func (Consulate) IsEntity()    {}
func (Event) IsEntity()        {}

func (c Country) Iso2() *string            { return c.str("iso2") }
func (c Country) Iso3() *string            { return c.str("iso3") }
func (r Region) RegionType() *string       { return r.str("regionType") }
func (c City) Population() *float64        { return c.float("population") }
func (c City) AreaKm2() *float64           { return c.float("areaKm2") }
func (c City) Lat() *float64               { return c.float("lat") }
func (c City) Lon() *float64               { return c.float("lon") }
func (c City) GeonameID() *int             { return c.int("geonameId") }
func (p Person) NameOrder() *string        { return p.str("nameOrder") }
func (o Organization) OrgType() *string    { return o.str("orgType") }
func (c Company) Industry() *string        { return c.str("industry") }
func (c Consulate) ConsulateType() *string { return c.str("consulateType") }
func (c Consulate) MissionType() *string   { return c.str("missionType") }
func (e Event) EventType() string          { s, _ := e.Entity.Props["eventType"].(string); return s }
func (e Event) StartDate() *string         { return e.str("startDate") }
func (e Event) EndDate() *string           { return e.str("endDate") }
func (e Event) Summary() *string           { return e.str("summary") }
func (e Event) Edition() *int              { return e.int("edition") }

// Noder is implemented by every entity type.
type Noder interface{ Node() *kg.Node }

// Wrap gives a store node its GraphQL type.
func Wrap(n *kg.Node) Entity {
	if n == nil {
		return nil
	}
	b := base{n}
	switch n.Kind {
	case kg.Country:
		return &Country{b}
	case kg.Region:
		return &Region{b}
	case kg.City:
		return &City{b}
	case kg.Person:
		return &Person{b}
	case kg.Company:
		return &Company{b}
	case kg.Consulate:
		return &Consulate{b}
	case kg.Event:
		return &Event{b}
	}
	return &Organization{b}
}

// WrapAll wraps a list.
func WrapAll(ns []*kg.Node) []Entity {
	out := make([]Entity, 0, len(ns))
	for _, n := range ns {
		out = append(out, Wrap(n))
	}
	return out
}
