package neo4jlocal

import (
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// Default ports and sizes. Dev and test run side by side on a 2-core 24 GiB
// machine next to the Go server and tests: together they take ~6 GiB.
const (
	DevBoltPort  = 7687
	TestBoltPort = 7688

	devHeap       = "2g"
	devPageCache  = "2g"
	testHeap      = "1g"
	testPageCache = "512m"

	DefaultStartTimeout = 120 * time.Second
	DefaultStopTimeout  = 60 * time.Second

	// User is the only Neo4j user the local instances have.
	User = "neo4j"
)

// Instance is one local Neo4j server with its own directory
// <RepoRoot>/.data/<Name>/ (config, data, logs, pid and password files).
// The zero values of Heap, PageCache, StartTimeout, StopTimeout and Logger
// mean the defaults.
type Instance struct {
	Name         string
	RepoRoot     string
	BoltPort     int
	Heap         string // JVM heap, e.g. "1g"; used for both -Xms and -Xmx
	PageCache    string // server.memory.pagecache.size, e.g. "512m"
	StartTimeout time.Duration
	StopTimeout  time.Duration
	Logger       *slog.Logger
}

// Dev is the developer's instance on port 7687 (heap 2g, page cache 2g,
// overridable with NEO4J_HEAP and NEO4J_PAGECACHE).
func Dev(repoRoot string) Instance {
	return newInstance(repoRoot, "dev", DevBoltPort, devHeap, devPageCache)
}

// Test is the instance tests use, on port 7688 (heap 1g, page cache 512m,
// overridable with NEO4J_HEAP and NEO4J_PAGECACHE). It never shares a data
// directory with Dev.
func Test(repoRoot string) Instance {
	return newInstance(repoRoot, "test", TestBoltPort, testHeap, testPageCache)
}

// Named returns the instance called name: dev and test have default ports
// (port 0 keeps it); any other name needs an explicit port and gets the test
// instance's memory sizes.
func Named(repoRoot, name string, port int) (Instance, error) {
	var i Instance
	switch name {
	case "dev":
		i = Dev(repoRoot)
	case "test":
		i = Test(repoRoot)
	default:
		if port == 0 {
			return Instance{}, fmt.Errorf("instance %q has no default port: give one (e.g. -port 7690)", name)
		}
		i = newInstance(repoRoot, name, port, testHeap, testPageCache)
	}
	if port != 0 {
		i.BoltPort = port
	}
	return i, i.validate()
}

func newInstance(repoRoot, name string, port int, heap, pageCache string) Instance {
	// The environment wins over the built-in sizes so a bigger or smaller
	// machine needs no code change.
	if v := os.Getenv("NEO4J_HEAP"); v != "" {
		heap = v
	}
	if v := os.Getenv("NEO4J_PAGECACHE"); v != "" {
		pageCache = v
	}
	return Instance{Name: name, RepoRoot: repoRoot, BoltPort: port, Heap: heap, PageCache: pageCache}
}

// URI is the Bolt address of the instance.
func (i Instance) URI() string {
	return fmt.Sprintf("bolt://127.0.0.1:%d", i.BoltPort)
}

// Credentials returns the user and the password the instance's first start
// generated.
func (i Instance) Credentials() (user, password string, err error) {
	home, err := i.home()
	if err != nil {
		return "", "", err
	}
	b, err := os.ReadFile(filepath.Join(home, passwordFile))
	if errors.Is(err, os.ErrNotExist) {
		return "", "", fmt.Errorf("neo4j instance %s has no password yet: start it once first", i.Name)
	}
	if err != nil {
		return "", "", err
	}
	return User, strings.TrimSpace(string(b)), nil
}

// Running reports whether the pid file names a live Neo4j server of this
// instance. pid is the pid file's content even when ok is false (stale).
func (i Instance) Running() (pid int, ok bool) {
	home, err := i.home()
	if err != nil {
		return 0, false
	}
	pid, err = readPid(filepath.Join(home, pidFile))
	if err != nil {
		return 0, false
	}
	return pid, processMatches(pid, home)
}

// Dir is the instance's directory, <RepoRoot>/.data/<Name>.
func (i Instance) Dir() (string, error) { return i.home() }

// Files inside the instance directory.
const (
	pidFile         = "neo4j.pid"
	passwordFile    = "password"
	newPasswordFile = "password.new" // generated but maybe not yet set in Neo4j
	consoleLog      = "console.log"
	lockFileName    = ".lock"
)

// home is the instance directory with the repo root made absolute and free
// of symlinks, so the --home-dir on the java command line and the one
// Running looks for are the same string whoever asks.
func (i Instance) home() (string, error) {
	if i.RepoRoot == "" {
		return "", errors.New("neo4jlocal: Instance.RepoRoot is empty")
	}
	if !validName.MatchString(i.Name) {
		return "", fmt.Errorf("neo4jlocal: bad instance name %q: use letters, digits, - and _", i.Name)
	}
	root, err := filepath.Abs(i.RepoRoot)
	if err != nil {
		return "", err
	}
	if r, err := filepath.EvalSymlinks(root); err == nil {
		root = r
	}
	return filepath.Join(root, ".data", i.Name), nil
}

var validName = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$`)

func (i Instance) withDefaults() Instance {
	if i.Heap == "" || i.PageCache == "" {
		d := newInstance(i.RepoRoot, i.Name, i.BoltPort, testHeap, testPageCache)
		if i.Name == "dev" {
			d = newInstance(i.RepoRoot, i.Name, i.BoltPort, devHeap, devPageCache)
		}
		if i.Heap == "" {
			i.Heap = d.Heap
		}
		if i.PageCache == "" {
			i.PageCache = d.PageCache
		}
	}
	if i.StartTimeout <= 0 {
		i.StartTimeout = DefaultStartTimeout
	}
	if i.StopTimeout <= 0 {
		i.StopTimeout = DefaultStopTimeout
	}
	if i.Logger == nil {
		i.Logger = slog.Default()
	}
	i.Logger = i.Logger.With("instance", i.Name)
	return i
}

func (i Instance) validate() error {
	if _, err := i.home(); err != nil {
		return err
	}
	if i.BoltPort <= 0 || i.BoltPort > 65535 {
		return fmt.Errorf("neo4j instance %s: bad bolt port %d", i.Name, i.BoltPort)
	}
	if i.Heap != "" {
		if _, err := parseSize(i.Heap); err != nil {
			return fmt.Errorf("neo4j instance %s: heap (NEO4J_HEAP): %w", i.Name, err)
		}
	}
	if i.PageCache != "" {
		if _, err := parseSize(i.PageCache); err != nil {
			return fmt.Errorf("neo4j instance %s: page cache (NEO4J_PAGECACHE): %w", i.Name, err)
		}
	}
	return nil
}

// parseSize reads a JVM-style size ("512m", "2g", "1048576") into bytes. Only
// this form is accepted because the same string goes to -Xmx and into
// neo4j.conf, and both understand it.
func parseSize(s string) (int64, error) {
	m := sizeRE.FindStringSubmatch(s)
	if m == nil {
		return 0, fmt.Errorf("bad size %q: want a number with an optional k, m or g suffix, e.g. 512m or 2g", s)
	}
	n, err := strconv.ParseInt(m[1], 10, 64)
	if err != nil {
		return 0, fmt.Errorf("bad size %q: %w", s, err)
	}
	switch strings.ToLower(m[2]) {
	case "k":
		n <<= 10
	case "m":
		n <<= 20
	case "g":
		n <<= 30
	}
	if n <= 0 {
		return 0, fmt.Errorf("bad size %q: must be positive", s)
	}
	return n, nil
}

var sizeRE = regexp.MustCompile(`^([0-9]{1,12})([kKmMgG]?)$`)

// formatSize writes bytes in the largest unit that divides it exactly.
func formatSize(n int64) string {
	switch {
	case n%(1<<30) == 0:
		return fmt.Sprintf("%dg", n>>30)
	case n%(1<<20) == 0:
		return fmt.Sprintf("%dm", n>>20)
	case n%(1<<10) == 0:
		return fmt.Sprintf("%dk", n>>10)
	}
	return strconv.FormatInt(n, 10)
}

// FindRepoRoot walks up from from to the directory holding go.mod.
func FindRepoRoot(from string) (string, error) {
	dir, err := filepath.Abs(from)
	if err != nil {
		return "", err
	}
	for {
		if st, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil && !st.IsDir() {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("no go.mod in %s or any parent directory", from)
		}
		dir = parent
	}
}
