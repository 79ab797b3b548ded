package store

import (
	"context"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/amity-graph/amity/internal/kg"
)

// NodesByID reads entities by id; missing ids are absent from the map.
func (s *Store) NodesByID(ctx context.Context, ids []string) (map[string]*kg.Node, error) {
	return read(ctx, s, "nodes by id", func(tx neo4j.ManagedTransaction) (map[string]*kg.Node, error) {
		recs, err := collect(ctx, tx, "MATCH (n:Entity) WHERE n.id IN $ids RETURN n", map[string]any{"ids": ids})
		if err != nil {
			return nil, err
		}
		out := make(map[string]*kg.Node, len(recs))
		for _, r := range recs {
			n, err := nodeField(r, "n")
			if err != nil {
				return nil, err
			}
			out[n.ID] = n
		}
		return out, nil
	})
}

// SourcesByID reads Source nodes by id.
func (s *Store) SourcesByID(ctx context.Context, ids []string) (map[string]*kg.Source, error) {
	return read(ctx, s, "sources by id", func(tx neo4j.ManagedTransaction) (map[string]*kg.Source, error) {
		recs, err := collect(ctx, tx, "MATCH (s:Source) WHERE s.id IN $ids RETURN s", map[string]any{"ids": ids})
		if err != nil {
			return nil, err
		}
		out := make(map[string]*kg.Source, len(recs))
		for _, r := range recs {
			v, err := field[neo4j.Node](r, "s")
			if err != nil {
				return nil, err
			}
			src, err := decodeSource(v)
			if err != nil {
				return nil, err
			}
			out[src.ID] = src
		}
		return out, nil
	})
}
