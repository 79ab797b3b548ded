package store

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/amity-graph/amity/internal/kg"
)

// MaxPositions bounds one answer of Positions.
const MaxPositions = 1000

// PositionFilter selects offices: by holder, by body, by a part of the title (any case),
// and by the date they were held on. Empty strings match everything.
type PositionFilter struct {
	Holder, Body, Title string
	AsOf                *kg.AsOf
	First               int
}

// Positions finds offices across the graph, ordered by body, then start.
func (s *Store) Positions(ctx context.Context, f PositionFilter) ([]kg.PositionRow, error) {
	if f.First < 1 || f.First > MaxPositions {
		return nil, fmt.Errorf("positions: first %d outside 1..%d", f.First, MaxPositions)
	}
	// A holder or a body starts the match at one node; otherwise every office is read,
	// which the graph holds a few thousand of.
	start := "MATCH (p:Person)-[r:HOLDS_POSITION]->(b:Entity)"
	switch {
	case f.Holder != "":
		start = "MATCH (p:Person {id: $holder})-[r:HOLDS_POSITION]->(b:Entity)"
	case f.Body != "":
		start = "MATCH (p:Person)-[r:HOLDS_POSITION]->(b:Entity {id: $body})"
	}
	q := start + `
WHERE ($body = '' OR b.id = $body)
  AND ($title = '' OR toLower(r.title) CONTAINS toLower($title))
  AND ` + inForce("r") + `
RETURN p, {r: r, m: b, out: true} AS rel
ORDER BY b.name, b.id, coalesce(r.validFrom, '9999'), p.name LIMIT $first`
	params := withAsOf(map[string]any{"holder": f.Holder, "body": f.Body, "title": f.Title, "first": f.First}, f.AsOf)
	return read(ctx, s, "positions", func(tx neo4j.ManagedTransaction) ([]kg.PositionRow, error) {
		recs, err := collect(ctx, tx, q, params)
		if err != nil {
			return nil, err
		}
		out := make([]kg.PositionRow, 0, len(recs))
		for _, rec := range recs {
			p, err := nodeField(rec, "p")
			if err != nil {
				return nil, err
			}
			v, _ := rec.Get("rel")
			rel, err := relFrom(p.ID, v)
			if err != nil {
				return nil, err
			}
			out = append(out, kg.PositionRow{Holder: p, Rel: rel})
		}
		return out, nil
	})
}

// TimelineFilter selects and pages an entity's timeline. From and To are day bounds ("" for
// none); a date with no year is left out when either is set.
type TimelineFilter struct {
	From, To string
	First    int
	After    *TimelineCursor
}

// TimelineCursor is a keyset position in a timeline: the sort key, type, change and
// reference of the last entry seen.
type TimelineCursor struct{ Key, Type, Change, Ref string }

// CursorOfEntry is the cursor just after e.
func CursorOfEntry(e kg.TimelineEntry) TimelineCursor {
	return TimelineCursor{e.Key, e.Type, e.Change, e.Ref}
}

func (c TimelineCursor) less(d TimelineCursor) bool {
	if c.Key != d.Key {
		return c.Key < d.Key
	}
	if c.Type != d.Type {
		return c.Type < d.Type
	}
	if c.Change != d.Change {
		return c.Change < d.Change
	}
	return c.Ref < d.Ref
}

// timelineCypher reads everything dated about an entity: its dated relationships (each
// may give a start and an end), the events it took part in or that were held in it, and
// the missions based in it (opened on their REPRESENTS date).
const timelineCypher = `UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)-[r]-(m:Entity) WHERE type(r) IN $dated
  RETURN r, m, null AS e
  UNION
  MATCH (n)-[r:PARTICIPATED_IN]->(e:Event) RETURN r, null AS m, e
  UNION
  MATCH (e:Event)-[r:HELD_IN]->(n) RETURN r, null AS m, e
  UNION
  MATCH (m:Consulate)-[:BASED_IN]->(n) MATCH (m)-[r:REPRESENTS]->(:Entity) RETURN r, m, null AS e
}
RETURN id, r, m, e`

// Timelines reads, for each id, one page of the entity's dated facts in date order (see
// kg.TimelineKey): one statement for any number of ids. Each entity's facts are read
// whole and ordered here, where the date rule lives; an entity has at most a few thousand.
func (s *Store) Timelines(ctx context.Context, ids []string, f TimelineFilter) (map[string][]kg.TimelineEntry, error) {
	all, err := read(ctx, s, "timelines", func(tx neo4j.ManagedTransaction) (map[string][]kg.TimelineEntry, error) {
		recs, err := collect(ctx, tx, timelineCypher, map[string]any{"ids": ids, "dated": kg.TypesOf(kg.Dated)})
		if err != nil {
			return nil, err
		}
		out := map[string][]kg.TimelineEntry{}
		for _, rec := range recs {
			id, err := field[string](rec, "id")
			if err != nil {
				return nil, err
			}
			rv, _ := rec.Get("r")
			mv, _ := rec.Get("m")
			ev, _ := rec.Get("e")
			var other, event *kg.Node
			if mv != nil {
				if other, err = decodeNode(mv); err != nil {
					return nil, err
				}
			}
			if ev != nil {
				if event, err = decodeNode(ev); err != nil {
					return nil, err
				}
			}
			e, err := decodeEdge(rv, "", "", "")
			if err != nil {
				return nil, err
			}
			out[id] = append(out[id], timelineEntries(e, other, event)...)
		}
		return out, nil
	})
	if err != nil {
		return nil, err
	}
	for id, entries := range all {
		all[id] = timelinePage(entries, f)
	}
	return all, nil
}

// timelinePage orders an entity's entries and cuts the page f asks for, one entry
// beyond it when another page follows.
func timelinePage(all []kg.TimelineEntry, f TimelineFilter) []kg.TimelineEntry {
	slices.SortFunc(all, func(a, b kg.TimelineEntry) int {
		ca, cb := CursorOfEntry(a), CursorOfEntry(b)
		switch {
		case ca.less(cb):
			return -1
		case cb.less(ca):
			return 1
		}
		return 0
	})
	var page []kg.TimelineEntry
	for _, e := range all {
		if f.After != nil && !f.After.less(CursorOfEntry(e)) {
			continue
		}
		if (f.From != "" || f.To != "") && strings.HasPrefix(e.Key, "~") {
			continue
		}
		if f.From != "" && e.Key < f.From || f.To != "" && e.Key > f.To {
			continue
		}
		page = append(page, e)
		if len(page) > f.First { // one more than asked, to tell whether a page follows
			break
		}
	}
	return page
}

// timelineEntries turns one relationship (and the node at its other end, or its event)
// into the entries it gives: an event, or a fact's start and end as sources state them.
func timelineEntries(e kg.Edge, other, event *kg.Node) []kg.TimelineEntry {
	role := func() string {
		for _, k := range []string{"title", "role", "partnership"} {
			if s, ok := e.Props[k].(string); ok {
				return s
			}
		}
		return ""
	}()
	var out []kg.TimelineEntry
	add := func(date, typ, change string) {
		key, ok := kg.TimelineKey(date)
		if !ok {
			return
		}
		out = append(out, kg.TimelineEntry{Date: date, Key: key, Type: typ, Change: change, Role: role,
			Other: other, Event: event, Sources: e.Sources, Ref: e.ElementID})
	}
	if event != nil {
		typ, _ := event.Props["eventType"].(string)
		date, _ := event.Props["startDate"].(string)
		if e.Type == kg.HeldIn {
			role = "place"
		}
		add(date, typ, kg.Held)
		return out
	}
	add(kg.StatedStart(e.Props), e.Type, kg.Began)
	add(kg.StatedEnd(e.Props), e.Type, kg.Ended)
	return out
}
