package store

import (
	"context"
	"fmt"
	"maps"
	"slices"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/amity-graph/amity/internal/kg"
)

// Records is one unit the loader writes atomically: a data file or a data set.
type Records struct {
	Name      string
	Sources   []kg.Source
	Entities  []kg.Entity
	Relations []kg.Relation
	// Authoritative records set an entity's name; others only fill it when missing and
	// add their spelling as an alias. Curated facts are authoritative, reference data not.
	Authoritative bool
}

// Progress is told how many records of a unit have been written so far.
type Progress func(done, total int)

// BatchSize is the number of rows per UNWIND.
const BatchSize = 5000

// unionList adds the items of a list to a list property without repeats, so rerunning a
// load leaves the property as it was.
func unionList(prop, items string) string {
	return fmt.Sprintf("reduce(acc = coalesce(%s, []), x IN %s | CASE WHEN x IN acc THEN acc ELSE acc + x END)", prop, items)
}

var (
	sourceCypher = `UNWIND $rows AS row
MERGE (s:Source {id: row.id})
SET s += row.props`

	// entityCypher is formatted with a label from kg.Kinds only.
	entityCypher = `UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
ON CREATE SET n:%[1]s, n += row.props, n.name = row.name, n.sources = row.sources,
  n.aliases = [x IN row.aliases WHERE x <> row.name]
ON MATCH SET n:%[1]s, n += row.props,
  n.aliases = [x IN ` + unionList("n.aliases", "row.aliases + [row.name] + [n.name]") + ` WHERE x <> CASE WHEN $authoritative THEN row.name ELSE n.name END],
  n.sources = ` + unionList("n.sources", "row.sources") + `,
  n.name = CASE WHEN $authoritative THEN row.name ELSE n.name END
RETURN count(n) AS written`

	// relationCypher is formatted with a type from kg.RelTypes and an optional key. A new
	// edge takes its properties as they are; an existing one merges them, so reruns and
	// a second source for the same fact leave one edge.
	relationCypher = `UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:%s%s]->(b)
ON CREATE SET r += row.props, r.sources = row.sources
ON MATCH SET r += row.props, r.sources = ` + unionList("r.sources", "row.sources") + `
%sRETURN count(r) AS written`
)

// WriteRecords writes one unit in a single write transaction of batched UNWINDs, so a
// failure leaves nothing of the unit behind. Everything is MERGEd on ids, so a rerun
// yields the same graph.
func (s *Store) WriteRecords(ctx context.Context, rec Records, progress Progress) error {
	if progress == nil {
		progress = func(int, int) {}
	}
	total := len(rec.Sources) + len(rec.Entities) + len(rec.Relations)
	_, err := write(ctx, s, "write "+rec.Name, func(tx neo4j.ManagedTransaction) (struct{}, error) {
		done := 0
		step := func(n int) { done += n; progress(done, total) }

		srcRows := make([]any, 0, len(rec.Sources))
		for _, src := range rec.Sources {
			srcRows = append(srcRows, map[string]any{"id": src.ID, "props": sourceProps(src)})
		}
		for b := range slices.Chunk(srcRows, BatchSize) {
			if err := exec(ctx, tx, sourceCypher, map[string]any{"rows": b}); err != nil {
				return struct{}{}, err
			}
			step(len(b))
		}

		byKind := map[kg.Kind][]any{}
		for _, e := range rec.Entities {
			byKind[e.Kind] = append(byKind[e.Kind], map[string]any{
				"id": e.ID, "name": e.Name, "aliases": nonNil(e.Aliases), "sources": e.Sources, "props": e.FlatProps(),
			})
		}
		for _, k := range kg.Kinds {
			labels := k.Labels()[1:] // Entity is set by the MERGE
			q := fmt.Sprintf(entityCypher, joinLabels(labels))
			for b := range slices.Chunk(byKind[k], BatchSize) {
				if err := writeChecked(ctx, tx, q, map[string]any{"rows": b, "authoritative": rec.Authoritative}, len(b), rec.Name); err != nil {
					return struct{}{}, err
				}
				step(len(b))
			}
		}

		type group struct{ typ, key string }
		byType := map[group][]any{}
		for _, r := range rec.Relations {
			r = r.Canonical()
			spec := kg.RelTypes[r.Type]
			props := maps.Clone(r.Props)
			if props == nil {
				props = map[string]any{}
			}
			if r.StartDate != "" {
				props["startDate"] = r.StartDate
			}
			if r.EndDate != "" {
				props["endDate"] = r.EndDate
			}
			// A vague "unspecified" never overwrites a partnership kind another source states.
			if r.Type == kg.PartnerOf && props["partnership"] == "unspecified" {
				delete(props, "partnership")
			}
			delete(props, spec.Key)
			byType[group{r.Type, spec.Key}] = append(byType[group{r.Type, spec.Key}], map[string]any{
				"from": r.From, "to": r.To, "key": r.KeyValue(), "props": props, "sources": r.Sources,
			})
		}
		for _, t := range kg.RelTypeNames() {
			g := group{t, kg.RelTypes[t].Key}
			keyPat, extra := "", ""
			if g.key != "" {
				keyPat = fmt.Sprintf(" {%s: row.key}", g.key)
			}
			if t == kg.PartnerOf {
				extra = "WITH r SET r.partnership = coalesce(r.partnership, 'unspecified')\n"
			}
			q := fmt.Sprintf(relationCypher, t, keyPat, extra)
			for b := range slices.Chunk(byType[g], BatchSize) {
				if err := writeChecked(ctx, tx, q, map[string]any{"rows": b}, len(b), rec.Name); err != nil {
					return struct{}{}, err
				}
				step(len(b))
			}
		}
		return struct{}{}, nil
	})
	return err
}

// writeChecked fails the transaction when fewer rows were written than sent (a relation
// whose end is missing would otherwise vanish silently).
func writeChecked(ctx context.Context, tx neo4j.ManagedTransaction, q string, params map[string]any, want int, unit string) error {
	recs, err := collect(ctx, tx, q, params)
	if err != nil {
		return err
	}
	if len(recs) != 1 {
		return fmt.Errorf("write %s: expected one summary row, got %d", unit, len(recs))
	}
	got, err := field[int64](recs[0], "written")
	if err != nil {
		return fmt.Errorf("write %s: written count: %w", unit, err)
	}
	if int(got) != want {
		return fmt.Errorf("write %s: %d of %d rows found both ends; the rest name entities missing from the graph", unit, got, want)
	}
	return nil
}

func joinLabels(ls []string) string {
	out := ""
	for i, l := range ls {
		if !kg.IsLabel(l) {
			panic("label not in the allow-list: " + l) // unreachable: labels come from kg.Kinds
		}
		if i > 0 {
			out += ":"
		}
		out += l
	}
	return out
}

func sourceProps(s kg.Source) map[string]any {
	p := map[string]any{"title": s.Title}
	for k, v := range map[string]string{"publisher": s.Publisher, "publishedAt": s.PublishedAt, "url": s.URL, "sourceType": s.SourceType} {
		if v != "" {
			p[k] = v
		}
	}
	return p
}

func nonNil(xs []string) []string {
	if xs == nil {
		return []string{}
	}
	return xs
}

// KindsOf looks up the kinds of entities already in the graph, for validating records
// that refer to them.
func (s *Store) KindsOf(ctx context.Context, ids []string) (map[string]kg.Kind, error) {
	return read(ctx, s, "kinds of ids", func(tx neo4j.ManagedTransaction) (map[string]kg.Kind, error) {
		recs, err := collect(ctx, tx, "MATCH (n:Entity) WHERE n.id IN $ids RETURN n.id AS id, n.kind AS kind", map[string]any{"ids": ids})
		if err != nil {
			return nil, err
		}
		out := make(map[string]kg.Kind, len(recs))
		for _, r := range recs {
			id, err1 := field[string](r, "id")
			k, err2 := field[string](r, "kind")
			if err1 != nil || err2 != nil {
				continue // a node without id or kind was not written by Amity
			}
			out[id] = kg.Kind(k)
		}
		return out, nil
	})
}

// SourcesExist reports which of ids are Source nodes in the graph.
func (s *Store) SourcesExist(ctx context.Context, ids []string) (map[string]bool, error) {
	return read(ctx, s, "sources exist", func(tx neo4j.ManagedTransaction) (map[string]bool, error) {
		recs, err := collect(ctx, tx, "MATCH (s:Source) WHERE s.id IN $ids RETURN s.id AS id", map[string]any{"ids": ids})
		if err != nil {
			return nil, err
		}
		out := map[string]bool{}
		for _, r := range recs {
			if id, err := field[string](r, "id"); err == nil {
				out[id] = true
			}
		}
		return out, nil
	})
}

// DeleteEverything empties the database, in batches so a large graph does not need one
// huge transaction. Tests and benchmarks use it on their own instances only.
// Relationships go first: detaching a batch of nodes deletes all their edges in the same
// transaction, and hubs carry enough of them to exceed Neo4j's transaction memory.
func (s *Store) DeleteEverything(ctx context.Context) error {
	sess := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.cfg.Database})
	defer sess.Close(context.WithoutCancel(ctx))
	for _, q := range []string{
		"MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 50000 ROWS",
		"MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 50000 ROWS",
	} {
		res, err := sess.Run(ctx, q, nil)
		if err == nil {
			_, err = res.Consume(ctx)
		}
		if err != nil {
			return classify("delete everything", err)
		}
	}
	return nil
}

// RemoveRelation deletes the relationships of one type between two entities; key, when
// given, picks the one with that role, title or basis. It reports how many went.
func (s *Store) RemoveRelation(ctx context.Context, from, relType, to, key string) (int, error) {
	spec, ok := kg.RelTypes[relType]
	if !ok {
		return 0, fmt.Errorf("remove relation: type %q is not allowed", relType)
	}
	r := kg.Relation{From: from, Type: relType, To: to}.Canonical()
	keyCond := "true"
	if spec.Key != "" {
		keyCond = fmt.Sprintf("($key IS NULL OR r.%s = $key)", spec.Key)
	}
	q := fmt.Sprintf(`MATCH (:Entity {id: $from})-[r:%s]->(:Entity {id: $to}) WHERE %s DELETE r RETURN count(*) AS n`, relType, keyCond)
	return write(ctx, s, "remove relation", func(tx neo4j.ManagedTransaction) (int, error) {
		recs, err := collect(ctx, tx, q, map[string]any{"from": r.From, "to": r.To, "key": nilIfBlank(key)})
		if err != nil || len(recs) == 0 {
			return 0, err
		}
		n, err := field[int64](recs[0], "n")
		return int(n), err
	})
}
