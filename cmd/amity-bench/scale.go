package main

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime/pprof"
	"slices"
	"strings"
	"sync/atomic"
	"time"

	"github.com/amity-graph/amity/graph"
	"github.com/amity-graph/amity/internal/server"
	"github.com/amity-graph/amity/internal/store"
	"github.com/amity-graph/amity/internal/synth"
)

// inProcess is Amity's real HTTP handler over the bench store, with every request's
// Cypher statements counted (store.WithStatementCounter). It measures round trips and
// is what -profile profiles; throughput is measured against the subprocess.
type inProcess struct {
	handler http.Handler
	last    atomic.Int64
}

func newInProcess(db *store.Store) (*inProcess, error) {
	cfg, err := server.ConfigFromEnv(func(name string) string { return amityEnv[name] })
	if err != nil {
		return nil, err
	}
	quiet := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelError}))
	srv, err := server.New(cfg, &graph.Resolver{Store: db, Logger: quiet}, db, quiet)
	if err != nil {
		return nil, err
	}
	ip := &inProcess{}
	h := srv.Handler()
	ip.handler = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx, n := store.WithStatementCounter(r.Context())
		h.ServeHTTP(w, r.WithContext(ctx))
		ip.last.Store(n.Load())
	})
	return ip, nil
}

// call runs one request in-process and returns the answer and its statement count.
func (ip *inProcess) call(body []byte) ([]byte, int, error) {
	req := httptest.NewRequest(http.MethodPost, "/query", strings.NewReader(string(body)))
	req.Header.Set("Content-Type", "application/json")
	rec := httptest.NewRecorder()
	ip.handler.ServeHTTP(rec, req)
	out := rec.Body.Bytes()
	if rec.Code != http.StatusOK || strings.Contains(string(out), `"errors"`) {
		return out, 0, fmt.Errorf("in-process amity: HTTP %d: %.300s", rec.Code, out)
	}
	return out, int(ip.last.Load()), nil
}

type prepared struct {
	q          benchQuery
	amityBody  [][]byte
	peerBody   [][]byte
	rtAmity    []int
	rtDriver   []int
	rtPeer     []float64
	sizes      []int
	peerSizes  []int
	driverSize []int
}

func benchScale(ctx context.Context, e *env, g *synth.Graph, lm synth.Landmarks) ([]Record, error) {
	o := e.o
	sn := synth.ScaleName(g.Config.Scale)
	var qs []benchQuery
	for _, q := range mix(lm) {
		if len(o.queries) == 0 || slices.Contains(o.queries, q.name) {
			qs = append(qs, q)
		}
	}
	var amity, peer *proc
	var amityC, peerC *gqlClient
	var err error
	if o.wants("amity") {
		if amity, err = startAmity(ctx, e, sn); err != nil {
			return nil, err
		}
		defer amity.stop()
		if amityC, err = newClient(fmt.Sprintf("http://127.0.0.1:%d/query", o.amityPort)); err != nil {
			return nil, err
		}
	}
	if o.wants("peer") {
		if peer, err = startPeer(ctx, e, sn); err != nil {
			return nil, err
		}
		defer peer.stop()
		if peerC, err = newClient(fmt.Sprintf("http://127.0.0.1:%d/graphql", o.peerPort)); err != nil {
			return nil, err
		}
	}
	ip, err := newInProcess(e.db)
	if err != nil {
		return nil, err
	}

	// Prepare bodies, check that the three targets give the same answers, and count
	// round trips per request.
	var ps []*prepared
	for _, q := range qs {
		p := &prepared{q: q}
		for _, v := range q.variants {
			p.amityBody = append(p.amityBody, gqlBody(q.amity, v.amity))
			p.peerBody = append(p.peerBody, gqlBody(q.peer, v.peer))
		}
		for i, v := range q.variants {
			out, rt, err := ip.call(p.amityBody[i])
			if err != nil {
				return nil, fmt.Errorf("%s/%s: %w", q.name, v.label, err)
			}
			data, err := decodeData(out)
			if err != nil {
				return nil, err
			}
			size := countAt(data, q.amitySize)
			p.sizes = append(p.sizes, size)
			p.rtAmity = append(p.rtAmity, rt)

			dctx, n := store.WithStatementCounter(ctx)
			dsize, err := q.driver(dctx, e.db, v.args)
			if err != nil {
				return nil, fmt.Errorf("%s/%s driver: %w", q.name, v.label, err)
			}
			p.driverSize = append(p.driverSize, dsize)
			p.rtDriver = append(p.rtDriver, int(n.Load()))

			if amityC != nil {
				out, err := amityC.post(ctx, p.amityBody[i])
				if err != nil {
					return nil, fmt.Errorf("%s/%s amity: %w", q.name, v.label, err)
				}
				if d, err := decodeData(out); err != nil || countAt(d, q.amitySize) != size {
					return nil, fmt.Errorf("%s/%s: the Amity server and in-process Amity disagree (%v)", q.name, v.label, err)
				}
			}
			if peerC != nil {
				// The first request of a fresh peer also checks the Neo4j version: warm up first.
				if _, err := peerC.post(ctx, p.peerBody[i]); err != nil {
					return nil, fmt.Errorf("%s/%s peer: %w", q.name, v.label, err)
				}
				before, err := peerStatements(ctx, o.peerPort)
				if err != nil {
					return nil, err
				}
				out, err := peerC.post(ctx, p.peerBody[i])
				if err != nil {
					return nil, fmt.Errorf("%s/%s peer: %w", q.name, v.label, err)
				}
				after, err := peerStatements(ctx, o.peerPort)
				if err != nil {
					return nil, err
				}
				d, err := decodeData(out)
				if err != nil {
					return nil, err
				}
				p.peerSizes = append(p.peerSizes, countAt(d, q.peerSize))
				p.rtPeer = append(p.rtPeer, float64(after-before))
			}
		}
		logf("SF%s %-13s sizes amity=%v driver=%v peer=%v  statements/request amity=%v driver=%v peer=%v",
			sn, q.name, p.sizes, p.driverSize, p.peerSizes, p.rtAmity, p.rtDriver, p.rtPeer)
		if p.peerSizes != nil && !slices.Equal(p.sizes, p.peerSizes) {
			logf("  note: %s answers differ in size between Amity and the peer (see BENCHMARKS.md on equivalence)", q.name)
		}
		ps = append(ps, p)
	}

	var recs []Record
	for _, p := range ps {
		q := p.q
		n := len(q.variants)
		for _, c := range o.concurrency {
			r := Record{Scale: g.Config.Scale, Query: q.name, Concurrency: c, ResultSizes: p.sizes}
			r.AmityRoundTrips, r.AmityRoundTripsMin, r.AmityRoundTripsMax = meanMinMax(p.rtAmity)
			r.DriverRoundTrips, _, _ = meanMinMax(p.rtDriver)
			if len(p.rtPeer) > 0 {
				r.PeerRoundTrips = meanF(p.rtPeer)
			}
			if o.wants("driver") {
				s := measure(ctx, c, o.warmup, o.duration, o.maxRequests, 0, func(ctx context.Context, i int) error {
					_, err := q.driver(ctx, e.db, q.variants[i%n].args)
					return err
				})
				r.DriverQPS, r.DriverP50Ms, r.DriverP95Ms, r.DriverP99Ms = s.qps(), ms(s.p50), ms(s.p95), ms(s.p99)
				r.DriverRequests, r.DriverErrors = s.requests, s.errors
				report(sn, q.name, c, "driver", s)
			}
			if amityC != nil {
				s := measure(ctx, c, o.warmup, o.duration, o.maxRequests, amity.pid(), func(ctx context.Context, i int) error {
					_, err := amityC.post(ctx, p.amityBody[i%n])
					return err
				})
				r.AmityQPS, r.AmityP50Ms, r.AmityP95Ms, r.AmityP99Ms = s.qps(), ms(s.p50), ms(s.p95), ms(s.p99)
				r.AmityRequests, r.AmityErrors, r.AmityRSSMB = s.requests, s.errors, float64(s.rssMaxKB)/1024
				report(sn, q.name, c, "amity", s)
			}
			if peerC != nil {
				s := measure(ctx, c, o.warmup, o.duration, o.maxRequests, peer.pid(), func(ctx context.Context, i int) error {
					_, err := peerC.post(ctx, p.peerBody[i%n])
					return err
				})
				r.PeerQPS, r.PeerP50Ms, r.PeerP95Ms, r.PeerP99Ms = s.qps(), ms(s.p50), ms(s.p95), ms(s.p99)
				r.PeerRequests, r.PeerErrors, r.PeerRSSMB = s.requests, s.errors, float64(s.rssMaxKB)/1024
				report(sn, q.name, c, "peer", s)
			}
			if r.DriverQPS > 0 {
				r.AmityOverDriver = round3(r.AmityQPS / r.DriverQPS)
			}
			if r.PeerQPS > 0 {
				r.AmityOverPeer = round3(r.AmityQPS / r.PeerQPS)
			}
			r.AmityQPS, r.DriverQPS, r.PeerQPS = round1(r.AmityQPS), round1(r.DriverQPS), round1(r.PeerQPS)
			r.AmityRSSMB, r.PeerRSSMB = round1(r.AmityRSSMB), round1(r.PeerRSSMB)
			recs = append(recs, r)
			if err := ctx.Err(); err != nil {
				return recs, err
			}
		}
	}
	if o.profileDir != "" {
		if err := profileAmity(ctx, e, ip, ps, sn); err != nil {
			return recs, err
		}
	}
	return recs, nil
}

func report(sn, q string, c int, target string, s stats) {
	msg := fmt.Sprintf("SF%s %-13s c=%-2d %-6s %8.1f req/s  p50 %7.2f ms  p95 %7.2f ms  p99 %7.2f ms  (%d requests",
		sn, q, c, target, s.qps(), ms(s.p50), ms(s.p95), ms(s.p99), s.requests)
	if s.rssMaxKB > 0 {
		msg += fmt.Sprintf(", rss %.0f MB", float64(s.rssMaxKB)/1024)
	}
	if s.errors > 0 {
		msg += fmt.Sprintf(", %d ERRORS, first: %s", s.errors, s.firstErr)
	}
	logf("%s)", msg)
}

func peerStatements(ctx context.Context, port int) (int64, error) {
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, fmt.Sprintf("http://127.0.0.1:%d/stats", port), nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	var s struct{ Statements int64 }
	return s.Statements, json.NewDecoder(resp.Body).Decode(&s)
}

// profileAmity serves in-process Amity on a loopback port and records a CPU profile of
// each query at the highest concurrency.
func profileAmity(ctx context.Context, e *env, ip *inProcess, ps []*prepared, sn string) error {
	dir := e.o.path(e.o.profileDir)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	srv := &http.Server{Handler: ip.handler}
	go srv.Serve(ln)
	defer srv.Close()
	c, err := newClient("http://" + ln.Addr().String() + "/query")
	if err != nil {
		return err
	}
	conc := slices.Max(e.o.concurrency)
	for _, p := range ps {
		path := filepath.Join(dir, fmt.Sprintf("amity-sf%s-%s.pprof", sn, p.q.name))
		f, err := os.Create(path)
		if err != nil {
			return err
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			f.Close()
			return err
		}
		n := len(p.amityBody)
		s := measure(ctx, conc, 0, e.o.duration, e.o.maxRequests, 0, func(ctx context.Context, i int) error {
			_, err := c.post(ctx, p.amityBody[i%n])
			return err
		})
		pprof.StopCPUProfile()
		f.Close()
		report(sn, p.q.name, conc, "inproc", s)
		logf("  CPU profile (bench process: load generator and in-process Amity) in %s", path)
	}
	return nil
}

func meanMinMax(xs []int) (float64, int, int) {
	if len(xs) == 0 {
		return 0, 0, 0
	}
	sum := 0
	for _, x := range xs {
		sum += x
	}
	return round3(float64(sum) / float64(len(xs))), slices.Min(xs), slices.Max(xs)
}

func meanF(xs []float64) float64 {
	s := 0.0
	for _, x := range xs {
		s += x
	}
	return round3(s / float64(len(xs)))
}

func round1(x float64) float64 { return float64(int64(x*10+0.5)) / 10 }
func round3(x float64) float64 { return float64(int64(x*1000+0.5)) / 1000 }

var _ = time.Second
