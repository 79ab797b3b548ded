//go:build integration

package graph_test

import (
	"testing"

	"github.com/99designs/gqlgen/client"
)

// BenchmarkAsOf runs each query with and without asOf side by side on the real graph
// (go test -tags integration -run '^$' -bench AsOf ./graph), so the cost of the as-of
// filter is read as a ratio of two medians from one run; BENCHMARKS.md has the figures.
func BenchmarkAsOf(b *testing.B) {
	c := client.New(newHandler(b, nil), client.Path("/query"))
	queries := []struct{ name, plain, asOf string }{
		{"partners-hub",
			`{ partners(city: "city:ps:bethlehem") { partner { id } since } }`,
			`{ partners(city: "city:ps:bethlehem", asOf: "2005", includeUndated: true) { partner { id } since datesKnown } }`},
		{"chiefs-of-mission",
			`{ positions(title: "ambassador", first: 1000) { person { name } organization { id } since until } }`,
			`{ positions(title: "ambassador", asOf: "1990-01-01", first: 1000) { person { name } organization { id } since until } }`},
		{"japan-relations",
			`{ entity(id: "country:jp") { relations(first: 200) { edges { node { type other { id } startDate } } } } }`,
			`{ entity(id: "country:jp") { relations(first: 200, asOf: "1990") { edges { node { type other { id } startDate } } } } }`},
		{"neighborhood-depth2",
			`{ neighborhood(id: "city:cn:shenyang", depth: 2, limit: 500) { nodes { id } edges { type } } }`,
			`{ neighborhood(id: "city:cn:shenyang", depth: 2, limit: 500, asOf: "2019") { nodes { id } edges { type } } }`},
		{"shortest-path",
			`{ shortestPath(from: "city:jp:sapporo", to: "person:miyajima-daisuke") { length nodes { id } } }`,
			`{ shortestPath(from: "city:jp:sapporo", to: "person:miyajima-daisuke", asOf: "2024") { length nodes { id } } }`},
	}
	for _, q := range queries {
		for _, v := range []struct{ name, doc string }{{"plain", q.plain}, {"asOf", q.asOf}} {
			b.Run(q.name+"/"+v.name, func(b *testing.B) {
				var resp map[string]any
				c.MustPost(v.doc, &resp) // warm the query cache and the page cache
				b.ResetTimer()
				for b.Loop() {
					if err := c.Post(v.doc, &resp); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
