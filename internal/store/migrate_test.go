package store

import (
	"context"
	"regexp"
	"testing"

	"github.com/amity-graph/amity/internal/kg"
)

// ApplyForTest runs statements the way Migrate runs the schema, so an integration test
// can make one fail in a way no schema statement can be made to on demand.
func (s *Store) ApplyForTest(ctx context.Context, stmts []string) error {
	return s.apply(ctx, stmts)
}

func TestMigrationLabels(t *testing.T) {
	label := regexp.MustCompile(`FOR \(n:([^)]*)\)`)
	for _, stmt := range migrations() {
		m := label.FindStringSubmatch(stmt)
		if m == nil {
			continue // DROP INDEX
		}
		if !kg.IsLabel(m[1]) && m[1] != LoadUnitLabel && m[1] != ChangeLabel {
			t.Errorf("%s: label %q is neither one of kg's labels nor the store's own", stmt, m[1])
		}
	}
}
