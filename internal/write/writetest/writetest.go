// Package writetest lets importers' tests hold their records to the loader's rules with
// write.Validate, the check amity-load runs, without a database: entities the records
// point at but do not declare (cities and countries of the reference data) are taken to
// exist with the kind their id names.
package writetest

import (
	"context"
	"slices"
	"testing"

	"github.com/amity-graph/amity/internal/kg"
	"github.com/amity-graph/amity/internal/store"
	"github.com/amity-graph/amity/internal/write"
)

// Valid fails t with every problem write.Validate finds in the records, and with every
// record that does not cite exactly the sources want.
func Valid(t *testing.T, rec store.Records, want ...string) {
	t.Helper()
	if err := write.Validate(context.Background(), graph{}, []store.Records{rec}); err != nil {
		t.Error(err)
	}
	for _, r := range rec.Relations {
		if !slices.Equal(r.Sources, want) {
			t.Errorf("%s: sources %v, want %v", r.Pos, r.Sources, want)
		}
	}
}

// graph knows every entity by the kind its id names, and no source.
type graph struct{}

func (graph) KindsOf(_ context.Context, ids []string) (map[string]kg.Kind, error) {
	out := map[string]kg.Kind{}
	for _, id := range ids {
		if k, ok := kg.KindOfID(id); ok {
			out[id] = k
		}
	}
	return out, nil
}

func (graph) SourcesExist(context.Context, []string) (map[string]bool, error) {
	return map[string]bool{}, nil
}

func (graph) WriteRecords(context.Context, store.Records, store.Progress) error { return nil }
