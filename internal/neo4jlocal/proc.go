package neo4jlocal

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// lockFile takes an exclusive flock on path, waiting while another process
// (a second `go test` binary, a CLI call) holds it. The kernel drops the lock
// if the holder dies, so a crash never leaves the instance locked. Go opens
// files close-on-exec, so the java child does not inherit the lock.
func lockFile(ctx context.Context, path string, logger *slog.Logger) (unlock func(), err error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, err
	}
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, err
	}
	logged := false
	for {
		err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
		if err == nil {
			return func() {
				syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
				f.Close()
			}, nil
		}
		if err != syscall.EWOULDBLOCK && err != syscall.EINTR {
			f.Close()
			return nil, fmt.Errorf("lock %s: %w", path, err)
		}
		if !logged {
			logger.Info("waiting for another process to release the lock", "lock", path)
			logged = true
		}
		select {
		case <-ctx.Done():
			f.Close()
			return nil, fmt.Errorf("waiting for lock %s: %w", path, ctx.Err())
		case <-time.After(200 * time.Millisecond):
		}
	}
}

func readPid(path string) (int, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return 0, err
	}
	pid, err := strconv.Atoi(strings.TrimSpace(string(b)))
	if err != nil || pid <= 0 {
		return 0, fmt.Errorf("%s: bad pid %q", path, strings.TrimSpace(string(b)))
	}
	return pid, nil
}

// processMatches reports whether pid is alive and is the Neo4j server of the
// instance in home. Checking the command line, not just the pid, keeps a
// stale pid file (reused pid after a reboot) from making us signal some
// other process. A zombie has an empty cmdline, so it counts as gone.
func processMatches(pid int, home string) bool {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/cmdline", pid))
	return err == nil && cmdlineMatches(b, home)
}

// cmdlineMatches checks a NUL-separated /proc/<pid>/cmdline for the Neo4j
// entry point and this exact home dir. Whole arguments are compared, so
// instance "test" does not match the home of "test2".
func cmdlineMatches(cmdline []byte, home string) bool {
	args := strings.Split(strings.TrimRight(string(cmdline), "\x00"), "\x00")
	var entry, homeDir bool
	for k, a := range args {
		switch {
		case a == entryPoint:
			entry = true
		case a == "--home-dir="+home:
			homeDir = true
		case a == "--home-dir" && k+1 < len(args) && args[k+1] == home:
			homeDir = true
		}
	}
	return entry && homeDir
}

// tailFile returns about the last n lines of path, reading only its end.
func tailFile(path string, n int) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	const maxRead = 64 << 10
	if st, err := f.Stat(); err == nil && st.Size() > maxRead {
		if _, err := f.Seek(-maxRead, io.SeekEnd); err != nil {
			return nil, err
		}
	}
	b, err := io.ReadAll(f)
	if err != nil {
		return nil, err
	}
	return lastLines(b, n), nil
}

func lastLines(b []byte, n int) []byte {
	b = bytes.TrimRight(b, "\n")
	for i := len(b) - 1; i >= 0; i-- {
		if b[i] == '\n' {
			n--
			if n == 0 {
				return b[i+1:]
			}
		}
	}
	return b
}

// findServer looks through /proc for this instance's server, for the error
// message when one runs without a valid pid file.
func findServer(home string) int {
	entries, _ := os.ReadDir("/proc")
	for _, e := range entries {
		pid, err := strconv.Atoi(e.Name())
		if err == nil && processMatches(pid, home) {
			return pid
		}
	}
	return 0
}
