package store

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/amity-graph/amity/internal/kg"
)

// ChangeLabel labels the nodes that record the graph's own history: one per write. Like
// LoadUnit nodes they are bookkeeping, not facts, so no count of entities changes.
const ChangeLabel = "Change"

// ChangeMeta says who makes a write and what it is, for the Change node recorded with it.
// Empty fields take defaults: the caller in the context (WithCaller) as actor, "load" as
// operation, the unit's name as target.
type ChangeMeta struct {
	Actor, Role, Operation, Target string
}

// changeEntities is how many entity ids a Change node keeps; the counts say the rest.
const changeEntities = 20

// changeSources is how many source ids a Change node keeps.
const changeSources = 50

const changeCypher = `CREATE (c:Change {id: randomUUID(), at: datetime(), actor: $actor, role: $role,
  operation: $operation, target: $target, sourcesWritten: $sources, entitiesWritten: $entities,
  relationsWritten: $relations, entityIds: $entityIds, sourceIds: $sourceIds})`

// recordChange writes the Change node of a write inside its transaction, so the history
// never names a write that did not happen.
func recordChange(ctx context.Context, tx neo4j.ManagedTransaction, m ChangeMeta, sources, entities, relations int, entityIDs, sourceIDs []string) error {
	if m.Actor == "" {
		m.Actor, _ = ctx.Value(callerKey{}).(string)
	}
	if m.Actor == "" {
		m.Actor = "system"
	}
	if m.Operation == "" {
		m.Operation = "load"
	}
	entityIDs = kg.Dedupe(entityIDs)
	sourceIDs = kg.Dedupe(sourceIDs)
	slices.Sort(sourceIDs)
	return exec(ctx, tx, changeCypher, map[string]any{
		"actor": m.Actor, "role": m.Role, "operation": m.Operation, "target": m.Target,
		"sources": sources, "entities": entities, "relations": relations,
		"entityIds": entityIDs[:min(len(entityIDs), changeEntities)], "sourceIds": sourceIDs[:min(len(sourceIDs), changeSources)],
	})
}

// changeOf gathers what a unit writes, for its Change node.
func changeOf(rec Records) (entityIDs, sourceIDs []string) {
	for _, s := range rec.Sources {
		sourceIDs = append(sourceIDs, s.ID)
	}
	for _, e := range rec.Entities {
		entityIDs = append(entityIDs, e.ID)
		sourceIDs = append(sourceIDs, e.Sources...)
	}
	for _, r := range rec.Relations {
		entityIDs = append(entityIDs, r.From, r.To)
		sourceIDs = append(sourceIDs, r.Sources...)
	}
	return entityIDs, sourceIDs
}

// ChangeCursor is a keyset position in the history: the time and id of the last change seen.
type ChangeCursor struct {
	At time.Time
	ID string
}

// Changes lists the graph's writes since a time (all when nil), oldest first, one more
// than first so the caller can tell whether a page follows.
func (s *Store) Changes(ctx context.Context, since *time.Time, first int, after *ChangeCursor) ([]kg.Change, error) {
	p := map[string]any{"since": nil, "afterAt": nil, "afterId": "", "limit": first + 1}
	if since != nil {
		p["since"] = *since
	}
	if after != nil {
		p["afterAt"], p["afterId"] = after.At, after.ID
	}
	q := `MATCH (c:Change)
WHERE ($since IS NULL OR c.at >= $since)
  AND ($afterAt IS NULL OR c.at > $afterAt OR (c.at = $afterAt AND c.id > $afterId))
RETURN c ORDER BY c.at, c.id LIMIT $limit`
	return read(ctx, s, "changes", func(tx neo4j.ManagedTransaction) ([]kg.Change, error) {
		recs, err := collect(ctx, tx, q, p)
		if err != nil {
			return nil, err
		}
		out := make([]kg.Change, 0, len(recs))
		for _, r := range recs {
			n, err := field[neo4j.Node](r, "c")
			if err != nil {
				return nil, err
			}
			c, err := decodeChange(n)
			if err != nil {
				return nil, err
			}
			out = append(out, c)
		}
		return out, nil
	})
}

func decodeChange(n neo4j.Node) (kg.Change, error) {
	id, err1 := neo4j.GetProperty[string](n, "id")
	at, err2 := neo4j.GetProperty[time.Time](n, "at")
	if err := firstErr(err1, err2); err != nil {
		return kg.Change{}, fmt.Errorf("decode change %s: %w", n.ElementId, err)
	}
	str := func(k string) string { s, _ := neo4j.GetProperty[string](n, k); return s }
	num := func(k string) int { v, _ := neo4j.GetProperty[int64](n, k); return int(v) }
	ents, _ := neo4j.GetProperty[[]any](n, "entityIds")
	srcs, _ := neo4j.GetProperty[[]any](n, "sourceIds")
	return kg.Change{ID: id, At: at, Actor: str("actor"), Role: str("role"), Operation: str("operation"), Target: str("target"),
		SourcesWritten: num("sourcesWritten"), EntitiesWritten: num("entitiesWritten"), RelationsWritten: num("relationsWritten"),
		EntityIDs: stringList(ents), SourceIDs: stringList(srcs)}, nil
}
