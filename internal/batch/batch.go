// Package batch owns request-scoped batching: a Loader gathers the keys that concurrent
// resolvers ask for within a short window and fetches them in one call, so a list of N
// items costs one database round trip per level instead of N.
package batch

import (
	"context"
	"runtime"
	"sync"
	"time"
)

// Fetch loads many keys at once. Keys it does not return are reported as the zero value.
type Fetch[K comparable, V any] func(ctx context.Context, keys []K) (map[K]V, error)

// Loader batches and caches loads for one request.
type Loader[K comparable, V any] struct {
	fetch    Fetch[K, V]
	wait     time.Duration
	maxBatch int
	// alone, when set, reports that no other caller can join a load made with ctx (the
	// caller is the only one of its kind in the request); such loads fetch at once.
	alone func(ctx context.Context) bool

	mu    sync.Mutex
	cur   *pending[K, V]
	cache map[K]*pending[K, V]
}

type pending[K comparable, V any] struct {
	keys []K
	full chan struct{}
	done chan struct{}
	res  map[K]V
	err  error
}

// New makes a loader that waits for more keys until none has come for wait, and fetches
// at once when maxBatch keys are waiting.
func New[K comparable, V any](fetch Fetch[K, V], wait time.Duration, maxBatch int) *Loader[K, V] {
	return &Loader[K, V]{fetch: fetch, wait: wait, maxBatch: maxBatch, cache: map[K]*pending[K, V]{}}
}

// WithAlone makes loads for which alone(ctx) is true skip the wait: nobody could join
// their batch, so waiting would only add latency. It returns l.
func (l *Loader[K, V]) WithAlone(alone func(ctx context.Context) bool) *Loader[K, V] {
	l.alone = alone
	return l
}

// Load returns the value for k, sharing one fetch with every other key asked for in the
// same window, and remembering the answer for the rest of the request.
func (l *Loader[K, V]) Load(ctx context.Context, k K) (V, error) {
	vs, err := l.LoadMany(ctx, []K{k})
	if err != nil {
		var zero V
		return zero, err
	}
	return vs[0], nil
}

// LoadMany returns the values for keys, in order. All keys join the current batch before
// it waits, so a list of ids costs one fetch, not one per id.
func (l *Loader[K, V]) LoadMany(ctx context.Context, keys []K) ([]V, error) {
	ps := make([]*pending[K, V], len(keys))
	var now *pending[K, V] // this call's own batch, when it is alone
	if l.alone != nil && l.alone(ctx) {
		now = &pending[K, V]{done: make(chan struct{})}
	}
	l.mu.Lock()
	for i, k := range keys {
		p, ok := l.cache[k]
		if !ok && now != nil {
			p = now
			p.keys = append(p.keys, k)
			l.cache[k] = p
		} else if !ok {
			if l.cur == nil {
				l.cur = &pending[K, V]{full: make(chan struct{}), done: make(chan struct{})}
				go l.run(ctx, l.cur)
			}
			p = l.cur
			p.keys = append(p.keys, k)
			l.cache[k] = p
			if len(p.keys) >= l.maxBatch {
				l.cur = nil
				close(p.full)
			}
		}
		ps[i] = p
	}
	l.mu.Unlock()
	if now != nil {
		if len(now.keys) > 0 {
			now.res, now.err = l.fetch(ctx, now.keys)
		}
		close(now.done)
	}
	out := make([]V, len(keys))
	for i, p := range ps {
		select {
		case <-p.done:
		case <-ctx.Done():
			return nil, ctx.Err()
		}
		if p.err != nil {
			return nil, p.err
		}
		out[i] = p.res[keys[i]]
	}
	return out, nil
}

// run fires the batch once no new key has come in for one wait, or when it is full.
// Sibling resolvers are goroutines that have usually been started already: a few yields
// of the processor let them reach Load, then one quiet wait confirms nobody else is
// coming; while keys keep arriving it waits again, at most maxWaits times. Keys that
// keep arriving mean a big level is still being reached (thousands of list elements
// marshalled on two cores took longer than ten waits and split the level in two), so
// the cap is generous: the wait is short beside fetching such a level, and maxBatch
// ends it anyway.
func (l *Loader[K, V]) run(ctx context.Context, p *pending[K, V]) {
	const (
		yieldRounds = 2 // cheap rounds that let already-started siblings reach Load
		maxWaits    = 100
	)
	seen := -1
	for round := 0; ; round++ {
		if round < yieldRounds {
			for range 4 {
				runtime.Gosched()
			}
		} else {
			waitQuiet(l.wait, p.full)
		}
		l.mu.Lock()
		n, full := len(p.keys), l.cur != p
		// Only a timed round with no new key ends the wait: yielding alone can miss
		// siblings that are still busy marshalling their parent.
		if full || (round >= yieldRounds && n == seen) || round >= yieldRounds+maxWaits {
			break
		}
		seen = n
		l.mu.Unlock()
	}
	if l.cur == p {
		l.cur = nil
	}
	keys := p.keys
	l.mu.Unlock()
	p.res, p.err = l.fetch(context.WithoutCancel(ctx), keys)
	close(p.done)
}

// waitQuiet sleeps for d unless full is already closed. The Go runtime rounds timers
// under a millisecond up to a whole millisecond when the process is idle (its poller
// sleeps in milliseconds), which made every batch level cost 1 ms at low load; a thread
// sleep (sleepFor) keeps the wait as short as asked. A batch that fills up during the
// sleep fires at its end, at most d late, which is small beside fetching a full batch.
func waitQuiet(d time.Duration, full <-chan struct{}) {
	select {
	case <-full:
	default:
		sleepFor(d)
	}
}
