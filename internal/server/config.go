// Package server owns Amity's HTTP surface: the gqlgen handler and its limits, GraphiQL,
// CORS, health and readiness, and configuration from the environment.
package server

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/amity-graph/amity/internal/store"
)

// Config is everything the server reads from the environment.
type Config struct {
	ListenAddr   string
	CORSOrigins  []string
	Store        store.Config
	ReadTimeout  time.Duration
	WriteTimeout time.Duration
	IdleTimeout  time.Duration
	// RequestTimeout is the deadline of one GraphQL request, database work included.
	RequestTimeout time.Duration
	MaxBodyBytes   int64

	// Auth: AMITY_TOKENS ("role:token,..."), AMITY_TOKENS_FILE (role:sha256 lines),
	// AMITY_ANONYMOUS (reader or none).
	Tokens, TokensFile, Anonymous string

	MaxComplexity int
	MaxDepth      int
	RatePerSecond float64 // per token and per client IP; 0 switches it off
	RateBurst     int
	MaxInFlight   int // GraphQL requests served at once; more wait, then get 503

	Adhoc store.AdhocOptions
}

// envVar documents one setting; the README's table is written from the same list.
type envVar struct{ Name, Default, Doc string }

// Settings lists every environment variable with its default.
var Settings = []envVar{
	{"LISTEN_ADDR", "127.0.0.1:8080", "address the HTTP server binds; loopback unless you set another"},
	{"NEO4J_URI", "bolt://127.0.0.1:7687", "Neo4j to use (bolt://, neo4j:// for a cluster, neo4j+s:// for Aura)"},
	{"NEO4J_USER", "neo4j", "Neo4j user"},
	{"NEO4J_PASSWORD", "", "Neo4j password (make run reads the local instance's generated one)"},
	{"NEO4J_DATABASE", "neo4j", "database name"},
	{"NEO4J_MAX_CONNECTIONS", "32", "driver pool size: the most concurrent Neo4j sessions"},
	{"CORS_ALLOWED_ORIGINS", "", "comma-separated origins allowed to call the API from a browser; empty allows none"},
	{"AMITY_QUERY_TIMEOUT", "10s", "transaction timeout of one database read"},
	{"AMITY_REQUEST_TIMEOUT", "15s", "deadline of one GraphQL request"},
	{"AMITY_READ_TIMEOUT", "10s", "HTTP read timeout"},
	{"AMITY_WRITE_TIMEOUT", "30s", "HTTP write timeout"},
	{"AMITY_IDLE_TIMEOUT", "60s", "HTTP keep-alive idle timeout"},
	{"AMITY_MAX_BODY_BYTES", "1048576", "largest request body; larger gets 413"},
	{"AMITY_TOKENS", "", "bearer tokens with their roles: role:token,role:token (roles reader, analyst, editor; tokens of 16+ characters)"},
	{"AMITY_TOKENS_FILE", "", "file of role:sha256-hex lines, for tokens kept only as hashes"},
	{"AMITY_ANONYMOUS", "reader", "role of callers without a token: reader, or none to require a token"},
	{"AMITY_MAX_COMPLEXITY", "20000", "largest query cost; list fields cost their first/limit times their children"},
	{"AMITY_MAX_DEPTH", "15", "deepest selection nesting"},
	{"AMITY_RATE_LIMIT", "50", "requests per second per token and per client IP (0 switches it off)"},
	{"AMITY_RATE_BURST", "100", "requests a token or IP may burst above the rate"},
	{"AMITY_MAX_INFLIGHT", "64", "GraphQL requests served at once"},
	{"AMITY_CYPHER_TIMEOUT", "5s", "transaction timeout of an ad-hoc cypher query"},
	{"AMITY_CYPHER_MAX_BYTES", "4194304", "largest ad-hoc cypher result, as JSON; more is truncated"},
	{"AMITY_CYPHER_MAX_HOPS", "6", "longest variable-length pattern an ad-hoc query may use"},
}

// ConfigFromEnv reads the configuration, using getenv (os.Getenv in production).
func ConfigFromEnv(getenv func(string) string) (Config, error) {
	if getenv == nil {
		getenv = os.Getenv
	}
	get := func(name string) string {
		if v := getenv(name); v != "" {
			return v
		}
		for _, s := range Settings {
			if s.Name == name {
				return s.Default
			}
		}
		return ""
	}
	var errs []string
	dur := func(name string) time.Duration {
		d, err := time.ParseDuration(get(name))
		if err != nil || d <= 0 {
			errs = append(errs, fmt.Sprintf("%s=%q is not a positive duration like 10s", name, get(name)))
		}
		return d
	}
	num := func(name string) int64 {
		n, err := strconv.ParseInt(get(name), 10, 64)
		if err != nil || n <= 0 {
			errs = append(errs, fmt.Sprintf("%s=%q is not a positive whole number", name, get(name)))
		}
		return n
	}
	rate, err := strconv.ParseFloat(get("AMITY_RATE_LIMIT"), 64)
	if err != nil || rate < 0 {
		errs = append(errs, fmt.Sprintf("AMITY_RATE_LIMIT=%q is not a rate per second (0 for none)", get("AMITY_RATE_LIMIT")))
	}
	c := Config{
		ListenAddr: get("LISTEN_ADDR"),
		Store: store.Config{URI: get("NEO4J_URI"), User: get("NEO4J_USER"), Password: get("NEO4J_PASSWORD"),
			Database: get("NEO4J_DATABASE"), QueryTimeout: dur("AMITY_QUERY_TIMEOUT"), MaxConnections: int(num("NEO4J_MAX_CONNECTIONS"))},
		RequestTimeout: dur("AMITY_REQUEST_TIMEOUT"),
		ReadTimeout:    dur("AMITY_READ_TIMEOUT"),
		WriteTimeout:   dur("AMITY_WRITE_TIMEOUT"),
		IdleTimeout:    dur("AMITY_IDLE_TIMEOUT"),
		MaxBodyBytes:   num("AMITY_MAX_BODY_BYTES"),
		Tokens:         getenv("AMITY_TOKENS"),
		TokensFile:     getenv("AMITY_TOKENS_FILE"),
		Anonymous:      get("AMITY_ANONYMOUS"),
		MaxComplexity:  int(num("AMITY_MAX_COMPLEXITY")),
		MaxDepth:       int(num("AMITY_MAX_DEPTH")),
		RatePerSecond:  rate,
		RateBurst:      int(num("AMITY_RATE_BURST")),
		MaxInFlight:    int(num("AMITY_MAX_INFLIGHT")),
		Adhoc: store.AdhocOptions{Timeout: dur("AMITY_CYPHER_TIMEOUT"), MaxBytes: int(num("AMITY_CYPHER_MAX_BYTES")),
			MaxVarLength: int(num("AMITY_CYPHER_MAX_HOPS"))},
	}
	for _, o := range strings.Split(get("CORS_ALLOWED_ORIGINS"), ",") {
		if o = strings.TrimSpace(o); o != "" {
			c.CORSOrigins = append(c.CORSOrigins, o)
		}
	}
	if len(errs) > 0 {
		return c, fmt.Errorf("configuration: %s", strings.Join(errs, "; "))
	}
	return c, nil
}
