package graph

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/amity-graph/amity/graph/model"
	"github.com/amity-graph/amity/internal/auth"
	"github.com/amity-graph/amity/internal/kg"
	"github.com/amity-graph/amity/internal/store"
	"github.com/amity-graph/amity/internal/write"
)

// write validates records exactly as the loader does and writes them in one transaction.
func (r *Resolver) write(ctx context.Context, rec store.Records) error {
	_, err := write.Load(ctx, r.Store, []store.Records{rec}, write.Options{})
	if err != nil && write.IsValidation(err) {
		return badInput("%s", validationMessage(err))
	}
	return err
}

// changeBy names an editor's write for the graph's history: the caller and their role.
func changeBy(ctx context.Context, op, target string) store.ChangeMeta {
	c := auth.CallerFrom(ctx)
	return store.ChangeMeta{Actor: c.ID, Role: c.Role.String(), Operation: op, Target: target}
}

func validationMessage(err error) string {
	var v *write.ValidationError
	if errors.As(err, &v) && len(v.Problems) > 0 {
		var f *kg.FieldError
		if errors.As(v.Problems[0], &f) {
			f.Pos = kg.Pos{} // an API caller has no file or line
			return f.Error()
		}
		return v.Problems[0].Error()
	}
	return err.Error()
}

func entityFromInput(in model.EntityInput) (kg.Entity, error) {
	props, err := jsonObject(in.Properties, "properties")
	if err != nil {
		return kg.Entity{}, err
	}
	return kg.Entity{ID: in.ID, Kind: model.DomainKind(in.Kind), Name: in.Name, Aliases: kg.Dedupe(in.Aliases),
		Props: props, Sources: in.Sources}, nil
}

func relationFromInput(in model.RelationInput) (kg.Relation, error) {
	props, err := jsonObject(in.Properties, "properties")
	if err != nil {
		return kg.Relation{}, err
	}
	return kg.Relation{From: in.From, Type: in.Type, To: in.To, Props: props,
		StartDate: deref(in.StartDate), EndDate: deref(in.EndDate), Sources: in.Sources}, nil
}

// jsonObject reads a JSON argument that must be an object of scalars; integral numbers
// become integers so they validate like the loader's YAML.
func jsonObject(v any, name string) (map[string]any, error) {
	if v == nil {
		return nil, nil
	}
	m, ok := v.(map[string]any)
	if !ok {
		return nil, badInput("%s must be a JSON object", name)
	}
	out := make(map[string]any, len(m))
	for k, x := range m {
		switch t := x.(type) {
		case json.Number:
			if i, err := t.Int64(); err == nil {
				out[k] = i
			} else if f, err := t.Float64(); err == nil {
				out[k] = f
			}
		case float64:
			if t == float64(int64(t)) {
				out[k] = int64(t)
			} else {
				out[k] = t
			}
		case int:
			out[k] = int64(t)
		case string, bool, int64:
			out[k] = t
		default:
			return nil, badInput("%s.%s must be a string, number or boolean", name, k)
		}
	}
	return out, nil
}

// readBack returns the relation as stored, with every source it now cites.
func (r *Resolver) readBack(ctx context.Context, rel kg.Relation) (*model.Relation, error) {
	c := rel.Canonical()
	dir := kg.Out
	if kg.RelTypes[rel.Type].Symmetric {
		dir = kg.Both
	}
	rels, err := r.Store.Neighbors(ctx, []string{rel.From}, rel.Type, dir, nil)
	if err != nil {
		return nil, err
	}
	for _, x := range rels[rel.From] {
		if x.Other.ID == rel.To && (kg.RelTypes[rel.Type].Key == "" || x.Props[kg.RelTypes[rel.Type].Key] == c.KeyValue()) {
			return &model.Relation{Rel: x}, nil
		}
	}
	return nil, fmt.Errorf("relation %s %s %s was written but cannot be read back", rel.From, rel.Type, rel.To)
}
