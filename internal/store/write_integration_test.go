//go:build integration

package store_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/amity-graph/amity/internal/kg"
	"github.com/amity-graph/amity/internal/store"
)

// TestLoadUnitIsWrittenWithItsUnit writes a unit with its fingerprint, then a unit whose
// relation names an entity missing from the graph: the first leaves its records and its
// LoadUnit, the second, failing, neither. The test shares the database with the other
// tests of the package, so its ids are its own and it removes them afterwards.
func TestLoadUnitIsWrittenWithItsUnit(t *testing.T) {
	db := adhocDB(t)
	ctx := adhocCtx(t)
	const (
		src  = "source:store-test-load-unit"
		city = "city:xx:store-test-load-unit"
		good = "store-test/good"
		bad  = "store-test/bad"
	)
	clean := func(ctx context.Context) error {
		return db.WriteForTest(ctx, `MATCH (n) WHERE n.id IN [$src, $city] OR (n:LoadUnit AND n.name IN [$good, $bad]) DETACH DELETE n`,
			map[string]any{"src": src, "city": city, "good": good, "bad": bad})
	}
	if err := clean(ctx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		defer cancel()
		if err := clean(ctx); err != nil {
			t.Errorf("clean up: %v", err)
		}
	})

	unit := store.Records{Name: good, Sources: []kg.Source{{ID: src, Title: "Load unit test"}},
		Entities: []kg.Entity{{ID: city, Kind: kg.City, Name: "Nowhere", Sources: []string{src}}}}
	unit.Fingerprint = store.Fingerprint(unit)
	before := time.Now().Add(-time.Minute) // the server's clock may differ a little from ours
	if err := db.WriteRecords(ctx, unit, nil); err != nil {
		t.Fatal(err)
	}
	failing := store.Records{Name: bad, Sources: []kg.Source{{ID: src, Title: "Load unit test"}},
		Relations: []kg.Relation{{From: city, Type: kg.InCountry, To: "country:store-test-missing", Sources: []string{src}}}}
	failing.Fingerprint = store.Fingerprint(failing)
	err := db.WriteRecords(ctx, failing, nil)
	if err == nil || !strings.Contains(err.Error(), "missing from the graph") {
		t.Fatalf("writing a relation to a missing entity = %v, want it refused", err)
	}

	units, err := db.LoadUnits(ctx)
	if err != nil {
		t.Fatal(err)
	}
	got, ok := units[good]
	if !ok || got.Fingerprint != unit.Fingerprint || got.Records != 2 || got.LoadedAt.Before(before) {
		t.Errorf("LoadUnit %s = %+v (present %t), want fingerprint %s, 2 records, loaded just now", good, got, ok, unit.Fingerprint)
	}
	if u, ok := units[bad]; ok {
		t.Errorf("the failed unit left its LoadUnit behind: %+v", u)
	}
	nodes, err := db.NodesByID(ctx, []string{city})
	if err != nil || nodes[city] == nil {
		t.Errorf("the unit's entity %s is not in the graph (%v)", city, err)
	}
}
