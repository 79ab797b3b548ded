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
	c := Config{
		ListenAddr: get("LISTEN_ADDR"),
		Store: store.Config{URI: get("NEO4J_URI"), User: get("NEO4J_USER"), Password: get("NEO4J_PASSWORD"),
			Database: get("NEO4J_DATABASE"), QueryTimeout: dur("AMITY_QUERY_TIMEOUT"), MaxConnections: int(num("NEO4J_MAX_CONNECTIONS"))},
		RequestTimeout: dur("AMITY_REQUEST_TIMEOUT"),
		ReadTimeout:    dur("AMITY_READ_TIMEOUT"),
		WriteTimeout:   dur("AMITY_WRITE_TIMEOUT"),
		IdleTimeout:    dur("AMITY_IDLE_TIMEOUT"),
		MaxBodyBytes:   num("AMITY_MAX_BODY_BYTES"),
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
