// Package config owns Amity's configuration from the environment: every variable's
// name, default and meaning, written once in a table that drives both the parsing and
// validation here and the README's configuration table (a test keeps the two equal).
//
// The Neo4j settings form a part of their own, Neo4jFromEnv, so that a command which only
// talks to Neo4j (amity-load) neither reads nor fails on the server's settings.
package config

import (
	"errors"
	"fmt"
	"math"
	"net/url"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/amity-graph/amity/internal/store"
)

// Config is everything the server reads from the environment.
type Config struct {
	ListenAddr  string
	CORSOrigins []string
	// Store is the Neo4j part, the one Neo4jFromEnv reads alone.
	Store        store.Config
	ReadTimeout  time.Duration
	WriteTimeout time.Duration
	IdleTimeout  time.Duration
	// RequestTimeout is the deadline of one GraphQL request, database work included.
	RequestTimeout time.Duration
	MaxBodyBytes   int64

	// Auth: AMITY_TOKENS ("role:token,..."), AMITY_TOKENS_FILE (role:sha256 lines),
	// AMITY_ANONYMOUS (reader or none). Package auth parses and checks them.
	Tokens, TokensFile, Anonymous string

	MaxComplexity int
	MaxDepth      int
	// MaxResponseItems caps the list items one GraphQL response carries.
	MaxResponseItems int
	RatePerSecond    float64 // per token and per client IP; 0 switches it off
	RateBurst        int
	MaxInFlight      int // GraphQL requests served at once; more wait, then get 503

	Adhoc store.AdhocOptions

	// MetricsAddr, when set, serves /metrics on a listener of its own instead of
	// ListenAddr's.
	MetricsAddr string
	// APQCacheSize bounds the automatic persisted queries a server remembers.
	APQCacheSize int
	// PersistedQueries, when set, is a JSON file of {"sha256": "query"}: only those run.
	PersistedQueries string
	// OTLPEndpoint switches tracing on; the OpenTelemetry SDK reads it (and its other
	// OTEL_* variables) itself.
	OTLPEndpoint string
}

// setting is one environment variable of a configuration C: its name, its default
// (used when the variable is unset or empty), what it does, and how its value is
// checked and stored into C.
type setting[C any] struct {
	name, def, doc string
	set            func(c *C, value string) error
}

// neo4jSettings are the Neo4j part: the settings of store.Config.
var neo4jSettings = []setting[store.Config]{
	{"NEO4J_URI", "bolt://127.0.0.1:7687", "Neo4j to use (bolt://, neo4j:// for a cluster, neo4j+s:// for Aura)",
		text(func(c *store.Config, v string) { c.URI = v })},
	{"NEO4J_USER", "neo4j", "Neo4j user",
		text(func(c *store.Config, v string) { c.User = v })},
	{"NEO4J_PASSWORD", "", "Neo4j password (make run reads the local instance's generated one)",
		text(func(c *store.Config, v string) { c.Password = v })},
	{"NEO4J_DATABASE", "neo4j", "database name",
		text(func(c *store.Config, v string) { c.Database = v })},
	{"NEO4J_MAX_CONNECTIONS", "32", "driver pool size: the most concurrent Neo4j sessions",
		count(func(c *store.Config, n int64) { c.MaxConnections = int(n) })},
	{"AMITY_QUERY_TIMEOUT", "10s", "transaction timeout of one database read",
		duration(func(c *store.Config, d time.Duration) { c.QueryTimeout = d })},
}

// serverSettings are the rest of Config.
var serverSettings = []setting[Config]{
	{"LISTEN_ADDR", "127.0.0.1:8080", "address the HTTP server binds; loopback unless you set another",
		text(func(c *Config, v string) { c.ListenAddr = v })},
	{"CORS_ALLOWED_ORIGINS", "", "comma-separated origins allowed to call the API from a browser; empty allows none",
		text(func(c *Config, v string) { c.CORSOrigins = list(v) })},
	{"AMITY_REQUEST_TIMEOUT", "15s", "deadline of one GraphQL request",
		duration(func(c *Config, d time.Duration) { c.RequestTimeout = d })},
	{"AMITY_READ_TIMEOUT", "10s", "HTTP read timeout",
		duration(func(c *Config, d time.Duration) { c.ReadTimeout = d })},
	{"AMITY_WRITE_TIMEOUT", "30s", "HTTP write timeout",
		duration(func(c *Config, d time.Duration) { c.WriteTimeout = d })},
	{"AMITY_IDLE_TIMEOUT", "60s", "HTTP keep-alive idle timeout",
		duration(func(c *Config, d time.Duration) { c.IdleTimeout = d })},
	{"AMITY_MAX_BODY_BYTES", "1048576", "largest request body; larger gets 413",
		count(func(c *Config, n int64) { c.MaxBodyBytes = n })},
	{"AMITY_TOKENS", "", "bearer tokens with their roles: role:token,role:token (roles reader, analyst, editor; tokens of 16+ characters)",
		text(func(c *Config, v string) { c.Tokens = v })},
	{"AMITY_TOKENS_FILE", "", "file of role:sha256-hex lines, for tokens kept only as hashes",
		text(func(c *Config, v string) { c.TokensFile = v })},
	{"AMITY_ANONYMOUS", "reader", "role of callers without a token: reader, or none to require a token",
		text(func(c *Config, v string) { c.Anonymous = v })},
	{"AMITY_MAX_COMPLEXITY", "20000", "largest query cost; list fields cost their first/limit times their children",
		count(func(c *Config, n int64) { c.MaxComplexity = int(n) })},
	{"AMITY_MAX_DEPTH", "15", "deepest selection nesting",
		count(func(c *Config, n int64) { c.MaxDepth = int(n) })},
	{"AMITY_MAX_RESPONSE_ITEMS", "10000", "most objects one GraphQL response may carry in lists, all lists counted; more gets RESPONSE_TOO_LARGE and no data",
		count(func(c *Config, n int64) { c.MaxResponseItems = int(n) })},
	{"AMITY_RATE_LIMIT", "50", "requests per second per token and per client IP (0 switches it off)",
		ratePerSecond(func(c *Config, r float64) { c.RatePerSecond = r })},
	{"AMITY_RATE_BURST", "100", "requests a token or IP may burst above the rate",
		count(func(c *Config, n int64) { c.RateBurst = int(n) })},
	{"AMITY_MAX_INFLIGHT", "64", "GraphQL requests served at once",
		count(func(c *Config, n int64) { c.MaxInFlight = int(n) })},
	{"AMITY_CYPHER_TIMEOUT", "5s", "transaction timeout of an ad-hoc cypher query",
		duration(func(c *Config, d time.Duration) { c.Adhoc.Timeout = d })},
	{"AMITY_CYPHER_MAX_BYTES", "4194304", "largest ad-hoc cypher result, as JSON; more is truncated",
		count(func(c *Config, n int64) { c.Adhoc.MaxBytes = int(n) })},
	{"AMITY_CYPHER_MAX_HOPS", "6", "longest variable-length pattern an ad-hoc query may use",
		count(func(c *Config, n int64) { c.Adhoc.MaxVarLength = int(n) })},
	{"AMITY_METRICS_ADDR", "", "address of a separate listener for /metrics; empty serves /metrics on LISTEN_ADDR",
		text(func(c *Config, v string) { c.MetricsAddr = v })},
	{"AMITY_APQ_CACHE_SIZE", "100", "automatic persisted queries remembered (least recently used go first)",
		count(func(c *Config, n int64) { c.APQCacheSize = int(n) })},
	{"AMITY_PERSISTED_QUERIES", "", "JSON file of {\"sha256\": \"query\"}; when set, only these queries run (for public deployments)",
		text(func(c *Config, v string) { c.PersistedQueries = v })},
	{"OTEL_EXPORTER_OTLP_ENDPOINT", "", "OTLP/HTTP collector for traces; empty switches tracing off (the OpenTelemetry SDK reads its other OTEL_* variables)",
		text(func(c *Config, v string) { c.OTLPEndpoint = v })},
}

// secrets are the settings whose values never reach a log.
var secrets = map[string]bool{"NEO4J_PASSWORD": true, "AMITY_TOKENS": true}

// Describe lists every setting with the value in force, as slog key-value pairs, for
// the server to log at start: secrets show only whether they are set, and a URI keeps
// no user information.
func Describe(getenv func(string) string) []any {
	if getenv == nil {
		getenv = os.Getenv
	}
	var out []any
	add := func(name, def string) {
		v := getenv(name)
		if v == "" {
			v = def
		}
		switch {
		case secrets[name] && v != "":
			v = "(set, redacted)"
		case strings.Contains(v, "://"):
			v = redactURL(v)
		}
		out = append(out, name, v)
	}
	for _, s := range neo4jSettings {
		add(s.name, s.def)
	}
	for _, s := range serverSettings {
		add(s.name, s.def)
	}
	return out
}

// redactURL drops a password from a URL (user:password@host).
func redactURL(v string) string {
	u, err := url.Parse(v)
	if err != nil {
		return "(unparsable URL, redacted)"
	}
	if _, ok := u.User.Password(); ok {
		u.User = url.UserPassword(u.User.Username(), "redacted")
	}
	return u.String()
}

// Neo4jFromEnv reads only the Neo4j part, using getenv (os.Getenv when nil). Every
// problem is reported at once, each with its variable's name.
func Neo4jFromEnv(getenv func(string) string) (store.Config, error) {
	var c store.Config
	var p problems
	read(&c, neo4jSettings, getenv, &p)
	return c, p.err()
}

// FromEnv reads the whole configuration, the Neo4j part included, using getenv
// (os.Getenv when nil). Every problem is reported at once, each with its variable's
// name.
func FromEnv(getenv func(string) string) (Config, error) {
	var c Config
	var p problems
	read(&c.Store, neo4jSettings, getenv, &p)
	read(&c, serverSettings, getenv, &p)
	return c, p.err()
}

type problems []string

func (p problems) err() error {
	if len(p) == 0 {
		return nil
	}
	return fmt.Errorf("configuration: %s", strings.Join(p, "; "))
}

func read[C any](c *C, settings []setting[C], getenv func(string) string, p *problems) {
	if getenv == nil {
		getenv = os.Getenv
	}
	for _, s := range settings {
		v := getenv(s.name)
		if v == "" {
			v = s.def
		}
		if err := s.set(c, v); err != nil {
			*p = append(*p, fmt.Sprintf("%s=%q %v", s.name, v, err))
		}
	}
}

func text[C any](put func(*C, string)) func(*C, string) error {
	return func(c *C, v string) error { put(c, v); return nil }
}

func duration[C any](put func(*C, time.Duration)) func(*C, string) error {
	return func(c *C, v string) error {
		d, err := time.ParseDuration(v)
		if err != nil || d <= 0 {
			return errors.New("is not a positive duration like 10s")
		}
		put(c, d)
		return nil
	}
}

func count[C any](put func(*C, int64)) func(*C, string) error {
	return func(c *C, v string) error {
		n, err := strconv.ParseInt(v, 10, 64)
		if err != nil || n <= 0 {
			return errors.New("is not a positive whole number")
		}
		put(c, n)
		return nil
	}
}

func ratePerSecond[C any](put func(*C, float64)) func(*C, string) error {
	return func(c *C, v string) error {
		r, err := strconv.ParseFloat(v, 64)
		// !(r >= 0) also refuses NaN; an infinite rate is no limit, which 0 already says.
		if err != nil || !(r >= 0) || math.IsInf(r, 1) {
			return errors.New("is not a rate per second (0 for none)")
		}
		put(c, r)
		return nil
	}
}

// list splits a comma-separated value, dropping blanks around and between items.
func list(v string) []string {
	var out []string
	for _, item := range strings.Split(v, ",") {
		if item = strings.TrimSpace(item); item != "" {
			out = append(out, item)
		}
	}
	return out
}
