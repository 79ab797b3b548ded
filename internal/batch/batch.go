// Package batch owns request-scoped batching: a Loader gathers the keys that concurrent
// resolvers ask for within a short window and fetches them in one call, so a list of N
// items costs one database round trip per level instead of N.
package batch

import (
	"context"
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

// Load returns the value for k, sharing one fetch with every other key asked for in the
// same window, and remembering the answer for the rest of the request.
func (l *Loader[K, V]) Load(ctx context.Context, k K) (V, error) {
	l.mu.Lock()
	p, ok := l.cache[k]
	if !ok {
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
	l.mu.Unlock()
	select {
	case <-p.done:
	case <-ctx.Done():
		var zero V
		return zero, ctx.Err()
	}
	if p.err != nil {
		var zero V
		return zero, p.err
	}
	return p.res[k], nil
}

// run fires the batch once no new key has arrived for one wait (sibling resolvers start
// at slightly different times, more so on a busy machine), or after maxWaits waits, or
// as soon as the batch is full.
func (l *Loader[K, V]) run(ctx context.Context, p *pending[K, V]) {
	const maxWaits = 8
	t := time.NewTimer(l.wait)
	defer t.Stop()
	seen := -1
	for i := 0; ; i++ {
		select {
		case <-t.C:
		case <-p.full:
		}
		l.mu.Lock()
		n, full := len(p.keys), l.cur != p
		if full || n == seen || i+1 >= maxWaits {
			break
		}
		seen = n
		l.mu.Unlock()
		t.Reset(l.wait)
	}
	if l.cur == p {
		l.cur = nil
	}
	keys := p.keys
	l.mu.Unlock()
	p.res, p.err = l.fetch(context.WithoutCancel(ctx), keys)
	close(p.done)
}
