package graph

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// Lists of objects count against the response cap; lists of scalars do not.
func TestResponseItemsCountsListsOfObjects(t *testing.T) {
	e := &ResponseItems{Max: 10}
	if err := e.Validate(NewSchema(&Resolver{})); err != nil {
		t.Fatal(err)
	}
	got := map[string]bool{}
	for _, f := range []fieldRef{
		{"City", "partners"}, {"Query", "partners"}, {"Query", "visits"}, {"PartnershipConnection", "edges"},
		{"RelationConnection", "edges"}, {"Subgraph", "nodes"}, {"Visit", "visitors"}, {"Event", "participants"},
		{"City", "aliases"}, {"CypherResult", "rows"}, {"CypherResult", "columns"}, {"City", "name"}, {"Query", "entity"},
	} {
		got[f.typ+"."+f.field] = e.objects[f]
	}
	want := map[string]bool{
		"City.partners": true, "Query.partners": true, "Query.visits": true, "PartnershipConnection.edges": true,
		"RelationConnection.edges": true, "Subgraph.nodes": true, "Visit.visitors": true, "Event.participants": true,
		"City.aliases": false, "CypherResult.rows": false, "CypherResult.columns": false, "City.name": false, "Query.entity": false,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("counted fields (-want +got):\n%s", diff)
	}
}

// The budget refuses the item that passes the cap, and says so with the limit.
func TestItemBudget(t *testing.T) {
	b := &itemBudget{max: 10}
	if err := b.add(10); err != nil {
		t.Fatalf("10 of 10: %v", err)
	}
	if got := b.left(); got != 0 {
		t.Errorf("left = %d, want 0", got)
	}
	err := b.add(1)
	if err == nil || err.Error() != "the answer would carry more than 10 objects in lists (the server's AMITY_MAX_RESPONSE_ITEMS); ask for fewer or page with first and after" {
		t.Errorf("11 of 10: %v", err)
	}
	if !b.over.Load() {
		t.Errorf("the budget is not marked over")
	}
}
