//go:build integration

package neo4jlocal

import (
	"context"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// TestStartStopRestart runs a real Neo4j in a throwaway instance on its own
// port, so it never touches the dev or test instance.
func TestStartStopRestart(t *testing.T) {
	root := repoRoot(t)
	requireJava(t, root)

	inst := Instance{
		Name: "lifecycle", RepoRoot: root, BoltPort: 7699,
		Heap: "512m", PageCache: "128m", // small: it only has to start
		StartTimeout: 3 * time.Minute, // room for a cold Maven fetch
		Logger:       slog.New(slog.NewTextHandler(testWriter{t}, nil)),
	}
	dir, err := inst.Dir()
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	cleanup := func() {
		if err := inst.Stop(ctx); err != nil {
			t.Errorf("cleanup stop: %v", err)
		}
		os.RemoveAll(dir)
	}
	cleanup() // leftovers of an interrupted run
	t.Cleanup(cleanup)

	begin := time.Now()
	if err := inst.Start(ctx); err != nil {
		t.Fatalf("first start: %v", err)
	}
	t.Logf("first start took %s", time.Since(begin).Round(time.Millisecond))
	pid, ok := inst.Running()
	if !ok {
		t.Fatal("not running after Start")
	}
	st, err := os.Stat(filepath.Join(dir, passwordFile))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(os.FileMode(0o600), st.Mode().Perm()); diff != "" {
		t.Errorf("password file mode (-want +got):\n%s", diff)
	}
	_, pw1, err := inst.Credentials()
	if err != nil {
		t.Fatal(err)
	}
	if len(pw1) < 24 {
		t.Errorf("generated password has %d characters, want 24 or more", len(pw1))
	}

	// A second Start is a no-op on the same process.
	if err := inst.Start(ctx); err != nil {
		t.Fatalf("second start: %v", err)
	}
	if pid2, ok := inst.Running(); !ok || pid2 != pid {
		t.Fatalf("after second start: pid %d running %v, want pid %d still running", pid2, ok, pid)
	}

	// Stored credentials work; it is the pinned version; write data that
	// must survive the restart.
	query(t, inst, "RETURN 1 AS x", "x", int64(1))
	v, _ := query(t, inst, "CALL dbms.components() YIELD versions RETURN versions[0] AS v", "v", nil).(string)
	if !strings.HasPrefix(v, "5.26") {
		t.Errorf("neo4j version %q, want 5.26.x", v)
	}
	query(t, inst, "CREATE (n:LifecycleProbe {v: 42}) RETURN n.v AS v", "v", int64(42))

	if err := inst.Stop(ctx); err != nil {
		t.Fatalf("stop: %v", err)
	}
	if pid, ok := inst.Running(); ok {
		t.Fatalf("still running after Stop (pid %d)", pid)
	}
	if _, err := os.Stat(filepath.Join(dir, pidFile)); !os.IsNotExist(err) {
		t.Errorf("pid file still there after Stop (stat error %v)", err)
	}
	if err := inst.Stop(ctx); err != nil {
		t.Errorf("stop when stopped: %v", err)
	}

	begin = time.Now()
	if err := inst.Start(ctx); err != nil {
		t.Fatalf("restart: %v", err)
	}
	t.Logf("restart took %s", time.Since(begin).Round(time.Millisecond))
	_, pw2, err := inst.Credentials()
	if err != nil {
		t.Fatal(err)
	}
	if pw2 != pw1 {
		t.Error("restart changed the password file")
	}
	query(t, inst, "MATCH (n:LifecycleProbe) RETURN n.v AS v", "v", int64(42))

	if err := inst.Stop(ctx); err != nil {
		t.Fatalf("final stop: %v", err)
	}
}

// requireJava fails without Java (and Maven, when the jars are missing) in
// CI, and skips elsewhere so a machine without them can run unit tests.
func requireJava(t *testing.T, root string) {
	t.Helper()
	var missing []string
	if _, err := checkJava(context.Background()); err != nil {
		missing = append(missing, err.Error())
	}
	if v, err := pomNeo4jVersion(root); err != nil || !haveJars(filepath.Join(root, libDir), v) {
		if _, err := exec.LookPath("mvn"); err != nil {
			missing = append(missing, "mvn not found and the neo4j jars are not fetched")
		}
	}
	if len(missing) == 0 {
		return
	}
	if os.Getenv("CI") == "true" {
		t.Fatalf("CI needs Java 17+ and Maven: %s", strings.Join(missing, "; "))
	}
	t.Skipf("no local Neo4j possible: %s", strings.Join(missing, "; "))
}

// query runs cypher with the instance's stored credentials and returns the
// column key of its single row, checking it against want unless want is nil.
func query(t *testing.T, inst Instance, cypher, key string, want any) any {
	t.Helper()
	user, pw, err := inst.Credentials()
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	d, err := neo4j.NewDriverWithContext(inst.URI(), neo4j.BasicAuth(user, pw, ""))
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close(ctx)
	res, err := neo4j.ExecuteQuery(ctx, d, cypher, nil, neo4j.EagerResultTransformer)
	if err != nil {
		t.Fatalf("%s: %v", cypher, err)
	}
	if len(res.Records) != 1 {
		t.Fatalf("%s: %d rows, want 1", cypher, len(res.Records))
	}
	got, _ := res.Records[0].Get(key)
	if want != nil {
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", cypher, diff)
		}
	}
	return got
}

// testWriter sends the instance's logs to the test log.
type testWriter struct{ t *testing.T }

func (w testWriter) Write(p []byte) (int, error) {
	w.t.Log(strings.TrimRight(string(p), "\n"))
	return len(p), nil
}
