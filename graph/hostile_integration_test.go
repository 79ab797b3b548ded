//go:build integration

package graph_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/client"
	"github.com/amity-graph/amity/internal/derrors"
	"github.com/amity-graph/amity/internal/kg"
	"github.com/google/go-cmp/cmp"
)

const (
	readerToken  = "reader-token-0123456789"
	analystToken = "analyst-token-0123456789"
	editorToken  = "editor-token-0123456789"
)

func graphFingerprint(t *testing.T) kg.Stats {
	t.Helper()
	st, err := db.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return st
}

// errCode posts a query and returns the code of its first error ("" for none).
func errCode(c *client.Client, query string, opts ...client.Option) string {
	var resp map[string]any
	err := c.Post(query, &resp, opts...)
	if err == nil {
		return ""
	}
	msg := err.Error()
	if i := strings.Index(msg, `"code":"`); i >= 0 {
		rest := msg[i+len(`"code":"`):]
		return rest[:strings.Index(rest, `"`)]
	}
	return "NO_CODE: " + msg
}

func TestIntegrationRoles(t *testing.T) {
	c := newClient(t)
	cypher := `{ cypher(query: "MATCH (c:City {id: 'city:cn:shenyang'}) RETURN c.name AS name") { columns rows truncated } }`
	for _, tc := range []struct {
		name, query string
		opts        []client.Option
		want        string
	}{
		{"cypher anonymous", cypher, nil, derrors.CodeUnauthenticated},
		{"cypher as reader", cypher, []client.Option{bearer(readerToken)}, derrors.CodeForbidden},
		{"cypher as analyst", cypher, []client.Option{bearer(analystToken)}, ""},
		{"mutation as analyst", `mutation { removeRelation(from: "city:cn:shenyang", type: "PARTNER_OF", to: "city:jp:sapporo") }`, []client.Option{bearer(analystToken)}, derrors.CodeForbidden},
		{"wrong token", `{ stats { nodes } }`, []client.Option{bearer("not-a-real-token-at-all")}, derrors.CodeUnauthenticated},
		{"basic auth", `{ stats { nodes } }`, []client.Option{client.AddHeader("Authorization", "Basic YWRtaW46YWRtaW4=")}, derrors.CodeUnauthenticated},
		{"reader reads", `{ stats { nodes } }`, nil, ""},
	} {
		if got := errCode(c, tc.query, tc.opts...); got != tc.want {
			t.Errorf("%s: code %q, want %q", tc.name, got, tc.want)
		}
	}
	var resp struct {
		Cypher struct {
			Columns   []string
			Rows      [][]any
			Truncated bool
		}
	}
	c.MustPost(cypher, &resp, bearer(analystToken))
	if diff := cmp.Diff([]string{"name"}, resp.Cypher.Columns); diff != "" || len(resp.Cypher.Rows) != 1 || resp.Cypher.Rows[0][0] != "Shenyang" {
		t.Errorf("analyst cypher = %+v", resp.Cypher)
	}

	closed := client.New(newHandler(t, map[string]string{"AMITY_ANONYMOUS": "none"}), client.Path("/query"))
	if got := errCode(closed, `{ stats { nodes } }`); got != derrors.CodeUnauthenticated {
		t.Errorf("anonymous with AMITY_ANONYMOUS=none: code %q", got)
	}
	if got := errCode(closed, `{ stats { nodes } }`, bearer(readerToken)); got != "" {
		t.Errorf("reader with AMITY_ANONYMOUS=none: code %q", got)
	}
}

func TestIntegrationEditorWrites(t *testing.T) {
	c := newClient(t)
	ed := bearer(editorToken)
	c.MustPost(`mutation { addSource(input: {id: "source:test-editor-note", title: "Editor's test note", publisher: "Amity tests", publishedAt: "2026-11"}) { id title } }`, &map[string]any{}, ed)
	var up struct {
		UpsertEntity struct {
			ID, Name string
			Aliases  []string
			Sources  []struct{ ID string }
		}
	}
	q := `mutation($in: EntityInput!) { upsertEntity(input: $in) { id name aliases sources { id } } }`
	in := map[string]any{"id": "org:test-liaison-office", "kind": "ORGANIZATION", "name": "Test Liaison Office", "aliases": []string{"TLO"},
		"properties": map[string]any{"orgType": "agency"}, "sources": []string{"source:test-editor-note"}}
	for range 2 { // idempotent by id
		c.MustPost(q, &up, client.Var("in", in), ed)
	}
	if up.UpsertEntity.Name != "Test Liaison Office" || len(up.UpsertEntity.Sources) != 1 || len(up.UpsertEntity.Aliases) != 1 {
		t.Errorf("upserted entity = %+v", up.UpsertEntity)
	}
	// A fact without a source, or with a property the kind does not have, is refused.
	for _, bad := range []map[string]any{
		{"id": "org:test-unsourced", "kind": "ORGANIZATION", "name": "Unsourced", "sources": []string{}},
		{"id": "org:test-unsourced", "kind": "ORGANIZATION", "name": "Ghost source", "sources": []string{"source:never-declared"}},
		{"id": "org:test-bad-prop", "kind": "ORGANIZATION", "name": "Bad", "properties": map[string]any{"population": 5}, "sources": []string{"source:test-editor-note"}},
		{"id": "city:test", "kind": "ORGANIZATION", "name": "Wrong prefix", "sources": []string{"source:test-editor-note"}},
	} {
		if got := errCode(c, q, client.Var("in", bad), ed); got != derrors.CodeBadInput {
			t.Errorf("upsert %v: code %q, want BAD_USER_INPUT", bad["name"], got)
		}
	}

	before := graphFingerprint(t)
	rel := map[string]any{"from": "org:test-liaison-office", "type": "BASED_IN", "to": "city:cn:shenyang",
		"properties": map[string]any{"basis": "office"}, "sources": []string{"source:test-editor-note"}}
	var add struct {
		AddRelation struct {
			Type    string
			Role    *string
			Other   struct{ ID string }
			Sources []struct{ ID string }
		}
	}
	for range 2 {
		c.MustPost(`mutation($in: RelationInput!) { addRelation(input: $in) { type role other { id } sources { id } } }`, &add, client.Var("in", rel), ed)
	}
	if add.AddRelation.Other.ID != "city:cn:shenyang" || deref(add.AddRelation.Role) != "office" {
		t.Errorf("added relation = %+v", add.AddRelation)
	}
	if after := graphFingerprint(t); after.Relationships != before.Relationships+1 {
		t.Errorf("adding one relation twice changed the count by %d, want 1", after.Relationships-before.Relationships)
	}
	var rm struct{ RemoveRelation bool }
	rmq := `mutation { removeRelation(from: "org:test-liaison-office", type: "BASED_IN", to: "city:cn:shenyang", key: "office") }`
	c.MustPost(rmq, &rm, ed)
	if !rm.RemoveRelation {
		t.Error("removeRelation of an existing edge = false")
	}
	c.MustPost(rmq, &rm, ed)
	if rm.RemoveRelation {
		t.Error("removing it again = true, want false")
	}
	if got := graphFingerprint(t).Relationships; got != before.Relationships {
		t.Errorf("after add and remove: %d relationships, want %d", got, before.Relationships)
	}
}

// TestIntegrationHostileInput sends what an attacker might; each is refused or held to
// its limit, the server keeps answering, and the graph is the same afterwards.
func TestIntegrationHostileInput(t *testing.T) {
	h := newHandler(t, map[string]string{"AMITY_CYPHER_TIMEOUT": "2s"})
	c := client.New(h, client.Path("/query"))
	an := bearer(analystToken)
	before := graphFingerprint(t)

	writes := []string{
		"CREATE (n:Entity {id: 'evil'})",
		"MATCH (n) DETACH DELETE n",
		"match (n:City) set n.name = 'x'",
		"MERGE (x:City {id: 'city:xx:evil'}) RETURN x",
		"MATCH (n) REMOVE n:City",
		"CrEaTe (n)",
		"MATCH (n) /* hide */ DELETE n",
		"FOREACH (x IN [1] | CREATE ())",
		"WITH 1 AS x CALL (x) { MERGE (:Entity {id: 'evil'}) } RETURN x",
		"UNWIND [1] AS x CALL { CREATE () } IN TRANSACTIONS RETURN x",
		"RETURN 1; CREATE ()",
		"RETURN 1 ; MATCH (n) DETACH DELETE n",
		"CALL db.createLabel('Evil')",
		"CALL db.createProperty('evil')",
		"CALL apoc.cypher.runWrite('CREATE ()', {})",
		"MATCH (n) CALL apoc.create.addLabels(n, ['X']) YIELD node RETURN node",
		"CALL dbms.security.createUser('evil', 'evil', false)",
		"CALL dbms.killQueries(['x'])",
		"CREATE INDEX evil FOR (n:City) ON (n.evil)",
		"DROP CONSTRAINT entity_id",
		"CREATE USER evil SET PASSWORD 'evilevil'",
		"GRANT ROLE admin TO evil",
		"SHOW USERS",
		"USE system SHOW USERS",
		"USE system MATCH (n) RETURN n",
		"PROFILE MATCH (n) RETURN n LIMIT 1",
		"EXPLAIN CREATE ()",
		"STOP DATABASE neo4j",
		"TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
		"LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
		"LOAD CSV FROM 'http://127.0.0.1:7474/' AS line RETURN line",
		"CALL apoc.load.json('file:///etc/passwd')",
		"CALL apoc.export.csv.all('/tmp/x.csv', {})",
		"MATCH p = (a)-[*]-(b) RETURN p",
		"MATCH p = (a)-[*2..]-(b) RETURN p",
		"MATCH p = (a)-[*1..50]-(b) RETURN count(p)",
		"MATCH p = (a)-->{1,}(b) RETURN count(p)",
		"MATCH p = shortestPath((a:City)-[*]-(b:City)) RETURN p",
	}
	for _, q := range writes {
		if got := errCode(c, `query($q: String!) { cypher(query: $q) { rows } }`, client.Var("q", q), an); got != derrors.CodeBadInput {
			t.Errorf("cypher %q: code %q, want BAD_USER_INPUT (refused)", q, got)
		}
	}

	// Resource burners are contained: a Cartesian product times out, a huge UNWIND is
	// cut at the row cap.
	if got := errCode(c, `{ cypher(query: "MATCH (a:Entity), (b:Entity) WHERE a.name < b.name RETURN count(*)") { rows } }`, an); got != derrors.CodeTimeout {
		t.Errorf("Cartesian product: code %q, want TIMEOUT", got)
	}
	// A memory bomb hits Neo4j's transaction memory limit and is refused, not retried.
	if got := errCode(c, `{ cypher(query: "UNWIND range(1, 200000000) AS x WITH collect(x) AS xs RETURN size(xs)") { rows } }`, an); got != derrors.CodeBadInput && got != derrors.CodeTimeout {
		t.Errorf("collect of 200M integers: code %q, want BAD_USER_INPUT (memory limit) or TIMEOUT", got)
	}
	var big struct {
		Cypher struct {
			Rows      [][]any
			Truncated bool
		}
	}
	c.MustPost(`{ cypher(query: "UNWIND range(1, 100000000) AS x RETURN x", limit: 50) { rows truncated } }`, &big, an)
	if len(big.Cypher.Rows) != 50 || !big.Cypher.Truncated {
		t.Errorf("huge UNWIND: %d rows, truncated=%v; want 50, true", len(big.Cypher.Rows), big.Cypher.Truncated)
	}

	// Deep and wide GraphQL.
	// Cheap but deep: one relation per level, eight levels of four fields each.
	deep := `{ entity(id: "city:cn:shenyang") { ` + strings.Repeat("relations(first: 1) { edges { node { other { ", 8) + "id" + strings.Repeat(" } } } }", 8) + " } }"
	if got := errCode(c, deep); got != derrors.CodeBadInput {
		t.Errorf("33-level query: code %q, want BAD_USER_INPUT", got)
	}
	var wide strings.Builder
	wide.WriteString("{")
	for i := range 300 {
		wide.WriteString(" a" + string(rune('a'+i%26)) + strings.Repeat("x", i/26) + `: search(query: "a", first: 500) { score }`)
	}
	wide.WriteString(" }")
	if got := errCode(c, wide.String()); got != "COMPLEXITY_LIMIT_EXCEEDED" {
		t.Errorf("300 wide searches: code %q, want COMPLEXITY_LIMIT_EXCEEDED", got)
	}

	// Oversized variables never reach the resolvers.
	huge := `{"query":"query($q: String!) { search(query: $q) { score } }","variables":{"q":"` + strings.Repeat("a", 2<<20) + `"}}`
	rec := httptest.NewRecorder()
	req := httptest.NewRequest("POST", "/query", strings.NewReader(huge))
	req.Header.Set("Content-Type", "application/json")
	h.ServeHTTP(rec, req)
	if rec.Code != http.StatusRequestEntityTooLarge {
		t.Errorf("2 MiB of variables: HTTP %d, want 413", rec.Code)
	}

	// Injection-shaped ids and search strings are inert.
	for _, id := range []string{`city:cn:shenyang'}) DETACH DELETE n //`, `city:cn:shenyang" OR 1=1`, "city:cn:shenyang\x00", `*`, ``} {
		if got := errCode(c, `query($id: ID!) { entity(id: $id) { id } }`, client.Var("id", id)); got != derrors.CodeBadInput {
			t.Errorf("entity(%q): code %q, want BAD_USER_INPUT", id, got)
		}
	}
	for _, q := range []string{`") YIELD node DETACH DELETE node //`, `*:* OR id:*`, `\u0000`, strings.Repeat("(", 150)} {
		if got := errCode(c, `query($q: String!) { search(query: $q) { score } }`, client.Var("q", q)); got != "" && got != derrors.CodeBadInput {
			t.Errorf("search(%q): code %q, want a plain answer or BAD_USER_INPUT", q, got)
		}
	}

	// Still up, and nothing changed.
	if got := errCode(c, `{ stats { nodes } }`); got != "" {
		t.Errorf("after the attack, stats failed with %q", got)
	}
	if diff := cmp.Diff(before, graphFingerprint(t)); diff != "" {
		t.Errorf("hostile input changed the graph (-before +after):\n%s", diff)
	}
}

func TestIntegrationRateLimit(t *testing.T) {
	// One token in a thousand seconds: no request here waits long enough to earn one, so
	// the count does not depend on how fast the machine answers.
	c := client.New(newHandler(t, map[string]string{"AMITY_RATE_LIMIT": "0.001", "AMITY_RATE_BURST": "3"}), client.Path("/query"))
	limited := 0
	for range 6 {
		if errCode(c, `{ stats { nodes } }`, bearer(readerToken)) == "RATE_LIMITED" {
			limited++
		}
	}
	if limited != 3 {
		t.Errorf("6 requests with a burst of 3 and no time to earn another: %d limited, want 3", limited)
	}
}
