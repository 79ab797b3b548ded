package graph

import (
	"os"
	"strings"
	"testing"

	"github.com/vektah/gqlparser/v2"
	"github.com/vektah/gqlparser/v2/ast"
)

func TestSelectsResolver(t *testing.T) {
	schema := NewSchema(&Resolver{}).Schema()
	for _, c := range []struct {
		name, query string
		want        bool
	}{
		{"scalars and a method-backed object", `{ partners(city: "city:x") { kind since partner { id name kind } } }`, false},
		{"a resolver two levels down", `{ partners(city: "city:x") { partner { ... on City { events(first: 5) { id } } } } }`, true},
		{"sources below the elements", `{ partners(city: "city:x") { kind sources { id } } }`, true},
		{"a resolver behind a fragment spread", `query { partners(city: "city:x") { partner { ...F } } } fragment F on City { country { id } }`, true},
		{"a fragment spread of plain fields", `query { partners(city: "city:x") { partner { ...F } } } fragment F on City { id name }`, false},
		{"search hits (entity is a resolver on Query only)", `{ search(query: "x") { score entity { id name kind } } }`, false},
		{"a resolver reached through an interface", `{ search(query: "x") { entity { id sources { id } } } }`, true},
	} {
		doc, errs := gqlparser.LoadQueryWithRules(schema, c.query, nil)
		if errs != nil {
			t.Fatalf("%s: %v", c.name, errs)
		}
		list := doc.Operations[0].SelectionSet[0].(*ast.Field)
		if got := selectsResolver(list.SelectionSet, 0); got != c.want {
			t.Errorf("%s: selectsResolver = %v, want %v", c.name, got, c.want)
		}
	}
}

func TestResolverFieldsComeFromTheResolverInterfaces(t *testing.T) {
	for _, name := range []string{"sources", "relations", "events", "participants", "partof", "totalcount", "City.sources", "Event.participants", "Query.entity"} {
		if !resolverFields[name] {
			t.Errorf("%q is served by a resolver but is missing from resolverFields", name)
		}
	}
	for _, name := range []string{"id", "name", "kind", "since", "score", "SearchHit.entity", "Partnership.partner"} {
		if resolverFields[name] {
			t.Errorf("%q is a plain field but resolverFields has it", name)
		}
	}
}

// The sed step of `make generate` must have run: otherwise every list pays a goroutine
// per element again.
func TestGeneratedCodeUsesMarshalSlice(t *testing.T) {
	src, err := os.ReadFile("generated.go")
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(string(src), "graphql.MarshalSliceConcurrently("); n > 0 {
		t.Errorf("generated.go calls graphql.MarshalSliceConcurrently %d times; run `make generate`", n)
	}
	if !strings.Contains(string(src), "marshalSlice(") {
		t.Error("generated.go does not call marshalSlice")
	}
}
