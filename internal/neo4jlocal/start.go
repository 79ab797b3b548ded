package neo4jlocal

import (
	"bytes"
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/config"
)

// Start starts the instance and returns once it answers queries with the
// stored credentials. If it already runs, Start is a no-op. The first start
// of an instance replaces Neo4j's initial neo4j/neo4j password with a random
// one kept in <dir>/password (mode 0600). The server keeps running after the
// caller exits; Stop ends it.
func (i Instance) Start(ctx context.Context) error {
	i = i.withDefaults()
	if err := i.validate(); err != nil {
		return err
	}
	home, err := i.home()
	if err != nil {
		return err
	}
	if err := os.MkdirAll(home, 0o755); err != nil {
		return err
	}
	unlock, err := lockFile(ctx, filepath.Join(home, lockFileName), i.Logger)
	if err != nil {
		return err
	}
	defer unlock()

	if pid, ok := i.Running(); ok {
		i.Logger.Info("neo4j already running", "pid", pid, "uri", i.URI())
		// A start killed between spawning the server and storing the
		// password leaves a running server with no password file.
		if _, err := os.Stat(filepath.Join(home, passwordFile)); errors.Is(err, os.ErrNotExist) {
			return i.initPassword(ctx, home)
		}
		return nil
	}

	java, err := checkJava(ctx)
	if err != nil {
		return err
	}
	root := filepath.Dir(filepath.Dir(home))
	if err := EnsureJars(ctx, root, i.Logger); err != nil {
		return err
	}
	// A password file without a system database is left over from a data
	// directory someone deleted: the fresh database starts at neo4j/neo4j.
	if _, err := os.Stat(filepath.Join(home, "data", "databases", "system")); errors.Is(err, os.ErrNotExist) {
		for _, f := range []string{passwordFile, newPasswordFile} {
			if err := os.Remove(filepath.Join(home, f)); err == nil {
				i.Logger.Warn("removed password file of a deleted database", "file", f)
			}
		}
	}
	if err := i.writeConf(root, home); err != nil {
		return err
	}
	// Fail fast and clearly instead of letting Neo4j die on bind, or worse,
	// mistaking another server on the port for ours.
	if l, err := net.Listen("tcp", fmt.Sprintf("127.0.0.1:%d", i.BoltPort)); err != nil {
		if pid := findServer(home); pid != 0 {
			return fmt.Errorf("neo4j instance %s runs as pid %d but its pid file does not say so, so it is not ours to stop: end it with `kill %d`", i.Name, pid, pid)
		}
		return fmt.Errorf("neo4j instance %s: port %d on 127.0.0.1 is in use by another process (see `ss -ltnp`): %w", i.Name, i.BoltPort, err)
	} else {
		l.Close()
	}

	started := time.Now()
	proc, exited, err := i.spawn(java, root, home)
	if err != nil {
		return err
	}
	i.Logger.Info("neo4j starting", "pid", proc.Pid, "uri", i.URI(), "heap", i.Heap, "pagecache", i.PageCache)
	if err := i.waitReady(ctx, home, exited); err != nil {
		i.kill(proc, exited)
		os.Remove(filepath.Join(home, pidFile))
		return fmt.Errorf("%w%s", err, i.logTails(home))
	}
	i.Logger.Info("neo4j ready", "pid", proc.Pid, "uri", i.URI(), "took", time.Since(started).Round(time.Millisecond))
	return nil
}

// jvmFlags go on the java command line because server.jvm.additional and
// server.memory.heap.* are read only by Neo4j's own launcher. Besides heap
// and GC they are the flags that launcher adds by default.
func (i Instance) jvmFlags() []string {
	return []string{
		"-Xms" + i.Heap, "-Xmx" + i.Heap, // fixed heap: no resize pauses, memory known up front
		"-XX:+UseG1GC",
		"-XX:+ExitOnOutOfMemoryError", // a JVM after OOM is unreliable; die loudly instead
		"-XX:-OmitStackTraceInFastThrow",
		"-XX:+DisableExplicitGC",
		"-Dfile.encoding=UTF-8",
		"-Djdk.nio.maxCachedBufferSize=1024",
		"-Dio.netty.tryReflectionSetAccessible=true",
		"-Dlog4j2.disable.jmx=true",
		"--add-opens=java.base/java.nio=ALL-UNNAMED",
		"--add-opens=java.base/java.io=ALL-UNNAMED",
		"--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
	}
}

// spawn starts the server detached (own session, no terminal, output to
// console.log) so it outlives the caller, and writes the pid file. exited
// yields once the process ends, which also reaps it while we are its parent.
func (i Instance) spawn(java, root, home string) (*os.Process, <-chan error, error) {
	console := filepath.Join(home, consoleLog)
	// Keep the previous run's console output: it may explain a crash.
	if _, err := os.Stat(console); err == nil {
		os.Rename(console, console+".1")
	}
	out, err := os.OpenFile(console, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o644)
	if err != nil {
		return nil, nil, err
	}
	defer out.Close() // the child has its own copy

	args := append(i.jvmFlags(),
		"-cp", filepath.Join(root, libDir, "*"), // java expands the wildcard itself
		entryPoint,
		"--home-dir="+home,
		"--config-dir="+filepath.Join(home, "conf"),
		"--console-mode", // foreground: we supervise it, no launcher script
	)
	cmd := exec.Command(java, args...) // not CommandContext: it must outlive ctx
	cmd.Dir = home
	cmd.Stdin = nil // /dev/null
	cmd.Stdout, cmd.Stderr = out, out
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true}
	if err := cmd.Start(); err != nil {
		return nil, nil, fmt.Errorf("start %s: %w", java, err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait(); close(exited) }()
	if err := writeFileAtomic(filepath.Join(home, pidFile), []byte(strconv.Itoa(cmd.Process.Pid)+"\n"), 0o644); err != nil {
		i.kill(cmd.Process, exited)
		return nil, nil, err
	}
	return cmd.Process, exited, nil
}

// kill ends a server this call started and that failed to come up.
func (i Instance) kill(p *os.Process, exited <-chan error) {
	p.Signal(syscall.SIGTERM)
	select {
	case <-exited:
		return
	case <-time.After(10 * time.Second):
	}
	p.Kill()
	<-exited
}

// waitReady waits, within StartTimeout, until Bolt answers, sets the
// password on the first start, and a query runs on the default database.
func (i Instance) waitReady(ctx context.Context, home string, exited <-chan error) error {
	ctx, cancel := context.WithTimeout(ctx, i.StartTimeout)
	defer cancel()
	fail := func(what string, err error) error {
		if errors.Is(err, context.DeadlineExceeded) {
			return fmt.Errorf("neo4j instance %s: %s within %s: %w", i.Name, what, i.StartTimeout, err)
		}
		return fmt.Errorf("neo4j instance %s: %s: %w", i.Name, what, err)
	}

	// 1. Bolt answers. Until the first start has set a password, the
	// initial neo4j/neo4j logs in (expired, but the handshake succeeds).
	// Any server reply, even a refused login, means Bolt is up; the login
	// is retried no further, since repeated failures lock the account.
	auth := neo4j.BasicAuth(User, "neo4j", "")
	if _, pw, err := i.Credentials(); err == nil {
		auth = neo4j.BasicAuth(User, pw, "")
	}
	if err := i.poll(ctx, exited, auth, func(ctx context.Context, d neo4j.DriverWithContext) error {
		err := d.VerifyConnectivity(ctx)
		var ne *neo4j.Neo4jError
		if errors.As(err, &ne) {
			return nil
		}
		return err
	}); err != nil {
		return fail("bolt did not answer on "+i.URI(), err)
	}

	// 2. First start: replace the initial password.
	if _, err := os.Stat(filepath.Join(home, passwordFile)); errors.Is(err, os.ErrNotExist) {
		if err := i.initPassword(ctx, home); err != nil {
			return fail("could not set the password", err)
		}
	}

	// 3. The default database accepts queries (it starts after Bolt).
	_, pw, err := i.Credentials()
	if err != nil {
		return err
	}
	if err := i.poll(ctx, exited, neo4j.BasicAuth(User, pw, ""), func(ctx context.Context, d neo4j.DriverWithContext) error {
		err := run(ctx, d, "", "RETURN 1", nil)
		var ne *neo4j.Neo4jError
		if errors.As(err, &ne) && ne.HasSecurityCode() {
			// Retrying a wrong password would only lock the account.
			return permanent{fmt.Errorf("%w (the password in %s does not match the database; if its data was replaced, delete that file and the data/ directory)",
				err, filepath.Join(home, passwordFile))}
		}
		return err
	}); err != nil {
		return fail("default database did not accept queries", err)
	}
	return nil
}

// permanent marks an error that retrying will not fix.
type permanent struct{ error }

func (p permanent) Unwrap() error { return p.error }

// poll calls try every 250 ms until it succeeds or returns a permanent
// error, the server process exits, or ctx ends.
func (i Instance) poll(ctx context.Context, exited <-chan error, auth neo4j.AuthToken,
	try func(context.Context, neo4j.DriverWithContext) error) error {
	d, err := newDriver(i.URI(), auth)
	if err != nil {
		return err
	}
	defer d.Close(context.Background())
	for {
		actx, cancel := context.WithTimeout(ctx, 5*time.Second)
		err := try(actx, d)
		cancel()
		if err == nil {
			return nil
		}
		var p permanent
		if errors.As(err, &p) {
			return p.error
		}
		select {
		case xerr := <-exited:
			return fmt.Errorf("server process exited early (%v)", xerr)
		case <-ctx.Done():
			return fmt.Errorf("%w (last error: %v)", ctx.Err(), err)
		case <-time.After(250 * time.Millisecond):
		}
	}
}

func newDriver(uri string, auth neo4j.AuthToken) (neo4j.DriverWithContext, error) {
	return neo4j.NewDriverWithContext(uri, auth, func(c *config.Config) {
		// Fail each attempt fast; the caller's loop does the waiting.
		c.SocketConnectTimeout = 2 * time.Second
		c.ConnectionAcquisitionTimeout = 5 * time.Second
		c.MaxTransactionRetryTime = 0
		c.MaxConnectionPoolSize = 2
	})
}

// run runs one auto-commit query to completion. db "" is the default database.
func run(ctx context.Context, d neo4j.DriverWithContext, db, query string, params map[string]any) error {
	s := d.NewSession(ctx, neo4j.SessionConfig{DatabaseName: db})
	defer s.Close(context.Background())
	res, err := s.Run(ctx, query, params)
	if err != nil {
		return err
	}
	_, err = res.Consume(ctx)
	return err
}

// initPassword replaces Neo4j's initial (expired) neo4j/neo4j password with
// a random one and stores it. The new password is written to password.new
// before the change so a crash in between cannot lose it; a later start
// tries it first.
func (i Instance) initPassword(ctx context.Context, home string) error {
	pending := filepath.Join(home, newPasswordFile)
	final := filepath.Join(home, passwordFile)
	b, err := os.ReadFile(pending)
	pw := strings.TrimSpace(string(b))
	if err == nil && pw != "" {
		// Maybe a crashed start already set it.
		d, derr := newDriver(i.URI(), neo4j.BasicAuth(User, pw, ""))
		if derr == nil {
			err = d.VerifyConnectivity(ctx)
			d.Close(context.Background())
			if err == nil {
				return os.Rename(pending, final)
			}
		}
	} else {
		pw = rand.Text() // 26 base32 characters, 128 bits; shell-safe
		if err := writeFileAtomic(pending, []byte(pw+"\n"), 0o600); err != nil {
			return err
		}
	}

	d, err := newDriver(i.URI(), neo4j.BasicAuth(User, "neo4j", ""))
	if err != nil {
		return err
	}
	defer d.Close(context.Background())
	// The initial password is expired: login works but only this command
	// is allowed, and only against the system database.
	err = run(ctx, d, "system", "ALTER CURRENT USER SET PASSWORD FROM $old TO $new",
		map[string]any{"old": "neo4j", "new": pw})
	var ne *neo4j.Neo4jError
	if errors.As(err, &ne) && ne.IsAuthenticationFailed() {
		return fmt.Errorf("the database's password is no longer neo4j/neo4j and %s does not hold it: to start over, stop the instance and delete %s: %w",
			final, filepath.Join(home, "data"), err)
	}
	if err != nil {
		return fmt.Errorf("change the initial neo4j password: %w", err)
	}
	if err := os.Rename(pending, final); err != nil {
		return err
	}
	i.Logger.Info("set a generated neo4j password", "file", final)
	return nil
}

// logTails is appended to start errors: the end of whichever logs exist.
// In console mode neo4j.log repeats console.log, so identical tails show once.
func (i Instance) logTails(home string) string {
	var b strings.Builder
	var prev []byte
	for _, f := range []string{consoleLog, filepath.Join("logs", "neo4j.log")} {
		t, err := tailFile(filepath.Join(home, f), 30)
		if err != nil || len(t) == 0 || bytes.Equal(t, prev) {
			continue
		}
		prev = t
		fmt.Fprintf(&b, "\n--- %s (last lines) ---\n%s", filepath.Join(home, f), t)
	}
	return b.String()
}
