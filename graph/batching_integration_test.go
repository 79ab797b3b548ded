//go:build integration

package graph_test

import (
	"sync"
	"sync/atomic"
	"testing"

	"github.com/99designs/gqlgen/client"
)

// TestIntegrationStatementsAreDeterministic runs the benchmark's nested query (a city's
// partners, each partner's latest events, each event's participants) twenty times, four
// at a time so that the runs disturb each other's timing, and wants the same statements
// every time: one per level (the entity, its partners, their events, the participants).
func TestIntegrationStatementsAreDeterministic(t *testing.T) {
	c := newClient(t)
	q := `query($id: ID!) { entity(id: $id) { id name ... on City { partners { partner { id name
		... on City { events(first: 5) { id name startDate participants { role entity { id name kind } } } } } } } } }`
	for _, city := range []string{"city:cn:shenyang", "city:jp:sapporo"} {
		const runs = 20
		counts := make([]int64, runs)
		var wg sync.WaitGroup
		sem := make(chan struct{}, 4)
		for i := range runs {
			wg.Go(func() {
				sem <- struct{}{}
				defer func() { <-sem }()
				var n *atomic.Int64
				var resp map[string]any
				if err := c.Post(q, &resp, client.Var("id", city), counting(&n)); err != nil {
					t.Error(err)
					return
				}
				counts[i] = n.Load()
			})
		}
		wg.Wait()
		for i, n := range counts {
			if n != 4 {
				t.Errorf("%s: run %d sent %d statements, want 4 (all runs: %v)", city, i, n, counts)
				break
			}
		}
	}
}
