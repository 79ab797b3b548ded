//go:build integration

package write_test

import (
	"context"
	"path/filepath"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/amity-graph/amity/internal/load"
	"github.com/amity-graph/amity/internal/store"
	"github.com/amity-graph/amity/internal/testdb"
	"github.com/amity-graph/amity/internal/write"
)

var db *store.Store

func TestMain(m *testing.M) {
	testdb.Main(m.Run, testdb.Open, func(s *store.Store) { db = s })
}

// recorder is the real store, noting which units it is asked to write.
type recorder struct {
	*store.Store
	written []string
}

func (r *recorder) WriteRecords(ctx context.Context, rec store.Records, p store.Progress) error {
	r.written = append(r.written, rec.Name)
	return r.Store.WriteRecords(ctx, rec, p)
}

func stats(t *testing.T) any {
	t.Helper()
	st, err := db.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return st
}

func loadUnits(t *testing.T) map[string]store.LoadUnit {
	t.Helper()
	lu, err := db.LoadUnits(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return lu
}

// TestIntegrationSkipUnchanged loads the curated files twice with SkipUnchanged: the
// second load sends no statement but validation's reads and the one that reads the
// fingerprints. Then one record changes and only its file is written again; after the
// graph is wiped, every file is.
func TestIntegrationSkipUnchanged(t *testing.T) {
	ctx := context.Background()
	units, _, err := load.Units(filepath.Join(testdb.RepoRoot(), "data"), true)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, u := range units {
		names = append(names, u.Name)
	}
	skip := write.Options{SkipUnchanged: true}
	g := &recorder{Store: db}
	if _, err := write.Load(ctx, g, units, skip); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(names, g.written); diff != "" {
		t.Fatalf("the first load wrote (-want +got):\n%s", diff)
	}
	first, graph := loadUnits(t), stats(t)
	// Each written unit is one change in the graph's history.
	history := func() []string {
		cs, err := db.Changes(ctx, nil, 1000, nil)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, c := range cs {
			out = append(out, c.Operation+" "+c.Target)
		}
		return out
	}
	var loads []string
	for _, n := range names {
		loads = append(loads, "load "+n)
	}
	if diff := cmp.Diff(loads, history()); diff != "" {
		t.Errorf("the history after the first load (-want +got):\n%s", diff)
	}
	for _, u := range units {
		if lu := first[u.Name]; lu.Fingerprint != store.Fingerprint(u) || lu.Records != len(u.Sources)+len(u.Entities)+len(u.Relations) {
			t.Errorf("LoadUnit of %s = %+v, want its fingerprint and record count", u.Name, lu)
		}
	}

	// The second load: validation's reads, counted on their own, and one more.
	vctx, validated := store.WithStatementCounter(ctx)
	if err := write.Validate(vctx, db, units); err != nil {
		t.Fatal(err)
	}
	lctx, loaded := store.WithStatementCounter(ctx)
	g.written = nil
	sum, err := write.Load(lctx, g, units, skip)
	if err != nil {
		t.Fatal(err)
	}
	if len(g.written) != 0 || !slices.Equal(sum.Skipped, names) {
		t.Errorf("the second load wrote %v and skipped %v, want nothing written and every unit skipped", g.written, sum.Skipped)
	}
	if got, want := loaded.Load(), validated.Load()+1; got != want {
		t.Errorf("the second load sent %d statements, want %d (validation's %d and the fingerprints' read)", got, want, validated.Load())
	}
	if diff := cmp.Diff(first, loadUnits(t)); diff != "" {
		t.Errorf("the second load changed the LoadUnits (-first +second):\n%s", diff)
	}
	if diff := cmp.Diff(graph, stats(t)); diff != "" {
		t.Errorf("the second load changed the graph (-first +second):\n%s", diff)
	}
	if diff := cmp.Diff(loads, history()); diff != "" {
		t.Errorf("a reload that changed nothing changed the history (-want +got):\n%s", diff)
	}

	// One alias more in one file: that file alone is written.
	changed := slices.Clone(units)
	u := &changed[2]
	u.Entities = slices.Clone(u.Entities)
	e := &u.Entities[0]
	e.Aliases = append(slices.Clone(e.Aliases), "Skip-unchanged test alias")
	g.written = nil
	if _, err := write.Load(ctx, g, changed, skip); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{u.Name}, g.written); diff != "" {
		t.Errorf("after one change the load wrote (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(append(loads, "load "+u.Name), history()); diff != "" {
		t.Errorf("the history after one changed unit (-want +got):\n%s", diff)
	}
	after := loadUnits(t)
	for _, n := range names {
		if n == u.Name {
			if after[n].Fingerprint != store.Fingerprint(*u) || !after[n].LoadedAt.After(first[n].LoadedAt) {
				t.Errorf("the changed unit's LoadUnit = %+v, want the new fingerprint and a later loadedAt than %v", after[n], first[n].LoadedAt)
			}
		} else if diff := cmp.Diff(first[n], after[n]); diff != "" {
			t.Errorf("unchanged unit %s: its LoadUnit changed (-before +after):\n%s", n, diff)
		}
	}
	nodes, err := db.NodesByID(ctx, []string{e.ID})
	if err != nil {
		t.Fatal(err)
	}
	if n := nodes[e.ID]; n == nil || !slices.Contains(n.Aliases, "Skip-unchanged test alias") {
		t.Errorf("%s after the changed unit was written: %+v, want the new alias", e.ID, n)
	}

	// A wiped graph holds no fingerprints: everything is written again.
	if err := db.DeleteEverything(ctx); err != nil {
		t.Fatal(err)
	}
	if err := db.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	g.written = nil
	if _, err := write.Load(ctx, g, units, skip); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(names, g.written); diff != "" {
		t.Errorf("after a wipe the load wrote (-want +got):\n%s", diff)
	}
}
