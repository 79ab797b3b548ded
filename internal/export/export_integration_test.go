//go:build integration

package export_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/amity-graph/amity/internal/server/servertest"
	"github.com/amity-graph/amity/internal/store"
	"github.com/amity-graph/amity/internal/testdb"
)

var db *store.Store

// TestMain loads the curated facts: small enough to export whole in every format, and
// the five articles' network is what analysts open in Gephi first.
func TestMain(m *testing.M) {
	testdb.Main(m.Run, func(ctx context.Context) (*store.Store, error) { return testdb.Loaded(ctx, true) },
		func(s *store.Store) { db = s })
}

// python is a Python with networkx: the machine's, or a venv of the test's own with
// networkx pinned. It never skips: without a reader the formats are unchecked.
func python(t *testing.T) string {
	t.Helper()
	if exec.Command("python3", "-c", "import networkx").Run() == nil {
		return "python3"
	}
	venv := filepath.Join(t.TempDir(), "venv")
	for _, args := range [][]string{{"python3", "-m", "venv", venv}, {filepath.Join(venv, "bin", "pip"), "install", "-q", "networkx==3.6.1"}} {
		if out, err := exec.Command(args[0], args[1:]...).CombinedOutput(); err != nil {
			t.Fatalf("%v: %v\n%s", args, err, out)
		}
	}
	return filepath.Join(venv, "bin", "python")
}

// readBack opens an export with a real reader (networkx for GraphML and GEXF, Python's
// zip and csv modules for the CSV archive, its json module for JSON lines) and reports
// what it found.
const readBack = `
import collections, csv, io, json, sys, zipfile
import networkx as nx
path, fmt, probe = sys.argv[1], sys.argv[2], sys.argv[3]
if fmt == "graphml":
    g = nx.read_graphml(path)
elif fmt == "gexf":
    g = nx.read_gexf(path)
else:
    g = nx.MultiDiGraph()
    if fmt == "csv":
        z = zipfile.ZipFile(path)
        nodes = list(csv.DictReader(io.TextIOWrapper(z.open("nodes.csv"), encoding="utf-8")))
        edges = list(csv.DictReader(io.TextIOWrapper(z.open("edges.csv"), encoding="utf-8")))
        for n in nodes: g.add_node(n["Id"], **n)
        for e in edges: g.add_edge(e["Source"], e["Target"], **e)
    else:
        for line in open(path, encoding="utf-8"):
            rec = json.loads(line)
            if "node" in rec: g.add_node(rec["node"]["id"], kind=rec["node"]["kind"], name=rec["node"]["name"])
            else: g.add_edge(rec["edge"]["from"], rec["edge"]["to"], type=rec["edge"]["type"])
types = collections.Counter(d.get("type") for _, _, d in g.edges(data=True))
p = g.nodes[probe] if probe in g else {}
print(json.dumps({"nodes": g.number_of_nodes(), "edges": g.number_of_edges(), "types": types,
                  "probe": {"kind": p.get("kind"), "name": p.get("name")}}))
`

type counts struct {
	Nodes, Edges int
	Types        map[string]int
	Probe        struct{ Kind, Name string }
}

func download(t *testing.T, url, file string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		b, _ := io.ReadAll(resp.Body)
		t.Fatalf("GET %s: %s %s", url, resp.Status, b)
	}
	f, err := os.Create(file)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.Copy(f, resp.Body); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
}

func read(t *testing.T, py, file, format, probe string) counts {
	t.Helper()
	out, err := exec.Command(py, "-c", readBack, file, format, probe).CombinedOutput()
	if err != nil {
		t.Fatalf("reading %s back: %v\n%s", file, err, out)
	}
	var c counts
	if err := json.Unmarshal(out, &c); err != nil {
		t.Fatalf("reader said %s: %v", out, err)
	}
	return c
}

// TestIntegrationExportsReadBack exports neighbourhoods in every format through
// GET /export and reads each file with networkx: the nodes, edges and relation types
// are those of the API's neighborhood, and the probed entity keeps its kind and name.
func TestIntegrationExportsReadBack(t *testing.T) {
	base := servertest.Start(t, db)
	py := python(t)
	dir := t.TempDir()
	for _, tc := range []struct {
		id       string
		depth    int
		wantKind string
		wantName string
	}{
		{"city:cn:shenyang", 1, "City", "Shenyang"},
		{"person:miyajima-daisuke", 2, "Person", "Miyajima Daisuke"},
		{"event:2024-08-08-hamamatsu-delegation", 2, "Event", ""},
	} {
		var api struct {
			Neighborhood struct {
				Truncated bool
				Nodes     []struct{ ID, Name string }
				Edges     []struct{ Type string }
			}
		}
		servertest.Query(t, base, fmt.Sprintf(`{ neighborhood(id: %q, depth: %d, limit: 1500) { truncated nodes { id name } edges { type } } }`, tc.id, tc.depth), &api)
		if api.Neighborhood.Truncated {
			t.Fatalf("%s: the API's neighbourhood is cut at 1,500; pick a smaller one", tc.id)
		}
		want := counts{Nodes: len(api.Neighborhood.Nodes), Edges: len(api.Neighborhood.Edges), Types: map[string]int{}}
		for _, e := range api.Neighborhood.Edges {
			want.Types[e.Type]++
		}
		want.Probe.Kind, want.Probe.Name = tc.wantKind, api.Neighborhood.Nodes[0].Name
		if tc.wantName != "" && want.Probe.Name != tc.wantName {
			t.Errorf("%s: the API names it %q, want %q", tc.id, want.Probe.Name, tc.wantName)
		}
		if want.Edges == 0 {
			t.Fatalf("%s: no edges to compare", tc.id)
		}
		for _, format := range []string{"graphml", "gexf", "csv", "jsonl"} {
			file := filepath.Join(dir, fmt.Sprintf("%s-%d.%s", filepath.Base(tc.id), tc.depth, format))
			download(t, fmt.Sprintf("%s/export?format=%s&id=%s&depth=%d", base, format, tc.id, tc.depth), file)
			got := read(t, py, file, format, tc.id)
			if d := cmp.Diff(want, got); d != "" {
				t.Errorf("%s depth %d as %s (-API +file):\n%s", tc.id, tc.depth, format, d)
			}
		}
	}
}

// TestIntegrationWholeGraphExport exports without an id: every entity and every
// relationship, as the API's stats count them.
func TestIntegrationWholeGraphExport(t *testing.T) {
	base := servertest.Start(t, db)
	py := python(t)
	var stats struct {
		Stats struct {
			Relationships int
			Labels        []struct {
				Name  string
				Count int
			}
		}
	}
	servertest.Query(t, base, `{ stats { relationships labels { name count } } }`, &stats)
	entities := 0
	for _, l := range stats.Stats.Labels {
		if l.Name == "Entity" {
			entities = l.Count
		}
	}
	file := filepath.Join(t.TempDir(), "all.gexf")
	download(t, base+"/export?format=gexf", file)
	got := read(t, py, file, "gexf", "city:cn:shenyang")
	if got.Nodes != entities || got.Edges != stats.Stats.Relationships {
		t.Errorf("whole graph: %d nodes and %d edges in the file; stats count %d entities and %d relationships",
			got.Nodes, got.Edges, entities, stats.Stats.Relationships)
	}
	if got.Probe.Name != "Shenyang" {
		t.Errorf("Shenyang reads back as %+v", got.Probe)
	}
}

// TestIntegrationExportErrors: bad requests are answered before any byte of a file,
// with the code a GraphQL caller would see.
func TestIntegrationExportErrors(t *testing.T) {
	base := servertest.Start(t, db)
	for _, tc := range []struct {
		query  string
		status int
		code   string
	}{
		{"format=xlsx", http.StatusBadRequest, "BAD_USER_INPUT"},
		{"format=gexf&id=city:xx:nowhere", http.StatusNotFound, "NOT_FOUND"},
		{"format=gexf&id=city:cn:shenyang&depth=9", http.StatusBadRequest, "BAD_USER_INPUT"},
		{"format=gexf&id=city:cn:shenyang&depth=two", http.StatusBadRequest, "BAD_USER_INPUT"},
		{"format=gexf&depth=2", http.StatusBadRequest, "BAD_USER_INPUT"},
	} {
		resp, err := http.Get(base + "/export?" + tc.query)
		if err != nil {
			t.Fatal(err)
		}
		var body struct {
			Errors []struct {
				Message    string
				Extensions struct{ Code string }
			}
		}
		json.NewDecoder(resp.Body).Decode(&body)
		resp.Body.Close()
		var codes []string
		for _, e := range body.Errors {
			codes = append(codes, e.Extensions.Code)
		}
		sort.Strings(codes)
		if resp.StatusCode != tc.status || !cmp.Equal(codes, []string{tc.code}) {
			t.Errorf("GET /export?%s = %d %v, want %d [%s]", tc.query, resp.StatusCode, codes, tc.status, tc.code)
		}
	}
}
