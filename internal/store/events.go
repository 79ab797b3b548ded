package store

import (
	"context"
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/amity-graph/amity/internal/kg"
)

// EventsOf reads, for each id, the events it took part in or that were held in it,
// newest first.
func (s *Store) EventsOf(ctx context.Context, ids []string, first int) (map[string][]*kg.Node, error) {
	q := `UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  CALL (n) {
    MATCH (n)-[:PARTICIPATED_IN]->(e:Event) RETURN e
    UNION
    MATCH (e:Event)-[:HELD_IN]->(n) RETURN e
  }
  RETURN e ORDER BY coalesce(e.dateLo, '') DESC, e.id LIMIT $first
}
RETURN id, collect(e) AS events`
	return read(ctx, s, "events of", func(tx neo4j.ManagedTransaction) (map[string][]*kg.Node, error) {
		recs, err := collect(ctx, tx, q, map[string]any{"ids": ids, "first": first})
		if err != nil {
			return nil, err
		}
		out := map[string][]*kg.Node{}
		for _, r := range recs {
			id, err := field[string](r, "id")
			if err != nil {
				return nil, err
			}
			xs, _, err := neo4j.GetRecordValue[[]any](r, "events")
			if err != nil {
				return nil, err
			}
			for _, x := range xs {
				n, err := decodeNode(x)
				if err != nil {
					return nil, err
				}
				out[id] = append(out[id], n)
			}
		}
		return out, nil
	})
}

// EventFilter selects events for a timeline. Dates are already widened to day bounds.
type EventFilter struct {
	Types              []string
	Participant, Place string
	From, To           string
	First              int
}

// heldWithin is the pattern of an event e held in a place or anywhere inside it; %s is
// the place's node pattern.
const heldWithin = `(e:Event)-[:HELD_IN]->(:Entity)-[:IN_REGION|IN_COUNTRY|PART_OF*0..3]->(%s)`

// Events reads a timeline of events in date order.
func (s *Store) Events(ctx context.Context, f EventFilter) ([]*kg.Node, error) {
	q := `MATCH (e:Event)
WHERE ($types IS NULL OR e.eventType IN $types)
  AND ($from IS NULL OR e.dateHi >= $from)
  AND ($to IS NULL OR e.dateLo <= $to)
  AND ($participant IS NULL OR EXISTS { (:Entity {id: $participant})-[:PARTICIPATED_IN]->(e) })
  AND ($place IS NULL OR EXISTS { ` + fmt.Sprintf(heldWithin, ":Entity {id: $place}") + ` })
RETURN e ORDER BY coalesce(e.dateLo, ''), e.id LIMIT $first`
	p := map[string]any{"types": nilIfEmpty(f.Types), "from": nilIfBlank(f.From), "to": nilIfBlank(f.To),
		"participant": nilIfBlank(f.Participant), "place": nilIfBlank(f.Place), "first": f.First}
	return read(ctx, s, "events", func(tx neo4j.ManagedTransaction) ([]*kg.Node, error) {
		recs, err := collect(ctx, tx, q, p)
		if err != nil {
			return nil, err
		}
		out := make([]*kg.Node, 0, len(recs))
		for _, r := range recs {
			n, err := nodeField(r, "e")
			if err != nil {
				return nil, err
			}
			out = append(out, n)
		}
		return out, nil
	})
}

// VisitFilter selects visits. Dates are already widened to day bounds.
type VisitFilter struct {
	Visitor, Host string
	From, To      string
	// First, when set, reads a page of that many (the unpaged field reads MaxVisits+1);
	// After continues after a cursor.
	First int
	After *VisitCursor
}

// MaxVisits caps one answer of the unpaged visits field; it reads one more, to tell
// that the answer was cut.
const MaxVisits = 500

// VisitCursor is a keyset position in visits, newest first: the event's first day ("" when
// undated, so undated ones come last) and its id.
type VisitCursor struct{ Date, ID string }

// VisitCursorOf is the cursor just after row.
func VisitCursorOf(row kg.VisitRow) VisitCursor {
	date, _ := row.Event.Props["dateLo"].(string)
	return VisitCursor{date, row.Event.ID}
}

// Visits reads events at which one party travelled to another: any event with a
// participant in the visitor role. The query starts from the host or the visitor when
// one is given, so it touches only their events, and from the date index otherwise.
func (s *Store) Visits(ctx context.Context, f VisitFilter) ([]kg.VisitRow, error) {
	var start string
	switch {
	case f.Host != "":
		start = `MATCH (h:Entity {id: $host})
CALL (h) {
  MATCH ` + fmt.Sprintf(heldWithin, "h") + ` RETURN e
  UNION
  MATCH (h)-[:PARTICIPATED_IN {role: 'host'}]->(e:Event) RETURN e
}
WITH DISTINCT e
WHERE ($visitor IS NULL OR EXISTS { (:Entity {id: $visitor})-[p:PARTICIPATED_IN]->(e) WHERE p.role IN ['visitor', 'leader'] })`
	case f.Visitor != "":
		start = `MATCH (:Entity {id: $visitor})-[p:PARTICIPATED_IN]->(e:Event)
WHERE p.role IN ['visitor', 'leader']
WITH DISTINCT e`
	default:
		start = `MATCH (e:Event)
WHERE ($to IS NULL OR e.dateLo <= $to)`
	}
	q := start + `
WITH e WHERE EXISTS { (:Entity)-[:PARTICIPATED_IN {role: 'visitor'}]->(e) }
  AND ($after IS NULL OR coalesce(e.dateLo, '') < $after[0] OR (coalesce(e.dateLo, '') = $after[0] AND e.id > $after[1]))
  AND ($from IS NULL OR e.dateHi >= $from)
  AND ($to IS NULL OR e.dateLo <= $to)
CALL (e) {
  OPTIONAL MATCH (x:Entity)-[p:PARTICIPATED_IN]->(e)
  RETURN collect({n: x, role: p.role, sources: p.sources}) AS parts
}
CALL (e) {
  OPTIONAL MATCH (e)-[h:HELD_IN]->(x:Entity)
  RETURN collect({n: x, sources: h.sources}) AS places
}
CALL (e) {
  OPTIONAL MATCH (e)-[v:VISITED_SITE]->(x:Entity)
  RETURN collect({n: x, sources: v.sources}) AS sites
}
RETURN e, parts, places, sites ORDER BY coalesce(e.dateLo, '') DESC, e.id LIMIT $cap`
	limit := f.First
	if limit <= 0 {
		limit = MaxVisits + 1
	}
	var after any
	if f.After != nil {
		after = []string{f.After.Date, f.After.ID}
	}
	p := map[string]any{"visitor": nilIfBlank(f.Visitor), "host": nilIfBlank(f.Host), "from": nilIfBlank(f.From), "to": nilIfBlank(f.To),
		"cap": limit, "after": after}
	return read(ctx, s, "visits", func(tx neo4j.ManagedTransaction) ([]kg.VisitRow, error) {
		recs, err := collect(ctx, tx, q, p)
		if err != nil {
			return nil, err
		}
		out := make([]kg.VisitRow, 0, len(recs))
		for _, r := range recs {
			e, err := nodeField(r, "e")
			if err != nil {
				return nil, err
			}
			row := kg.VisitRow{Event: e}
			for _, c := range []struct {
				key string
				dst *[]kg.Tagged
			}{{"parts", &row.Participants}, {"places", &row.Places}, {"sites", &row.Sites}} {
				xs, _, err := neo4j.GetRecordValue[[]any](r, c.key)
				if err != nil {
					return nil, err
				}
				if *c.dst, err = decodeTagged(xs); err != nil {
					return nil, err
				}
			}
			out = append(out, row)
		}
		return out, nil
	})
}

// decodeTagged reads the {n, role, sources} maps of a visit's participants, places or
// sites; a map without a node is an OPTIONAL MATCH that found nothing and is skipped.
func decodeTagged(xs []any) ([]kg.Tagged, error) {
	out := make([]kg.Tagged, 0, len(xs))
	for _, x := range xs {
		m, ok := x.(map[string]any)
		if !ok {
			return nil, fmt.Errorf("decode tagged node: got %T", x)
		}
		if m["n"] == nil {
			continue // OPTIONAL MATCH found nothing
		}
		n, err := decodeNode(m["n"])
		if err != nil {
			return nil, err
		}
		role, _ := m["role"].(string)
		out = append(out, kg.Tagged{Node: n, Role: role, Sources: stringList(m["sources"])})
	}
	return out, nil
}
