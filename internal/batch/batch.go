// Package batch owns request-scoped batching: Loaders gather the keys that concurrent
// resolvers ask for and fetch them in one call, and a Scheduler decides when.
//
// The Scheduler dispatches when the request cannot progress without a fetch: every
// piece of work that has been announced has started, every started piece is either
// finished or waiting on a loader, and no fetch is running. All loaders with waiting keys
// then fetch at once, each in as few calls as its batch limit allows. Whether a key joins
// a batch therefore depends only on which work needs it before the request stalls, that
// is on the query and the data, never on how fast goroutines happen to run: the same
// request against the same data sends the same statements in the same batches.
//
// The caller (the GraphQL layer) tells the Scheduler about work with Expect, Start and
// Done. Work that starts without having been announced is tolerated (it runs, but could
// miss a batch it would otherwise have joined); announced work that never starts would
// stall the request, so a stall that lasts StallTimeout with no progress dispatches
// anyway and is counted in Stats.Forced.
package batch

import (
	"context"
	"sync"
	"time"
)

// StallTimeout is how long a request may sit with work announced but not started, and
// nothing else moving, before waiting keys are fetched anyway. Correctly announced work
// never waits this long; it guards against a field that fails before it starts.
const StallTimeout = 100 * time.Millisecond

// Fetch loads many keys at once. Keys it does not return are reported as the zero value.
type Fetch[K comparable, V any] func(ctx context.Context, keys []K) (map[K]V, error)

// Scheduler tracks one request's work and dispatches the loaders' batches when the
// request can go no further without them.
type Scheduler struct {
	ctx context.Context // the request's: fetches run with it, so cancelling it reaches the database

	mu       sync.Mutex
	pending  int // announced, not started
	active   int // started, not finished, not waiting
	inflight int // fetches running
	queued   []dispatcher
	progress uint64 // bumped on every change, for the stall guard
	stall    *time.Timer
	stats    Stats
}

// Stats says how a request's batching went.
type Stats struct {
	Dispatches int // times the request stalled and its queued batches were fetched
	Fetches    int // fetch calls made
	Forced     int // dispatches made by the stall guard, not by the rule
}

type dispatcher interface {
	// dispatch takes the queued batch and returns its fetches, to be run once the
	// scheduler's lock (held during the call) is released.
	dispatch() []func()
}

// NewScheduler makes the scheduler of one request; ctx is the request's context.
func NewScheduler(ctx context.Context) *Scheduler {
	return &Scheduler{ctx: ctx}
}

// Expect announces n pieces of work that will Start.
func (s *Scheduler) Expect(n int) {
	if n <= 0 {
		return
	}
	s.mu.Lock()
	s.pending += n
	s.progress++
	s.mu.Unlock()
}

// run runs fetches that a dispatch returned: the calling goroutine has nothing else to
// do (the request is waiting on these fetches), so it runs the first itself and only
// the others get goroutines of their own.
func run(jobs []func()) {
	if len(jobs) == 0 {
		return
	}
	for _, job := range jobs[1:] {
		go job()
	}
	jobs[0]()
}

// Start marks one announced piece of work as running.
func (s *Scheduler) Start() {
	s.mu.Lock()
	if s.pending > 0 {
		s.pending--
	}
	s.active++
	s.progress++
	s.mu.Unlock()
}

// Begin marks a piece of work that was not announced as running: work that runs only
// after everything before it has finished, such as a mutation's next root field.
func (s *Scheduler) Begin() {
	s.mu.Lock()
	s.active++
	s.progress++
	s.mu.Unlock()
}

// Done marks a running piece of work as finished, announcing the children it will start.
func (s *Scheduler) Done(children int) {
	s.mu.Lock()
	s.pending += max(children, 0)
	s.active--
	s.progress++
	jobs := s.maybeDispatch()
	s.mu.Unlock()
	run(jobs)
}

// Skip marks an announced piece of work that finished without ever waiting (it could not
// load anything), announcing its children: Start and Done in one step.
func (s *Scheduler) Skip(children int) {
	s.mu.Lock()
	if s.pending > 0 {
		s.pending--
	}
	s.pending += max(children, 0)
	s.progress++
	jobs := s.maybeDispatch()
	s.mu.Unlock()
	run(jobs)
}

// Stats reports the request's batching so far.
func (s *Scheduler) Stats() Stats {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.stats
}

// maybeDispatch returns the fetches to run when the request can go no further without
// them; it runs with s.mu held.
func (s *Scheduler) maybeDispatch() []func() {
	if len(s.queued) == 0 || s.inflight > 0 || s.active > 0 {
		return nil
	}
	if s.pending > 0 {
		s.armStallGuard()
		return nil
	}
	return s.dispatchAll(false)
}

func (s *Scheduler) dispatchAll(forced bool) []func() {
	qs := s.queued
	s.queued = nil
	s.stats.Dispatches++
	if forced {
		s.stats.Forced++
	}
	var jobs []func()
	for _, q := range qs {
		jobs = append(jobs, q.dispatch()...)
	}
	s.inflight += len(jobs)
	s.stats.Fetches += len(jobs)
	return jobs
}

// armStallGuard starts the stall timer unless it runs; when it fires with no progress
// made since, the queued batches are fetched anyway.
func (s *Scheduler) armStallGuard() {
	if s.stall != nil {
		return
	}
	seen := s.progress
	s.stall = time.AfterFunc(StallTimeout, func() {
		s.mu.Lock()
		s.stall = nil
		var jobs []func()
		switch {
		case len(s.queued) == 0 || s.inflight > 0 || s.active > 0:
		case s.progress != seen:
			s.armStallGuard()
		default:
			jobs = s.dispatchAll(true)
		}
		s.mu.Unlock()
		run(jobs)
	})
}

// waiter is one Load call waiting for the batches that hold its keys.
type waiter struct {
	remaining int
	ready     chan struct{}
}

type batch[K comparable, V any] struct {
	keys    []K
	waiters []*waiter
	chunks  int // fetches not yet returned
	done    bool
	res     map[K]V
	err     error
}

// Loader batches and caches loads for one request. Its zero value is not usable; make
// one with NewLoader.
type Loader[K comparable, V any] struct {
	s        *Scheduler
	fetch    Fetch[K, V]
	maxBatch int
	cur      *batch[K, V] // queued, not yet dispatched
	cache    map[K]*batch[K, V]
}

// NewLoader makes a loader whose batches the scheduler dispatches; one fetch call takes
// at most maxBatch keys.
func NewLoader[K comparable, V any](s *Scheduler, fetch Fetch[K, V], maxBatch int) *Loader[K, V] {
	return &Loader[K, V]{s: s, fetch: fetch, maxBatch: max(maxBatch, 1), cache: map[K]*batch[K, V]{}}
}

// Load returns the value for k. The caller must be running work of the loader's
// scheduler (between Start and Done): while it waits, it does not count as running.
func (l *Loader[K, V]) Load(ctx context.Context, k K) (V, error) {
	vs, err := l.LoadMany(ctx, []K{k})
	if err != nil {
		var zero V
		return zero, err
	}
	return vs[0], nil
}

// LoadMany returns the values for keys, in order, remembering them for the rest of the
// request. All keys join the current batch, so a list of ids costs one fetch.
func (l *Loader[K, V]) LoadMany(_ context.Context, keys []K) ([]V, error) {
	s := l.s
	s.mu.Lock()
	bs := make([]*batch[K, V], len(keys))
	var w *waiter
	for i, k := range keys {
		b, ok := l.cache[k]
		if !ok {
			if l.cur == nil {
				l.cur = &batch[K, V]{}
				s.queued = append(s.queued, l)
			}
			b = l.cur
			b.keys = append(b.keys, k)
			l.cache[k] = b
		}
		bs[i] = b
		if !b.done && !waitsOn(b, w) {
			if w == nil {
				w = &waiter{ready: make(chan struct{})}
			}
			w.remaining++
			b.waiters = append(b.waiters, w)
		}
	}
	var jobs []func()
	if w != nil {
		s.active--
		s.progress++
		jobs = s.maybeDispatch()
	}
	s.mu.Unlock()
	run(jobs)
	if w != nil {
		<-w.ready // the scheduler counts this work as running again before it closes ready
	}
	out := make([]V, len(keys))
	for i, b := range bs {
		if b.err != nil {
			return nil, b.err
		}
		out[i] = b.res[keys[i]]
	}
	return out, nil
}

func waitsOn[K comparable, V any](b *batch[K, V], w *waiter) bool {
	if w == nil {
		return false
	}
	for _, x := range b.waiters {
		if x == w {
			return true
		}
	}
	return false
}

// dispatch returns the queued batch's fetches, in chunks of at most maxBatch keys;
// s.mu is held.
func (l *Loader[K, V]) dispatch() []func() {
	b := l.cur
	l.cur = nil
	if b == nil || len(b.keys) == 0 {
		return nil
	}
	b.res = make(map[K]V, len(b.keys))
	var jobs []func()
	for i := 0; i < len(b.keys); i += l.maxBatch {
		keys := b.keys[i:min(i+l.maxBatch, len(b.keys))]
		b.chunks++
		jobs = append(jobs, func() {
			res, err := l.fetch(l.s.ctx, keys)
			l.complete(b, res, err)
		})
	}
	return jobs
}

// complete records one fetch of a batch. When the batch's last fetch is in, its waiters
// count as running again in the same step that ends the fetch, so no dispatch can happen
// between the two; then the next dispatch, if the request is stalled again, runs here.
func (l *Loader[K, V]) complete(b *batch[K, V], res map[K]V, err error) {
	s := l.s
	s.mu.Lock()
	for k, v := range res {
		b.res[k] = v
	}
	if err != nil && b.err == nil {
		b.err = err
	}
	b.chunks--
	s.inflight--
	s.progress++
	if b.chunks == 0 {
		b.done = true
		for _, w := range b.waiters {
			w.remaining--
			if w.remaining == 0 {
				s.active++
				close(w.ready)
			}
		}
		b.waiters = nil
	}
	jobs := s.maybeDispatch()
	s.mu.Unlock()
	run(jobs)
}
