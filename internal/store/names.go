package store

import (
	"context"
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/amity-graph/amity/internal/kg"
)

// NameRecord is what the article linker (internal/ingest) knows of one entity: its
// names, and the few facts that tell two entities of one name apart.
type NameRecord struct {
	ID      string
	Kind    kg.Kind
	Name    string
	Aliases []string
	// Countries and Regions are the ids the entity is IN_COUNTRY and IN_REGION of.
	Countries, Regions []string
	// Partners are the places it is PARTNER_OF, either way.
	Partners []string
	// Represents and BasedIn are a mission's country and a body's city.
	Represents, BasedIn []string
	// Population of a city, 0 when unknown.
	Population float64
	// Positions are the entity's HOLDS_POSITION edges (a person's offices).
	Positions []Position
	// Degree counts the entity's relationships, a rough measure of how much the graph
	// says about it.
	Degree int
	// Code is a country's ISO 3166 alpha-3 code ("PNG"), empty for other entities.
	Code string `json:",omitempty"`
}

// Position is an office a person holds: a title at a body or place, with its dates.
type Position struct {
	Title, Body  string
	Since, Until string
}

// namesCypher reads every entity once, with its context in pattern comprehensions, so
// the gazetteer is one streaming statement rather than one per kind of fact.
const namesCypher = `MATCH (n:Entity)
RETURN n.id AS id, n.kind AS kind, n.name AS name, coalesce(n.aliases, []) AS aliases,
  coalesce(n.population, 0) AS population,
  [(n)-[:IN_COUNTRY]->(c) | c.id] AS countries,
  [(n)-[:IN_REGION]->(r) | r.id] AS regions,
  [(n)-[:PARTNER_OF]-(p) | p.id] AS partners,
  [(n)-[:REPRESENTS]->(c) | c.id] AS represents,
  [(n)-[:BASED_IN]->(b) | b.id] AS basedIn,
  [(n)-[h:HOLDS_POSITION]->(b) | [coalesce(h.title, ''), b.id, coalesce(h.since, h.startDate, ''), coalesce(h.until, h.endDate, '')]] AS positions,
  COUNT { (n)--() } AS degree, coalesce(n.iso3, '') AS code`

// EachName streams every entity's names and context to fn, in no particular order.
// It runs one read statement; fn's error stops it.
func (s *Store) EachName(ctx context.Context, fn func(NameRecord) error) error {
	_, err := read(ctx, s, "names", func(tx neo4j.ManagedTransaction) (struct{}, error) {
		count(ctx)
		res, err := tx.Run(ctx, namesCypher, nil)
		if err != nil {
			return struct{}{}, err
		}
		for res.Next(ctx) {
			rec, err := decodeName(res.Record())
			if err != nil {
				return struct{}{}, err
			}
			if err := fn(rec); err != nil {
				return struct{}{}, err
			}
		}
		return struct{}{}, res.Err()
	})
	return err
}

func decodeName(r *neo4j.Record) (NameRecord, error) {
	id, err1 := field[string](r, "id")
	kind, err2 := field[string](r, "kind")
	if err := firstErr(err1, err2); err != nil {
		return NameRecord{}, fmt.Errorf("decode name: %w", err)
	}
	name, _, _ := neo4j.GetRecordValue[string](r, "name")
	aliases, _, _ := neo4j.GetRecordValue[[]any](r, "aliases")
	countries, _, _ := neo4j.GetRecordValue[[]any](r, "countries")
	regions, _, _ := neo4j.GetRecordValue[[]any](r, "regions")
	partners, _, _ := neo4j.GetRecordValue[[]any](r, "partners")
	positions, _, _ := neo4j.GetRecordValue[[]any](r, "positions")
	represents, _, _ := neo4j.GetRecordValue[[]any](r, "represents")
	basedIn, _, _ := neo4j.GetRecordValue[[]any](r, "basedIn")
	degree, _, _ := neo4j.GetRecordValue[int64](r, "degree")
	code, _, _ := neo4j.GetRecordValue[string](r, "code")
	out := NameRecord{ID: id, Kind: kg.Kind(kind), Name: name, Aliases: stringList(aliases),
		Countries: stringList(countries), Regions: stringList(regions), Partners: stringList(partners),
		Represents: stringList(represents), BasedIn: stringList(basedIn), Degree: int(degree), Code: code}
	switch p := r.AsMap()["population"].(type) {
	case int64:
		out.Population = float64(p)
	case float64:
		out.Population = p
	}
	for _, v := range positions {
		xs := stringList(v)
		if len(xs) == 4 {
			out.Positions = append(out.Positions, Position{Title: xs[0], Body: xs[1], Since: xs[2], Until: xs[3]})
		}
	}
	return out, nil
}
