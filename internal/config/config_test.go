package config

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/amity-graph/amity/internal/store"
	"github.com/google/go-cmp/cmp"
)

func env(m map[string]string) func(string) string {
	return func(k string) string { return m[k] }
}

func TestDefaults(t *testing.T) {
	got, err := FromEnv(env(nil))
	if err != nil {
		t.Fatal(err)
	}
	want := Config{
		ListenAddr: "127.0.0.1:8080",
		Store: store.Config{URI: "bolt://127.0.0.1:7687", User: "neo4j", Database: "neo4j",
			QueryTimeout: 10 * time.Second, MaxConnections: 32},
		ReadTimeout:      10 * time.Second,
		WriteTimeout:     30 * time.Second,
		IdleTimeout:      60 * time.Second,
		RequestTimeout:   15 * time.Second,
		MaxBodyBytes:     1 << 20,
		Anonymous:        "reader",
		MaxComplexity:    20000,
		MaxDepth:         15,
		MaxResponseItems: 10000,
		RatePerSecond:    50,
		RateBurst:        100,
		MaxInFlight:      64,
		Adhoc:            store.AdhocOptions{Timeout: 5 * time.Second, MaxBytes: 4 << 20, MaxVarLength: 6},
		APQCacheSize:     100,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("defaults (-want +got):\n%s", diff)
	}
	alone, err := Neo4jFromEnv(env(nil))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want.Store, alone); diff != "" {
		t.Errorf("Neo4j part read alone differs from the whole's (-whole +alone):\n%s", diff)
	}
}

func TestValues(t *testing.T) {
	got, err := FromEnv(env(map[string]string{
		"CORS_ALLOWED_ORIGINS":  " https://a.example, ,https://b.example ",
		"NEO4J_MAX_CONNECTIONS": "8",
		"AMITY_QUERY_TIMEOUT":   "1500ms",
		"AMITY_RATE_LIMIT":      "0",
		"AMITY_TOKENS":          "reader:reader-token-0123456789",
		"AMITY_ANONYMOUS":       "none",
	}))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"https://a.example", "https://b.example"}, got.CORSOrigins); diff != "" {
		t.Errorf("CORS origins (-want +got):\n%s", diff)
	}
	gotv := []any{got.Store.MaxConnections, got.Store.QueryTimeout, got.RatePerSecond, got.Tokens, got.Anonymous}
	wantv := []any{8, 1500 * time.Millisecond, 0.0, "reader:reader-token-0123456789", "none"}
	if diff := cmp.Diff(wantv, gotv); diff != "" {
		t.Errorf("values (-want +got):\n%s", diff)
	}
}

func TestErrorsNameEveryVariable(t *testing.T) {
	bad := map[string]string{
		"AMITY_QUERY_TIMEOUT":   "soon",   // not a duration
		"AMITY_READ_TIMEOUT":    "-1s",    // not positive
		"AMITY_MAX_BODY_BYTES":  "-1",     // not positive
		"NEO4J_MAX_CONNECTIONS": "2.5",    // not whole
		"AMITY_MAX_DEPTH":       "0",      // not positive
		"AMITY_RATE_LIMIT":      "-3",     // below 0
		"AMITY_RATE_BURST":      "lots",   // not a number
		"AMITY_CYPHER_TIMEOUT":  "0s",     // not positive
		"AMITY_CYPHER_MAX_HOPS": "6 hops", // not a number
	}
	_, err := FromEnv(env(bad))
	if err == nil {
		t.Fatal("bad settings accepted")
	}
	for name, v := range bad {
		if !strings.Contains(err.Error(), fmt.Sprintf("%s=%q", name, v)) {
			t.Errorf("error %q does not name %s=%q", err, name, v)
		}
	}
	if _, err := FromEnv(env(map[string]string{"AMITY_RATE_LIMIT": "NaN"})); err == nil {
		t.Error("AMITY_RATE_LIMIT=NaN accepted")
	}
}

func TestDescribeRedactsSecrets(t *testing.T) {
	got := Describe(env(map[string]string{
		"NEO4J_PASSWORD":              "hunter2-secret",
		"AMITY_TOKENS":                "analyst:analyst-token-0123456789",
		"NEO4J_URI":                   "neo4j+s://amity:pw-in-uri@db.example:7687",
		"OTEL_EXPORTER_OTLP_ENDPOINT": "http://collector.example:4318",
	}))
	kv := map[string]any{}
	for i := 0; i < len(got); i += 2 {
		kv[got[i].(string)] = got[i+1]
	}
	want := map[string]any{
		"NEO4J_PASSWORD":              "(set, redacted)",
		"AMITY_TOKENS":                "(set, redacted)",
		"NEO4J_URI":                   "neo4j+s://amity:redacted@db.example:7687",
		"OTEL_EXPORTER_OTLP_ENDPOINT": "http://collector.example:4318",
		"AMITY_TOKENS_FILE":           "",
		"AMITY_APQ_CACHE_SIZE":        "100",
	}
	for k, w := range want {
		if kv[k] != w {
			t.Errorf("%s logged as %q, want %q", k, kv[k], w)
		}
	}
	if len(kv) != len(rows()) {
		t.Errorf("Describe lists %d settings, the table has %d", len(kv), len(rows()))
	}
	for _, v := range got {
		if s, ok := v.(string); ok && (strings.Contains(s, "hunter2") || strings.Contains(s, "analyst-token") || strings.Contains(s, "pw-in-uri")) {
			t.Errorf("a secret reached the description: %q", s)
		}
	}
}

// A bad server setting must not stop a command that needs only Neo4j.
func TestNeo4jPartIgnoresServerSettings(t *testing.T) {
	e := env(map[string]string{"AMITY_RATE_LIMIT": "fast", "NEO4J_URI": "neo4j://db.example:7687"})
	c, err := Neo4jFromEnv(e)
	if err != nil {
		t.Fatalf("Neo4j part failed on a server setting: %v", err)
	}
	if c.URI != "neo4j://db.example:7687" {
		t.Errorf("NEO4J_URI = %q", c.URI)
	}
	if _, err := FromEnv(e); err == nil || !strings.Contains(err.Error(), "AMITY_RATE_LIMIT") {
		t.Errorf("server configuration with AMITY_RATE_LIMIT=fast gave %v, want it named", err)
	}
	if _, err := Neo4jFromEnv(env(map[string]string{"AMITY_QUERY_TIMEOUT": "soon"})); err == nil ||
		!strings.Contains(err.Error(), "AMITY_QUERY_TIMEOUT") {
		t.Errorf("Neo4j part with AMITY_QUERY_TIMEOUT=soon gave %v, want it named", err)
	}
}

// row is one line of the README's configuration table.
type row struct{ Name, Default, Doc string }

// rows lists every setting in the order the README's table has them: the Neo4j part
// first, then the server's.
func rows() []row {
	var out []row
	for _, s := range neo4jSettings {
		out = append(out, row{s.name, s.def, s.doc})
	}
	for _, s := range serverSettings {
		out = append(out, row{s.name, s.def, s.doc})
	}
	return out
}

func TestNamesAreUnique(t *testing.T) {
	seen := map[string]bool{}
	for _, r := range rows() {
		if seen[r.Name] {
			t.Errorf("%s is listed twice", r.Name)
		}
		seen[r.Name] = true
	}
}

// TestREADMETable keeps README.md's configuration table equal, row by row, to the
// settings table that the parsing uses.
func TestREADMETable(t *testing.T) {
	f, err := os.Open("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var got []row
	in := false
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "## ") {
			in = line == "## Configuration"
			continue
		}
		if !in || !strings.HasPrefix(line, "| `") {
			continue
		}
		cells := strings.Split(strings.Trim(line, "|"), " | ")
		if len(cells) != 3 {
			t.Errorf("README row %q does not have three cells", line)
			continue
		}
		def := strings.Trim(strings.TrimSpace(cells[1]), "`")
		if def == "(empty)" {
			def = ""
		}
		got = append(got, row{strings.Trim(strings.TrimSpace(cells[0]), "`"), def, strings.TrimSpace(cells[2])})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(rows(), got); diff != "" {
		t.Errorf("README.md's configuration table differs from the settings (-settings +README):\n%s\nWant these rows:\n%s", diff, readmeRows())
	}
}

// readmeRows writes the table's rows as the README has them, to paste.
func readmeRows() string {
	var b strings.Builder
	for _, r := range rows() {
		def := "`" + r.Default + "`"
		if r.Default == "" {
			def = "(empty)"
		}
		fmt.Fprintf(&b, "| `%s` | %s | %s |\n", r.Name, def, r.Doc)
	}
	return b.String()
}
