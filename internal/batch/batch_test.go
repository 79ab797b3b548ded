package batch

import (
	"context"
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestLoaderBatchesConcurrentLoads(t *testing.T) {
	var calls atomic.Int32
	var seen [][]int
	var mu sync.Mutex
	l := New(func(_ context.Context, keys []int) (map[int]string, error) {
		calls.Add(1)
		mu.Lock()
		seen = append(seen, append([]int(nil), keys...))
		mu.Unlock()
		out := map[int]string{}
		for _, k := range keys {
			out[k] = fmt.Sprint("v", k)
		}
		return out, nil
	}, 20*time.Millisecond, 100)

	var wg sync.WaitGroup
	got := make([]string, 10)
	for i := range 10 {
		wg.Go(func() {
			v, err := l.Load(context.Background(), i%5)
			if err != nil {
				t.Error(err)
			}
			got[i] = v
		})
	}
	wg.Wait()
	if n := calls.Load(); n != 1 {
		t.Fatalf("fetch called %d times, want 1 (batches %v)", n, seen)
	}
	keys := seen[0]
	sort.Ints(keys)
	if diff := cmp.Diff([]int{0, 1, 2, 3, 4}, keys); diff != "" {
		t.Errorf("batched keys (-want +got):\n%s", diff)
	}
	want := []string{"v0", "v1", "v2", "v3", "v4", "v0", "v1", "v2", "v3", "v4"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("values (-want +got):\n%s", diff)
	}
	// A later load of a cached key costs nothing.
	if v, _ := l.Load(context.Background(), 3); v != "v3" || calls.Load() != 1 {
		t.Errorf("cached load = %q after %d fetches, want v3 after 1", v, calls.Load())
	}
}

func TestLoadManyIsOneFetch(t *testing.T) {
	var calls atomic.Int32
	l := New(func(_ context.Context, keys []string) (map[string]int, error) {
		calls.Add(1)
		out := map[string]int{}
		for _, k := range keys {
			out[k] = len(k)
		}
		return out, nil
	}, time.Millisecond, 100)
	got, err := l.LoadMany(context.Background(), []string{"a", "bb", "ccc", "a"})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]int{1, 2, 3, 1}, got); diff != "" {
		t.Errorf("values (-want +got):\n%s", diff)
	}
	if n := calls.Load(); n != 1 {
		t.Errorf("LoadMany of 4 keys fetched %d times, want 1", n)
	}
}

func TestLoaderSplitsAtMaxBatch(t *testing.T) {
	var calls atomic.Int32
	l := New(func(_ context.Context, keys []int) (map[int]int, error) {
		calls.Add(1)
		out := map[int]int{}
		for _, k := range keys {
			out[k] = k * 2
		}
		return out, nil
	}, time.Millisecond, 3)
	got, err := l.LoadMany(context.Background(), []int{0, 1, 2, 3, 4, 5})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]int{0, 2, 4, 6, 8, 10}, got); diff != "" {
		t.Errorf("values (-want +got):\n%s", diff)
	}
	if n := calls.Load(); n != 2 {
		t.Errorf("fetch called %d times, want 2 batches of 3", n)
	}
}

func TestLoaderPropagatesErrors(t *testing.T) {
	l := New(func(context.Context, []string) (map[string]int, error) {
		return nil, fmt.Errorf("boom")
	}, time.Millisecond, 10)
	if _, err := l.Load(context.Background(), "x"); err == nil || err.Error() != "boom" {
		t.Errorf("Load error = %v, want boom", err)
	}
}

type aloneKey struct{}

// A load whose caller is alone fetches at once, on its own, while other loads still
// batch; both share the cache.
func TestLoaderAloneFetchesAtOnce(t *testing.T) {
	var mu sync.Mutex
	var seen [][]int
	l := New(func(_ context.Context, keys []int) (map[int]int, error) {
		mu.Lock()
		seen = append(seen, append([]int(nil), keys...))
		mu.Unlock()
		out := map[int]int{}
		for _, k := range keys {
			out[k] = k * 10
		}
		return out, nil
	}, time.Hour, 100).WithAlone(func(ctx context.Context) bool { return ctx.Value(aloneKey{}) != nil })
	ctx, cancel := context.WithTimeout(context.WithValue(context.Background(), aloneKey{}, true), 10*time.Second)
	defer cancel()
	// With a one-hour window, only an immediate fetch can answer before the deadline.
	got, err := l.LoadMany(ctx, []int{1, 2})
	if err != nil {
		t.Fatalf("alone load: %v (it waited for the batch window)", err)
	}
	if diff := cmp.Diff([]int{10, 20}, got); diff != "" {
		t.Errorf("values (-want +got):\n%s", diff)
	}
	if v, err := l.Load(ctx, 2); err != nil || v != 20 {
		t.Errorf("cached alone load = %d, %v; want 20", v, err)
	}
	if diff := cmp.Diff([][]int{{1, 2}}, seen); diff != "" {
		t.Errorf("fetches (-want +got):\n%s", diff)
	}
}
