package server

import (
	"net/http"
	"net/http/httptest"
	"testing"
	"time"
)

// fakeClock is a rateLimiter's clock that moves only when told.
type fakeClock struct{ t time.Time }

func (c *fakeClock) now() time.Time          { return c.t }
func (c *fakeClock) advance(d time.Duration) { c.t = c.t.Add(d) }

func testLimiter(perSecond float64, burst int) (*rateLimiter, *fakeClock) {
	clock := &fakeClock{t: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	l := newRateLimiter(perSecond, burst)
	l.now = clock.now
	return l, clock
}

func TestRateLimiterBurstAndWait(t *testing.T) {
	l, clock := testLimiter(1, 3)
	for i := range 3 {
		if ok, _ := l.allow("ip:a"); !ok {
			t.Fatalf("request %d of a burst of 3 refused", i+1)
		}
	}
	ok, wait := l.allow("ip:a")
	if ok || wait != time.Second || retryAfter(wait) != "1" {
		t.Errorf("4th request at 1/s: ok %v, wait %v (Retry-After %s); want refused, 1s, 1", ok, wait, retryAfter(wait))
	}
	if ok, _ := l.allow("ip:b"); !ok {
		t.Error("another key shares the first key's bucket")
	}
	clock.advance(400 * time.Millisecond)
	// Refused requests take no token, so the wait keeps shrinking as time passes.
	for range 5 {
		if ok, wait := l.allow("ip:a"); ok || wait != 600*time.Millisecond || retryAfter(wait) != "1" {
			t.Errorf("after 400ms: ok %v, wait %v; want refused, 600ms", ok, wait)
		}
	}
	clock.advance(600 * time.Millisecond)
	if ok, _ := l.allow("ip:a"); !ok {
		t.Error("a second after the bucket emptied, the refilled token was refused")
	}
	if ok, _ := l.allow("ip:a"); ok {
		t.Error("one second refilled more than one token")
	}
}

func TestRateLimiterSlowRateRetryAfter(t *testing.T) {
	l, _ := testLimiter(0.25, 1)
	l.allow("k")
	if ok, wait := l.allow("k"); ok || wait != 4*time.Second || retryAfter(wait) != "4" {
		t.Errorf("at one request per 4s: ok %v, wait %v; want refused, 4s", ok, wait)
	}
}

func TestRateLimiterOff(t *testing.T) {
	l, _ := testLimiter(0, 1)
	for range 1000 {
		if ok, _ := l.allow("k"); !ok {
			t.Fatal("a rate of 0 refused a request")
		}
	}
	if len(l.keys) != 0 {
		t.Errorf("a rate of 0 kept %d keys", len(l.keys))
	}
}

func TestRateLimiterForgetsIdleKeys(t *testing.T) {
	l, clock := testLimiter(1, 100)
	for range 100 {
		l.allow("drained")
	}
	l.allow("used-once")
	clock.advance(61 * time.Second) // used-once is full again; drained has 61 of 100
	l.allow("new")
	if _, ok := l.keys["used-once"]; ok {
		t.Error("a key whose bucket refilled was kept")
	}
	if _, ok := l.keys["drained"]; !ok {
		t.Error("a key whose bucket is not yet full was forgotten")
	}
	if ok, wait := l.allow("drained"); !ok || wait != 0 {
		t.Errorf("drained after 61s: ok %v, wait %v", ok, wait)
	}
	clock.advance(30 * time.Second) // no sweep within a minute of the last
	l.allow("other")
	if len(l.keys) != 3 {
		t.Errorf("%d keys after a second sweep within a minute, want 3", len(l.keys))
	}
}

func TestRateLimitedRequestGetsRetryAfter(t *testing.T) {
	h := testServer(t, map[string]string{"AMITY_RATE_LIMIT": "0.5", "AMITY_RATE_BURST": "1"}, nil)
	get := func() *httptest.ResponseRecorder {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", "/query?query={__typename}", nil))
		return rec
	}
	if rec := get(); rec.Code == http.StatusTooManyRequests {
		t.Fatalf("first request was rate limited: %s", rec.Body)
	}
	rec := get()
	if rec.Code != http.StatusTooManyRequests || rec.Header().Get("Retry-After") != "2" {
		t.Errorf("second request at 0.5/s: %d, Retry-After %q; want 429, 2", rec.Code, rec.Header().Get("Retry-After"))
	}
}
