package batch

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// recorder is a fetch that remembers every call's keys.
type recorder struct {
	mu    sync.Mutex
	calls [][]int
	ctxs  []context.Context
	err   error
}

func (r *recorder) fetch(ctx context.Context, keys []int) (map[int]string, error) {
	r.mu.Lock()
	r.calls = append(r.calls, slices.Sorted(slices.Values(keys)))
	r.ctxs = append(r.ctxs, ctx)
	r.mu.Unlock()
	if r.err != nil {
		return nil, r.err
	}
	out := map[int]string{}
	for _, k := range keys {
		out[k] = fmt.Sprint("v", k)
	}
	return out, nil
}

func (r *recorder) batches() [][]int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return slices.Clone(r.calls)
}

// siblings runs n announced pieces of work concurrently, each doing work(i) between
// Start and Done, and waits for them.
func siblings(s *Scheduler, n int, work func(i int)) {
	s.Expect(n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() {
			s.Start()
			defer s.Done(0)
			work(i)
		})
	}
	wg.Wait()
}

func TestSiblingsShareOneFetch(t *testing.T) {
	var rec recorder
	s := NewScheduler(context.Background())
	l := NewLoader(s, rec.fetch, 100)
	got := make([]string, 10)
	siblings(s, 10, func(i int) {
		v, err := l.Load(context.Background(), i%5)
		if err != nil {
			t.Error(err)
		}
		got[i] = v
	})
	if diff := cmp.Diff([][]int{{0, 1, 2, 3, 4}}, rec.batches()); diff != "" {
		t.Errorf("fetches (-want +got):\n%s", diff)
	}
	want := []string{"v0", "v1", "v2", "v3", "v4", "v0", "v1", "v2", "v3", "v4"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("values (-want +got):\n%s", diff)
	}
	// A later load of a cached key costs nothing and does not wait.
	siblings(s, 1, func(int) {
		if v, _ := l.Load(context.Background(), 3); v != "v3" {
			t.Errorf("cached load = %q, want v3", v)
		}
	})
	if n := len(rec.batches()); n != 1 {
		t.Errorf("%d fetches after a cached load, want 1", n)
	}
}

// TestStatementsDoNotDependOnTiming runs two levels of uneven siblings: every parent
// spends a random time before loading, and its children, announced when it finishes,
// load keys that depend on what the parent got. Whatever the timing and the number of
// processors (go test -cpu 1,2,8), each level is one fetch holding all its keys.
func TestStatementsDoNotDependOnTiming(t *testing.T) {
	const parents, childrenEach = 400, 5
	for run := range 20 {
		var rec recorder
		s := NewScheduler(context.Background())
		l := NewLoader(s, rec.fetch, 10_000)
		rng := rand.New(rand.NewPCG(uint64(run), 7))
		delays := make([]time.Duration, parents)
		for i := range delays {
			delays[i] = time.Duration(rng.IntN(300)) * time.Microsecond
		}
		s.Expect(parents)
		var wg sync.WaitGroup
		for i := range parents {
			wg.Go(func() {
				s.Start()
				time.Sleep(delays[i]) // uneven sibling work
				v, err := l.Load(context.Background(), i)
				if err != nil || v != fmt.Sprint("v", i) {
					t.Errorf("parent %d got %q, %v", i, v, err)
				}
				s.Done(childrenEach) // announced before the parent counts as finished
				for c := range childrenEach {
					wg.Go(func() {
						s.Start()
						defer s.Done(0)
						if i%2 == 0 {
							runtimeBusy(delays[(i+c)%parents] / 4)
						}
						if _, err := l.Load(context.Background(), 100_000+i*childrenEach+c); err != nil {
							t.Error(err)
						}
					})
				}
			})
		}
		wg.Wait()
		got := rec.batches()
		if len(got) != 2 || len(got[0]) != parents || len(got[1]) != parents*childrenEach {
			sizes := make([]int, len(got))
			for i, b := range got {
				sizes[i] = len(b)
			}
			t.Fatalf("run %d: fetch sizes %v, want [%d %d]", run, sizes, parents, parents*childrenEach)
		}
		if st := s.Stats(); st.Forced != 0 || st.Dispatches != 2 {
			t.Fatalf("run %d: stats %+v, want 2 dispatches and none forced", run, st)
		}
	}
}

// runtimeBusy spins, so a sibling is slow without sleeping.
func runtimeBusy(d time.Duration) {
	for end := time.Now().Add(d); time.Now().Before(end); {
	}
}

func TestLoadManyIsOneFetchAndKeepsOrder(t *testing.T) {
	var rec recorder
	s := NewScheduler(context.Background())
	l := NewLoader(s, rec.fetch, 100)
	var got []string
	siblings(s, 1, func(int) {
		var err error
		if got, err = l.LoadMany(context.Background(), []int{3, 1, 2, 1}); err != nil {
			t.Error(err)
		}
	})
	if diff := cmp.Diff([]string{"v3", "v1", "v2", "v1"}, got); diff != "" {
		t.Errorf("values (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([][]int{{1, 2, 3}}, rec.batches()); diff != "" {
		t.Errorf("fetches (-want +got):\n%s", diff)
	}
}

func TestBigBatchesSplitAtMaxBatchInOneDispatch(t *testing.T) {
	var rec recorder
	s := NewScheduler(context.Background())
	l := NewLoader(s, rec.fetch, 10)
	siblings(s, 25, func(i int) {
		if _, err := l.Load(context.Background(), i); err != nil {
			t.Error(err)
		}
	})
	sizes := []int{}
	for _, b := range rec.batches() {
		sizes = append(sizes, len(b))
	}
	slices.Sort(sizes)
	if diff := cmp.Diff([]int{5, 10, 10}, sizes); diff != "" {
		t.Errorf("fetch sizes (-want +got):\n%s", diff)
	}
	if st := s.Stats(); st.Dispatches != 1 || st.Fetches != 3 {
		t.Errorf("stats %+v, want 1 dispatch of 3 fetches", st)
	}
}

func TestErrorsReachEveryWaiter(t *testing.T) {
	rec := recorder{err: errors.New("neo4j is down")}
	s := NewScheduler(context.Background())
	l := NewLoader(s, rec.fetch, 100)
	var mu sync.Mutex
	var failed int
	siblings(s, 3, func(i int) {
		if _, err := l.Load(context.Background(), i); errors.Is(err, rec.err) {
			mu.Lock()
			failed++
			mu.Unlock()
		}
	})
	if failed != 3 || len(rec.batches()) != 1 {
		t.Errorf("%d of 3 loads failed after %d fetches; want all after 1", failed, len(rec.batches()))
	}
}

func TestFetchesRunWithTheRequestContext(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var rec recorder
	s := NewScheduler(ctx)
	l := NewLoader(s, func(ctx context.Context, keys []int) (map[int]string, error) {
		if _, err := rec.fetch(ctx, keys); err != nil {
			return nil, err
		}
		return nil, ctx.Err() // a driver honours the context it is given
	}, 100)
	var err error
	siblings(s, 1, func(int) { _, err = l.Load(context.Background(), 1) })
	if !errors.Is(err, context.Canceled) {
		t.Errorf("load of a cancelled request: %v, want context.Canceled", err)
	}
}

func TestStallGuardFetchesWhenAnnouncedWorkNeverStarts(t *testing.T) {
	var rec recorder
	s := NewScheduler(context.Background())
	l := NewLoader(s, rec.fetch, 100)
	s.Expect(2) // the second never starts, as when a field fails before it runs
	s.Start()
	start := time.Now()
	v, err := l.Load(context.Background(), 7)
	s.Done(0)
	if err != nil || v != "v7" {
		t.Fatalf("got %q, %v", v, err)
	}
	if waited := time.Since(start); waited < StallTimeout {
		t.Errorf("fetched after %s, before the stall guard's %s", waited, StallTimeout)
	}
	if st := s.Stats(); st.Forced != 1 {
		t.Errorf("stats %+v, want 1 forced dispatch", st)
	}
}
