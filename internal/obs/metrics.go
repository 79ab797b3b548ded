// Package obs owns what an operator watches of a running Amity: Prometheus metrics on a
// registry of Amity's own, OpenTelemetry traces (off unless an OTLP endpoint is set),
// the store's statement hook that feeds both, and the log handler that stamps every
// line of a request with its request id and trace id. It knows nothing of HTTP.
package obs

import (
	"context"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"

	"github.com/amity-graph/amity/internal/store"
)

// Label values that stand for many.
const (
	Other     = "other"     // a name past the cap of a bounded label
	Anonymous = "anonymous" // an operation without a name
)

// MaxOperationNames caps the operation names that get a label value of their own; later
// names count as Other, so a client inventing names cannot grow the metrics.
const MaxOperationNames = 100

// Metrics are Amity's Prometheus metrics.
type Metrics struct {
	Registry *prometheus.Registry

	HTTPRequests      *prometheus.CounterVec   // route, code
	HTTPDuration      *prometheus.HistogramVec // route
	GraphQLRequests   *prometheus.CounterVec   // operation, outcome
	GraphQLDuration   *prometheus.HistogramVec // operation
	GraphQLErrors     *prometheus.CounterVec   // code
	Refusals          *prometheus.CounterVec   // reason
	CypherRefusals    *prometheus.CounterVec   // reason
	Statements        *prometheus.CounterVec   // op, outcome
	StatementDuration *prometheus.HistogramVec // op
	StatementRows     *prometheus.CounterVec   // op

	operations *boundedNames
	codes      *boundedNames
}

// latency buckets from 1 ms to 20 s: Amity's answers range from a cached lookup to a
// query stopped at its timeout.
var latency = []float64{.001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10, 20}

// NewMetrics registers Amity's metrics, and Go's and the process's (goroutines, heap,
// resident memory), on a new registry.
func NewMetrics() *Metrics {
	r := prometheus.NewRegistry()
	f := func(c prometheus.Collector) { r.MustRegister(c) }
	f(collectors.NewGoCollector())
	f(collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	m := &Metrics{
		Registry: r,
		HTTPRequests: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "amity_http_requests_total",
			Help: "HTTP requests by route (the pattern served, or other) and status code."}, []string{"route", "code"}),
		HTTPDuration: prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "amity_http_request_duration_seconds",
			Help: "Time to answer an HTTP request, by route.", Buckets: latency}, []string{"route"}),
		GraphQLRequests: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "amity_graphql_requests_total",
			Help: "GraphQL operations by operation name (bounded: anonymous, the first names seen, then other) and outcome (ok, partial, error)."},
			[]string{"operation", "outcome"}),
		GraphQLDuration: prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "amity_graphql_request_duration_seconds",
			Help: "Time from reading a GraphQL operation to its response, by operation name.", Buckets: latency}, []string{"operation"}),
		GraphQLErrors: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "amity_graphql_errors_total",
			Help: "Errors in GraphQL responses by extensions.code."}, []string{"code"}),
		Refusals: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "amity_refusals_total",
			Help: "Requests refused by a limit: rate_limit, complexity, depth, response_items, body_too_large, busy, unauthenticated, not_persisted."},
			[]string{"reason"}),
		CypherRefusals: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "amity_cypher_refusals_total",
			Help: "Ad-hoc Cypher refused, by reason: guard, not_read_only, syntax, memory, query_failed."}, []string{"reason"}),
		Statements: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "amity_neo4j_statements_total",
			Help: "Cypher statements sent, by store method and outcome (ok, error)."}, []string{"op", "outcome"}),
		StatementDuration: prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "amity_neo4j_statement_duration_seconds",
			Help: "Time from sending a statement to its last record, by store method.", Buckets: latency}, []string{"op"}),
		StatementRows: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "amity_neo4j_rows_total",
			Help: "Records returned by statements, by store method."}, []string{"op"}),
		operations: newBoundedNames(MaxOperationNames),
		codes:      newBoundedNames(50),
	}
	f(m.HTTPRequests)
	f(m.HTTPDuration)
	f(m.GraphQLRequests)
	f(m.GraphQLDuration)
	f(m.GraphQLErrors)
	f(m.Refusals)
	f(m.CypherRefusals)
	f(m.Statements)
	f(m.StatementDuration)
	f(m.StatementRows)
	return m
}

// Operation is the label value of an operation name: Anonymous for none, the name while
// fewer than MaxOperationNames names have been seen (or it was reserved), else Other.
func (m *Metrics) Operation(name string) string {
	if name == "" {
		return Anonymous
	}
	return m.operations.get(name)
}

// ReserveOperations gives names a label value of their own whatever comes first: the
// operation names of an allow-list of persisted queries.
func (m *Metrics) ReserveOperations(names []string) { m.operations.reserve(names) }

// ErrorCode is the label value of an error code, bounded like operation names.
func (m *Metrics) ErrorCode(code string) string {
	if code == "" {
		return "none"
	}
	return m.codes.get(code)
}

// Pool exports the driver's pool as the store sees it (the driver keeps its own counts
// private, so idle connections cannot be reported).
func (m *Metrics) Pool(stats func() store.PoolStats) {
	m.Registry.MustRegister(
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "amity_neo4j_pool_max_connections",
			Help: "Size of the Neo4j driver's connection pool."}, func() float64 { return float64(stats().Max) }),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "amity_neo4j_pool_in_use",
			Help: "Units of work holding a Neo4j session now."}, func() float64 { return float64(stats().InUse) }),
		prometheus.NewCounterFunc(prometheus.CounterOpts{Name: "amity_neo4j_pool_waits_total",
			Help: "Units of work that started while every pooled connection was in use."}, func() float64 { return float64(stats().Waits) }),
	)
}

// Loads exports what the loader left in the graph (amity-load is a process of its own,
// so its runs are read back from the :LoadUnit nodes), read at most every ttl.
func (m *Metrics) Loads(read func(context.Context) (store.Readiness, error), ttl time.Duration) {
	m.Registry.MustRegister(&loadCollector{read: read, ttl: ttl})
}

var (
	loadUnitsDesc   = prometheus.NewDesc("amity_load_units", "Load units (curated files, data sets) the loader has written.", nil, nil)
	loadRecordsDesc = prometheus.NewDesc("amity_load_records", "Records in the load units the loader has written.", nil, nil)
	loadLastDesc    = prometheus.NewDesc("amity_load_last_timestamp_seconds", "When the loader last wrote a unit (Unix time).", nil, nil)
)

type loadCollector struct {
	read func(context.Context) (store.Readiness, error)
	ttl  time.Duration

	mu   sync.Mutex
	at   time.Time
	last store.Readiness
	ok   bool
}

func (c *loadCollector) Describe(ch chan<- *prometheus.Desc) {
	ch <- loadUnitsDesc
	ch <- loadRecordsDesc
	ch <- loadLastDesc
}

func (c *loadCollector) Collect(ch chan<- prometheus.Metric) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if time.Since(c.at) > c.ttl {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		r, err := c.read(ctx)
		cancel()
		c.at = time.Now()
		if err == nil {
			c.last, c.ok = r, true
		}
	}
	if !c.ok {
		return // Neo4j has not answered yet: no value rather than a wrong one
	}
	ch <- prometheus.MustNewConstMetric(loadUnitsDesc, prometheus.GaugeValue, float64(c.last.LoadUnits))
	ch <- prometheus.MustNewConstMetric(loadRecordsDesc, prometheus.GaugeValue, float64(c.last.LoadedRecords))
	if !c.last.LastLoad.IsZero() {
		ch <- prometheus.MustNewConstMetric(loadLastDesc, prometheus.GaugeValue, float64(c.last.LastLoad.Unix()))
	}
}

// boundedNames hands out label values: a name keeps its own while the set has room.
type boundedNames struct {
	mu    sync.RWMutex
	names map[string]bool
	max   int
}

func newBoundedNames(max int) *boundedNames {
	return &boundedNames{names: map[string]bool{}, max: max}
}

func (b *boundedNames) get(name string) string {
	if len(name) > 64 {
		return Other
	}
	b.mu.RLock()
	known := b.names[name]
	b.mu.RUnlock()
	if known {
		return name
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.names[name] {
		return name
	}
	if len(b.names) >= b.max {
		return Other
	}
	b.names[name] = true
	return name
}

func (b *boundedNames) reserve(names []string) {
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, n := range names {
		b.names[n] = true
	}
	b.max = max(b.max, len(b.names))
}
