// Package archtest checks the import rules of ARCHITECTURE.md: layers only point down,
// and the packages that own a concern (Cypher, HTTP) are the only ones that touch it.
package archtest

import (
	"encoding/json"
	"fmt"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
)

const module = "github.com/amity-graph/amity/"

// allowed lists, for each package of the module, the packages of the module it may
// import. A package missing here fails the test: a new package states its place.
var allowed = map[string][]string{
	"internal/derrors":           {},
	"internal/kg":                {"internal/derrors"},
	"internal/batch":             {},
	"internal/auth":              {"internal/derrors"},
	"internal/store/cypherguard": {"internal/derrors"},
	"internal/store":             {"internal/derrors", "internal/kg", "internal/store/cypherguard"},
	"internal/write":             {"internal/derrors", "internal/kg", "internal/store"},
	"internal/write/writetest":   {"internal/kg", "internal/store", "internal/write"},
	"internal/load/csvtable":     {"internal/kg"},
	"internal/load/refdata":      {"internal/derrors", "internal/kg", "internal/load/csvtable"},
	"internal/load/hsg":          {"internal/kg", "internal/load/refdata"},
	"internal/load/missions":     {"internal/kg", "internal/load/refdata"},
	"internal/load/pocom":        {"internal/kg", "internal/load/refdata", "internal/load/csvtable"},
	"internal/load/mayors":       {"internal/kg", "internal/load/refdata", "internal/load/csvtable"},
	"internal/load":              {"internal/derrors", "internal/kg", "internal/store", "internal/write", "internal/load/refdata", "internal/load/missions", "internal/load/hsg", "internal/load/pocom", "internal/load/mayors"},
	"internal/config":            {"internal/derrors", "internal/store"},
	"internal/ingest":            {"internal/kg", "internal/store"},
	"internal/neo4jlocal":        {},
	"internal/export":            {"internal/derrors", "internal/kg"},
	"web":                        {},
	"internal/synth":             {"internal/kg", "internal/store"},
	"internal/testdb":            {"internal/store", "internal/write", "internal/load", "internal/neo4jlocal"},
	"graph/model":                {"internal/kg"},
	"graph":                      {"graph/model", "internal/derrors", "internal/kg", "internal/store", "internal/write", "internal/batch", "internal/auth"},
	"internal/obs":               {"internal/store"},
	"internal/server":            {"graph", "internal/config", "internal/auth", "internal/derrors", "internal/kg", "internal/obs", "internal/store", "internal/export", "web", "internal/ingest"},
	"internal/server/servertest": {"graph", "internal/config", "internal/server", "internal/store"},
	"internal/archtest":          {},
	// Binaries wire the layers together and may import any of them.
	"cmd/*": {"*"},
}

// owners lists outside packages that only some of the module's packages may import.
var owners = map[string][]string{
	// Cypher lives in the store. neo4jlocal sets a new instance's password and waits
	// for it to answer; the benchmark's raw-driver floor calls the driver on purpose.
	"github.com/neo4j/neo4j-go-driver/": {"internal/store", "internal/neo4jlocal", "cmd/amity-bench"},
	// HTTP lives in the server (tests, their helper servertest and the benchmark harness
	// are clients).
	"net/http": {"internal/server", "internal/server/servertest", "cmd/amity-bench"},
	// Only the GraphQL layer and the server know gqlgen.
	"github.com/99designs/gqlgen/": {"graph", "graph/model", "internal/server", "cmd/amity-bench"},
}

type pkg struct {
	ImportPath string
	Imports    []string
}

func TestImportRules(t *testing.T) {
	_, file, _, _ := runtime.Caller(0)
	root := filepath.Join(filepath.Dir(file), "..", "..")
	cmd := exec.Command("go", "list", "-json=ImportPath,Imports", "./...")
	cmd.Dir = root
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	dec := json.NewDecoder(strings.NewReader(string(out)))
	n := 0
	for dec.More() {
		var p pkg
		if err := dec.Decode(&p); err != nil {
			t.Fatal(err)
		}
		n++
		for _, problem := range check(strings.TrimPrefix(p.ImportPath, module), p.Imports) {
			t.Error(problem)
		}
	}
	if n < 10 {
		t.Fatalf("go list found %d packages; is the module root right?", n)
	}
}

// check returns the rules that one package's imports break.
func check(name string, imports []string) []string {
	rule, ok := allowed[name]
	if !ok && strings.HasPrefix(name, "cmd/") {
		rule, ok = allowed["cmd/*"]
	}
	if !ok {
		return []string{fmt.Sprintf("%s has no import rule: add it to allowed in internal/archtest and to ARCHITECTURE.md", name)}
	}
	var problems []string
	for _, imp := range imports {
		if inner, ok := strings.CutPrefix(imp, module); ok {
			if !slices.Contains(rule, "*") && !slices.Contains(rule, inner) {
				problems = append(problems, fmt.Sprintf("%s imports %s, which ARCHITECTURE.md forbids", name, inner))
			}
			continue
		}
		for prefix, who := range owners {
			if (imp == strings.TrimSuffix(prefix, "/") || strings.HasPrefix(imp, prefix)) && !slices.Contains(who, name) {
				problems = append(problems, fmt.Sprintf("%s imports %s, which only %s may use", name, imp, strings.Join(who, ", ")))
			}
		}
	}
	return problems
}

// TestCheckCatchesForbiddenImports makes sure the rules can fail.
func TestCheckCatchesForbiddenImports(t *testing.T) {
	for _, tc := range []struct {
		pkg     string
		imports []string
		want    int
	}{
		{"graph", []string{module + "internal/load"}, 1},
		{"internal/store", []string{module + "graph"}, 1},
		{"internal/kg", []string{"github.com/neo4j/neo4j-go-driver/v5/neo4j"}, 1},
		{"graph", []string{"net/http"}, 1},
		{"internal/new", nil, 1},
		{"cmd/amity", []string{module + "internal/server", module + "graph"}, 0},
		{"internal/store", []string{"github.com/neo4j/neo4j-go-driver/v5/neo4j", module + "internal/kg"}, 0},
	} {
		if got := check(tc.pkg, tc.imports); len(got) != tc.want {
			t.Errorf("check(%s, %v) = %v, want %d problem(s)", tc.pkg, tc.imports, got, tc.want)
		}
	}
}
