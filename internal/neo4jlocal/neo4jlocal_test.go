package neo4jlocal

import (
	"bufio"
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func repoRoot(t *testing.T) string {
	t.Helper()
	root, err := FindRepoRoot(".")
	if err != nil {
		t.Fatal(err)
	}
	return root
}

// parseConf turns neo4j.conf text into key -> value, failing on duplicates
// (Neo4j would take the last one silently).
func parseConf(t *testing.T, b []byte) map[string]string {
	t.Helper()
	m := map[string]string{}
	sc := bufio.NewScanner(bytes.NewReader(b))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		k, v, ok := strings.Cut(line, "=")
		if !ok {
			t.Fatalf("conf line without '=': %q", line)
		}
		if _, dup := m[k]; dup {
			t.Fatalf("conf sets %s twice", k)
		}
		m[k] = v
	}
	return m
}

func TestRenderConf(t *testing.T) {
	tmpl, err := os.ReadFile(filepath.Join(repoRoot(t), confTemplatePath))
	if err != nil {
		t.Fatal(err)
	}
	i := Instance{Name: "test", RepoRoot: "/r", BoltPort: 7688, Heap: "1g", PageCache: "512m"}
	p, err := i.confParams("/r/.data/test")
	if err != nil {
		t.Fatal(err)
	}
	out, err := renderConf(string(tmpl), p)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"server.default_listen_address":                         "127.0.0.1",
		"server.default_advertised_address":                     "127.0.0.1",
		"server.bolt.enabled":                                   "true",
		"server.bolt.listen_address":                            "127.0.0.1:7688",
		"server.bolt.advertised_address":                        "127.0.0.1:7688",
		"server.bolt.tls_level":                                 "DISABLED",
		"server.http.enabled":                                   "false",
		"server.https.enabled":                                  "false",
		"server.directories.data":                               "/r/.data/test/data",
		"server.directories.logs":                               "/r/.data/test/logs",
		"server.directories.run":                                "/r/.data/test/run",
		"server.directories.plugins":                            "/r/.data/test/plugins",
		"server.directories.import":                             "/r/.data/test/import",
		"server.memory.pagecache.size":                          "512m",
		"db.memory.transaction.total.max":                       "512m",
		"db.tx_log.rotation.retention_policy":                   "1G size",
		"dbms.security.auth_enabled":                            "true",
		"dbms.usage_report.enabled":                             "false",
		"internal.dbms.bolt.netty_server_shutdown_quiet_period": "0",
	}
	if diff := cmp.Diff(want, parseConf(t, out)); diff != "" {
		t.Errorf("rendered neo4j.conf (-want +got):\n%s", diff)
	}
}

func TestRenderConfMissingField(t *testing.T) {
	if _, err := renderConf("x={{.NoSuchField}}\n", confParams{}); err == nil {
		t.Error("renderConf with an unknown field: got no error")
	}
}

func TestTxMaxIsHalfTheHeap(t *testing.T) {
	for heap, want := range map[string]string{"1g": "512m", "2g": "1g", "512m": "256m", "3g": "1536m", "1000000": "500000"} {
		p, err := Instance{Name: "x", Heap: heap, PageCache: "1g"}.confParams("/h")
		if err != nil {
			t.Fatalf("heap %s: %v", heap, err)
		}
		if diff := cmp.Diff(want, p.TxMax); diff != "" {
			t.Errorf("heap %s: TxMax (-want +got):\n%s", heap, diff)
		}
	}
}

func TestParseSize(t *testing.T) {
	for in, want := range map[string]int64{"512m": 512 << 20, "2g": 2 << 30, "2G": 2 << 30, "64k": 64 << 10, "1024": 1024} {
		got, err := parseSize(in)
		if err != nil {
			t.Errorf("parseSize(%q): %v", in, err)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("parseSize(%q) (-want +got):\n%s", in, diff)
		}
	}
	for _, bad := range []string{"", "g", "2gb", "1.5g", "-1g", "0", "2g\nx=y", " 2g"} {
		if _, err := parseSize(bad); err == nil {
			t.Errorf("parseSize(%q): got no error", bad)
		}
	}
}

func TestParseJavaMajor(t *testing.T) {
	tests := map[string]int{
		"openjdk version \"17.0.15\" 2025-04-15\nOpenJDK Runtime Environment (build 17.0.15+6-Debian-1deb12u1)\n": 17,
		"openjdk version \"21\" 2023-09-19\n":                                     21,
		"openjdk version \"21-ea\" 2023-09-19\n":                                  21,
		"java version \"1.8.0_292\"\nJava(TM) SE Runtime Environment\n":           8,
		"openjdk version \"11.0.2\" 2019-01-15\n":                                 11,
		"Picked up JAVA_TOOL_OPTIONS: -Dx=y\nopenjdk version \"25\" 2025-09-16\n": 25,
	}
	for out, want := range tests {
		got, err := parseJavaMajor(out)
		if err != nil {
			t.Errorf("parseJavaMajor(%q): %v", out, err)
			continue
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("parseJavaMajor(%q) (-want +got):\n%s", out, diff)
		}
	}
	for _, bad := range []string{"", "bash: java: command not found", `version "x"`} {
		if _, err := parseJavaMajor(bad); err == nil {
			t.Errorf("parseJavaMajor(%q): got no error", bad)
		}
	}
}

func TestCmdlineMatches(t *testing.T) {
	home := "/r/.data/test"
	args := func(a ...string) []byte { return []byte(strings.Join(a, "\x00") + "\x00") }
	tests := []struct {
		name    string
		cmdline []byte
		want    bool
	}{
		{"ours", args("/usr/bin/java", "-Xmx1g", "-cp", "/r/.neo4j/lib/*", entryPoint, "--home-dir="+home, "--config-dir="+home+"/conf", "--console-mode"), true},
		{"separate home arg", args("java", entryPoint, "--home-dir", home), true},
		{"other instance", args("java", entryPoint, "--home-dir=/r/.data/dev"), false},
		{"instance name prefix", args("java", entryPoint, "--home-dir="+home+"2"), false},
		{"not neo4j", args("sleep", "--home-dir="+home), false},
		{"neo4j without home", args("java", entryPoint), false},
		{"zombie", nil, false},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, cmdlineMatches(tt.cmdline, home)); diff != "" {
			t.Errorf("%s: cmdlineMatches (-want +got):\n%s", tt.name, diff)
		}
	}
}

func TestNamed(t *testing.T) {
	t.Setenv("NEO4J_HEAP", "")
	t.Setenv("NEO4J_PAGECACHE", "")
	type got struct {
		Port            int
		Heap, PageCache string
	}
	for _, tt := range []struct {
		name string
		port int
		want got
	}{
		{"dev", 0, got{7687, "2g", "2g"}},
		{"test", 0, got{7688, "1g", "512m"}},
		{"test", 7777, got{7777, "1g", "512m"}},
		{"lifecycle", 7699, got{7699, "1g", "512m"}},
	} {
		i, err := Named("/r", tt.name, tt.port)
		if err != nil {
			t.Fatalf("Named(%q, %d): %v", tt.name, tt.port, err)
		}
		if diff := cmp.Diff(tt.want, got{i.BoltPort, i.Heap, i.PageCache}); diff != "" {
			t.Errorf("Named(%q, %d) (-want +got):\n%s", tt.name, tt.port, diff)
		}
	}
	for _, bad := range []struct {
		name string
		port int
	}{{"other", 0}, {"../escape", 7000}, {"", 7000}, {"x", 70000}} {
		if _, err := Named("/r", bad.name, bad.port); err == nil {
			t.Errorf("Named(%q, %d): got no error", bad.name, bad.port)
		}
	}
}

func TestSizesFromEnvironment(t *testing.T) {
	t.Setenv("NEO4J_HEAP", "3g")
	t.Setenv("NEO4J_PAGECACHE", "768m")
	i := Test("/r")
	if diff := cmp.Diff([2]string{"3g", "768m"}, [2]string{i.Heap, i.PageCache}); diff != "" {
		t.Errorf("Test() heap, page cache (-want +got):\n%s", diff)
	}
	t.Setenv("NEO4J_HEAP", "lots")
	if _, err := Named("/r", "test", 0); err == nil {
		t.Error("Named with NEO4J_HEAP=lots: got no error")
	}
}

func TestURI(t *testing.T) {
	if diff := cmp.Diff("bolt://127.0.0.1:7688", Test("/r").URI()); diff != "" {
		t.Errorf("URI (-want +got):\n%s", diff)
	}
}

func TestLastLines(t *testing.T) {
	for _, tt := range []struct {
		in   string
		n    int
		want string
	}{
		{"a\nb\nc\n", 2, "b\nc"},
		{"a\nb\nc", 5, "a\nb\nc"},
		{"", 3, ""},
	} {
		if diff := cmp.Diff(tt.want, string(lastLines([]byte(tt.in), tt.n))); diff != "" {
			t.Errorf("lastLines(%q, %d) (-want +got):\n%s", tt.in, tt.n, diff)
		}
	}
}

func TestFindRepoRoot(t *testing.T) {
	root := repoRoot(t)
	got, err := FindRepoRoot(filepath.Join(root, "internal", "neo4jlocal"))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(root, got); diff != "" {
		t.Errorf("FindRepoRoot (-want +got):\n%s", diff)
	}
	if _, err := FindRepoRoot("/"); err == nil {
		t.Error("FindRepoRoot(/): got no error")
	}
}

func TestPomVersion(t *testing.T) {
	v, err := pomNeo4jVersion(repoRoot(t))
	if err != nil {
		t.Fatal(err)
	}
	// ARCHITECTURE.md: 5.26 LTS, the last line that runs on Java 17.
	if !strings.HasPrefix(v, "5.26.") {
		t.Errorf("neo4j version in %s = %q, want 5.26.x", pomPath, v)
	}
}
