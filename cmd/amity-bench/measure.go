package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"net"
	"net/http"
	"net/url"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// sample is what one measured run saw.
type sample struct {
	lats     []time.Duration
	errors   int
	firstErr string
	elapsed  time.Duration
	rssMaxKB int64
}

// stats summarise one or more samples of a target.
type stats struct {
	requests int
	errors   int
	firstErr string
	elapsed  time.Duration
	p50      time.Duration
	p95      time.Duration
	p99      time.Duration
	rssMaxKB int64
}

func (s stats) qps() float64 {
	if s.elapsed <= 0 {
		return 0
	}
	return float64(s.requests) / s.elapsed.Seconds()
}

// summarize merges samples: requests and time add up, percentiles are over all requests.
func summarize(ss ...sample) stats {
	var st stats
	var all []time.Duration
	for _, s := range ss {
		all = append(all, s.lats...)
		st.errors += s.errors
		st.elapsed += s.elapsed
		st.rssMaxKB = max(st.rssMaxKB, s.rssMaxKB)
		if st.firstErr == "" {
			st.firstErr = s.firstErr
		}
	}
	slices.Sort(all)
	st.requests = len(all)
	st.p50, st.p95, st.p99 = pct(all, 0.50), pct(all, 0.95), pct(all, 0.99)
	return st
}

func ms(d time.Duration) float64 { return math.Round(float64(d)/1e4) / 100 }

// op is one request; i picks the parameter set.
type op func(ctx context.Context, i int) error

// measure runs op from conc workers: a warm-up, then the measured window. Every request
// that starts inside the window is measured to its end, however long it takes (bounded
// by a 2-minute guard), so slow requests are not dropped from the percentiles; the
// throughput is those requests divided by the time from the window's start until the
// last of them finished (the window's length when requests are short). At most maxReq
// requests are started. While it runs it samples the resident memory of pid (0 for none).
func measure(ctx context.Context, conc int, warmup, dur time.Duration, maxReq int, pid int, do op) sample {
	var next atomic.Int64
	var started atomic.Int64
	measureFrom := time.Now().Add(warmup)
	end := measureFrom.Add(dur)
	runCtx, cancel := context.WithDeadline(ctx, end.Add(2*time.Minute)) // a hung request cannot hang the bench
	defer cancel()
	lats := make([][]time.Duration, conc)
	lastEnd := make([]time.Time, conc)
	errs := make([]int, conc)
	var errMu sync.Mutex
	firstErr := ""
	var rssMax atomic.Int64
	stopSampler := make(chan struct{})
	samplerDone := make(chan struct{})
	go func() {
		defer close(samplerDone)
		if pid == 0 {
			return
		}
		t := time.NewTicker(200 * time.Millisecond)
		defer t.Stop()
		for {
			if kb := rssKB(pid); kb > rssMax.Load() {
				rssMax.Store(kb)
			}
			select {
			case <-t.C:
			case <-stopSampler:
				return
			}
		}
	}()
	var wg sync.WaitGroup
	for w := range conc {
		wg.Go(func() {
			for runCtx.Err() == nil {
				t0 := time.Now()
				if !t0.Before(end) {
					return
				}
				measured := !t0.Before(measureFrom)
				if measured && started.Add(1) > int64(maxReq) {
					return
				}
				i := int(next.Add(1) - 1)
				err := do(runCtx, i)
				t1 := time.Now()
				if !measured {
					continue
				}
				lastEnd[w] = t1
				if err != nil {
					errs[w]++
					errMu.Lock()
					if firstErr == "" {
						firstErr = err.Error()
					}
					errMu.Unlock()
					continue
				}
				lats[w] = append(lats[w], t1.Sub(t0))
			}
		})
	}
	wg.Wait()
	close(stopSampler)
	<-samplerDone
	s := sample{firstErr: firstErr, rssMaxKB: rssMax.Load(), elapsed: dur}
	for w := range conc {
		s.lats = append(s.lats, lats[w]...)
		s.errors += errs[w]
		if d := lastEnd[w].Sub(measureFrom); d > s.elapsed {
			s.elapsed = d
		}
	}
	if int(started.Load()) >= maxReq {
		// stopped by the request cap: the window ended at the last completion
		s.elapsed = 0
		for w := range conc {
			if d := lastEnd[w].Sub(measureFrom); d > s.elapsed {
				s.elapsed = d
			}
		}
	}
	return s
}

// pct is the nearest-rank percentile of sorted latencies.
func pct(sorted []time.Duration, p float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	i := int(math.Ceil(p*float64(len(sorted)))) - 1
	return sorted[max(0, min(i, len(sorted)-1))]
}

// rssKB reads VmRSS of a process.
func rssKB(pid int) int64 {
	b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, "VmRSS:"); ok {
			n, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
			return n
		}
	}
	return 0
}

// gqlClient posts GraphQL to a loopback endpoint.
type gqlClient struct {
	url  string
	http *http.Client
}

func newClient(endpoint string) (*gqlClient, error) {
	u, err := url.Parse(endpoint)
	if err != nil {
		return nil, err
	}
	if ip := net.ParseIP(u.Hostname()); ip == nil || !ip.IsLoopback() {
		return nil, fmt.Errorf("the load generator only talks to loopback addresses, not %s", u.Host)
	}
	tr := &http.Transport{MaxIdleConns: 256, MaxIdleConnsPerHost: 256, IdleConnTimeout: 90 * time.Second, DisableCompression: true,
		DialContext: (&net.Dialer{Timeout: 5 * time.Second}).DialContext}
	return &gqlClient{url: endpoint, http: &http.Client{Transport: tr, Timeout: 2 * time.Minute}}, nil
}

// body is a prepared request body.
func gqlBody(query string, vars map[string]any) []byte {
	b, err := json.Marshal(map[string]any{"query": query, "variables": vars})
	if err != nil {
		panic(err)
	}
	return b
}

var errorsKey = []byte(`"errors"`)

// post sends a prepared body and checks the answer has no errors; it returns the body.
func (c *gqlClient) post(ctx context.Context, body []byte) ([]byte, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.url, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	out, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode != http.StatusOK || bytes.Contains(out, errorsKey) {
		return out, fmt.Errorf("HTTP %d: %.300s", resp.StatusCode, out)
	}
	return out, nil
}

// decodeData returns the "data" of a GraphQL answer.
func decodeData(body []byte) (any, error) {
	var r struct {
		Data   any `json:"data"`
		Errors []struct {
			Message string `json:"message"`
		} `json:"errors"`
	}
	if err := json.Unmarshal(body, &r); err != nil {
		return nil, err
	}
	if len(r.Errors) > 0 {
		return nil, fmt.Errorf("graphql error: %s", r.Errors[0].Message)
	}
	return r.Data, nil
}
