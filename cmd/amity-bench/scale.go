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
	"github.com/amity-graph/amity/internal/config"
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
	cfg, err := config.FromEnv(func(name string) string { return amityEnv[name] })
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
	baseSizes  []int
	peerSizes  []int
	driverSize []int
	excluded   []string
}

type variantResult struct {
	size, baseSize       int
	driverSize, peerSize int
	rtAmity, rtDriver    int
	rtPeer               float64
}

func variantKey(v variant) string {
	var parts []string
	for k, x := range v.args {
		parts = append(parts, fmt.Sprintf("%s=%v", k, x))
	}
	slices.Sort(parts)
	return strings.Join(parts, " ")
}

// clients are the targets served over HTTP; nil where a target is not measured.
type clients struct{ amity, baseline, peer *gqlClient }

// checkVariant asks every target the question once: it counts statements, sizes the
// answers and fails if any target fails (a timeout, say).
func checkVariant(ctx context.Context, e *env, ip *inProcess, cs clients, q benchQuery, v variant, amityBody, peerBody []byte) (variantResult, error) {
	var r variantResult
	if cs.amity != nil {
		if _, err := postData(ctx, cs.amity, amityBody); err != nil {
			return r, fmt.Errorf("amity: %w", err)
		}
	}
	// The baseline gets Amity's document. Its statements are not counted: the counter
	// works in-process, on the current code only. Its answer is sized, to compare.
	if cs.baseline != nil {
		data, err := postData(ctx, cs.baseline, amityBody)
		if err != nil {
			return r, fmt.Errorf("baseline: %w", err)
		}
		r.baseSize = countAt(data, q.amitySize)
	}
	out, rt, err := ip.call(amityBody)
	if err != nil {
		return r, err
	}
	data, err := decodeData(out)
	if err != nil {
		return r, err
	}
	r.size, r.rtAmity = countAt(data, q.amitySize), rt
	dctx, n := store.WithStatementCounter(ctx)
	if r.driverSize, err = q.driver(dctx, e.db, v.args); err != nil {
		return r, fmt.Errorf("driver: %w", err)
	}
	r.rtDriver = int(n.Load())
	if cs.peer == nil {
		return r, nil
	}
	// The first request of a fresh peer also checks the Neo4j version: warm up first.
	if _, err := cs.peer.post(ctx, peerBody); err != nil {
		return r, fmt.Errorf("peer: %w", err)
	}
	before, err := peerStatements(ctx, e.o.peerPort)
	if err != nil {
		return r, err
	}
	out, err = cs.peer.post(ctx, peerBody)
	if err != nil {
		return r, fmt.Errorf("peer: %w", err)
	}
	after, err := peerStatements(ctx, e.o.peerPort)
	if err != nil {
		return r, err
	}
	d, err := decodeData(out)
	if err != nil {
		return r, fmt.Errorf("peer: %w", err)
	}
	r.peerSize, r.rtPeer = countAt(d, q.peerSize), float64(after-before)
	return r, nil
}

// postData posts a body and returns the data of the answer.
func postData(ctx context.Context, c *gqlClient, body []byte) (any, error) {
	out, err := c.post(ctx, body)
	if err != nil {
		return nil, err
	}
	return decodeData(out)
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
	var amity, base, peer *proc
	var cs clients
	var err error
	if o.wants("amity") {
		if amity, err = startAmity(ctx, e, "amity", e.amityBin, o.amityPort, sn, 0); err != nil {
			return nil, err
		}
		defer func() { amity.stop() }() // amity may be replaced by a restart
		if cs.amity, err = newClient(fmt.Sprintf("http://127.0.0.1:%d/query", o.amityPort)); err != nil {
			return nil, err
		}
	}
	if o.wants("baseline") {
		if base, err = startAmity(ctx, e, "baseline", e.baseBin, o.basePort, sn, 0); err != nil {
			return nil, err
		}
		defer func() { base.stop() }()
		if cs.baseline, err = newClient(fmt.Sprintf("http://127.0.0.1:%d/query", o.basePort)); err != nil {
			return nil, err
		}
	}
	if o.wants("peer") {
		if peer, err = startPeer(ctx, e, sn, 0); err != nil {
			return nil, err
		}
		defer func() { peer.stop() }()
		if cs.peer, err = newClient(fmt.Sprintf("http://127.0.0.1:%d/graphql", o.peerPort)); err != nil {
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
		var keep []variant
		var keepAmity, keepPeer [][]byte
		for i, v := range q.variants {
			res, err := checkVariant(ctx, e, ip, cs, q, v, p.amityBody[i], p.peerBody[i])
			if err != nil {
				msg := fmt.Sprintf("%s (%s): %v", v.label, variantKey(v), err)
				logf("SF%s %s: variant excluded from the timed runs of every target: %s", sn, q.name, msg)
				p.excluded = append(p.excluded, msg)
				continue
			}
			keep = append(keep, v)
			keepAmity, keepPeer = append(keepAmity, p.amityBody[i]), append(keepPeer, p.peerBody[i])
			p.sizes = append(p.sizes, res.size)
			p.rtAmity = append(p.rtAmity, res.rtAmity)
			p.driverSize = append(p.driverSize, res.driverSize)
			p.rtDriver = append(p.rtDriver, res.rtDriver)
			if cs.baseline != nil {
				p.baseSizes = append(p.baseSizes, res.baseSize)
			}
			if cs.peer != nil {
				p.peerSizes = append(p.peerSizes, res.peerSize)
				p.rtPeer = append(p.rtPeer, res.rtPeer)
			}
		}
		p.q.variants, p.amityBody, p.peerBody = keep, keepAmity, keepPeer
		if !slices.Equal(p.rtAmity, p.rtDriver) {
			logf("  WARNING: %s: the driver floor sends %v statements where Amity sends %v: Amity split a level into more batches than the floor's 1,000-key chunks, or the floor no longer mirrors the resolvers (cmd/amity-bench/queries.go)",
				q.name, p.rtDriver, p.rtAmity)
		}
		if len(keep) == 0 {
			logf("SF%s %s: every variant failed; not measured", sn, q.name)
			ps = append(ps, p)
			continue
		}
		logf("SF%s %-13s sizes amity=%v baseline=%v driver=%v peer=%v  statements/request amity=%v driver=%v peer=%v",
			sn, q.name, p.sizes, p.baseSizes, p.driverSize, p.peerSizes, p.rtAmity, p.rtDriver, p.rtPeer)
		if p.baseSizes != nil && !slices.Equal(p.sizes, p.baseSizes) {
			logf("  note: %s answers differ in size between Amity and the baseline: the two revisions answer the same document differently", q.name)
		}
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
			r := Record{Scale: g.Config.Scale, Query: q.name, Concurrency: c, ResultSizes: p.sizes, BaselineResultSizes: p.baseSizes, Excluded: p.excluded,
				AmityRoundTripsPerVariant: p.rtAmity, MeasuredSeconds: o.duration.Seconds(), Date: time.Now().UTC().Format("2006-01-02")}
			for _, v := range q.variants {
				r.Variants = append(r.Variants, v.label)
			}
			if n == 0 {
				recs = append(recs, r)
				continue
			}
			r.AmityRoundTrips, r.AmityRoundTripsMin, r.AmityRoundTripsMax = meanMinMax(p.rtAmity)
			r.DriverRoundTrips, _, _ = meanMinMax(p.rtDriver)
			if len(p.rtPeer) > 0 {
				r.PeerRoundTrips = meanF(p.rtPeer)
			}
			type target struct {
				name string
				pid  int
				do   op
				got  []sample
			}
			var ts []*target
			if o.wants("driver") {
				ts = append(ts, &target{name: "driver", do: func(ctx context.Context, i int) error {
					_, err := q.driver(ctx, e.db, q.variants[i%n].args)
					return err
				}})
			}
			if cs.amity != nil {
				ts = append(ts, &target{name: "amity", do: func(ctx context.Context, i int) error {
					_, err := cs.amity.post(ctx, p.amityBody[i%n])
					return err
				}})
			}
			if cs.baseline != nil {
				ts = append(ts, &target{name: "baseline", do: func(ctx context.Context, i int) error {
					_, err := cs.baseline.post(ctx, p.amityBody[i%n])
					return err
				}})
			}
			if cs.peer != nil {
				ts = append(ts, &target{name: "peer", do: func(ctx context.Context, i int) error {
					_, err := cs.peer.post(ctx, p.peerBody[i%n])
					return err
				}})
			}
			// The measured time is split into rounds that alternate the targets, so a
			// burst of noise on a shared machine does not land on one target only.
			rounds := max(1, o.rounds)
			per := o.duration / time.Duration(rounds)
			for round := range rounds {
				for k := range ts {
					t := ts[(k+round)%len(ts)]
					// A server that ended by itself (a crash, or a signal from outside)
					// is restarted and reported, so one failure does not void the rest.
					switch t.name {
					case "amity":
						if amity, err = amity.alive(ctx); err != nil {
							return recs, err
						}
						t.pid = amity.pid()
					case "baseline":
						if base, err = base.alive(ctx); err != nil {
							return recs, err
						}
						t.pid = base.pid()
					case "peer":
						if peer, err = peer.alive(ctx); err != nil {
							return recs, err
						}
						t.pid = peer.pid()
					}
					warm := o.warmup
					if len(t.got) > 0 {
						warm = 0
					}
					t.got = append(t.got, measure(ctx, c, warm, per, o.maxRequests, t.pid, t.do))
				}
			}
			for _, t := range ts {
				s := summarize(t.got...)
				report(sn, q.name, c, t.name, s)
				switch t.name {
				case "driver":
					r.DriverQPS, r.DriverP50Ms, r.DriverP95Ms, r.DriverP99Ms = s.qps(), ms(s.p50), ms(s.p95), ms(s.p99)
					r.DriverRequests, r.DriverErrors = s.requests, s.errors
				case "amity":
					r.AmityQPS, r.AmityP50Ms, r.AmityP95Ms, r.AmityP99Ms = s.qps(), ms(s.p50), ms(s.p95), ms(s.p99)
					r.AmityRequests, r.AmityErrors, r.AmityRSSMB = s.requests, s.errors, float64(s.rssMaxKB)/1024
				case "baseline":
					r.BaselineQPS, r.BaselineP50Ms, r.BaselineP95Ms, r.BaselineP99Ms = s.qps(), ms(s.p50), ms(s.p95), ms(s.p99)
					r.BaselineRequests, r.BaselineErrors, r.BaselineRSSMB = s.requests, s.errors, float64(s.rssMaxKB)/1024
				case "peer":
					r.PeerQPS, r.PeerP50Ms, r.PeerP95Ms, r.PeerP99Ms = s.qps(), ms(s.p50), ms(s.p95), ms(s.p99)
					r.PeerRequests, r.PeerErrors, r.PeerRSSMB = s.requests, s.errors, float64(s.rssMaxKB)/1024
				}
			}
			if r.DriverQPS > 0 {
				r.AmityOverDriver = round3(r.AmityQPS / r.DriverQPS)
			}
			if r.PeerQPS > 0 {
				r.AmityOverPeer = round3(r.AmityQPS / r.PeerQPS)
			}
			if r.BaselineQPS > 0 {
				r.AmityOverBaseline = round3(r.AmityQPS / r.BaselineQPS)
			}
			r.AmityQPS, r.DriverQPS, r.PeerQPS, r.BaselineQPS = round1(r.AmityQPS), round1(r.DriverQPS), round1(r.PeerQPS), round1(r.BaselineQPS)
			r.AmityRSSMB, r.PeerRSSMB, r.BaselineRSSMB = round1(r.AmityRSSMB), round1(r.PeerRSSMB), round1(r.BaselineRSSMB)
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
	msg := fmt.Sprintf("SF%s %-13s c=%-2d %-8s %8.1f req/s  p50 %7.2f ms  p95 %7.2f ms  p99 %7.2f ms  (%d requests",
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
		s := summarize(measure(ctx, conc, 0, e.o.duration, e.o.maxRequests, 0, func(ctx context.Context, i int) error {
			_, err := c.post(ctx, p.amityBody[i%n])
			return err
		}))
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
