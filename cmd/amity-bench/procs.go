package main

import (
	"context"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"syscall"
	"time"
)

// proc is a server the bench started and must stop.
type proc struct {
	name     string
	cmd      *exec.Cmd
	done     chan error
	log      string
	exitErr  error
	exitedAt time.Time
	restart  func(context.Context) (*proc, error)
}

// exited reports whether the process has ended, and how.
func (p *proc) exited() (bool, error) {
	select {
	case err, ok := <-p.done:
		if ok {
			p.exitErr, p.exitedAt = err, time.Now()
		}
		return true, p.exitErr
	default:
		return false, nil
	}
}

// alive restarts the server if it ended on its own (a crash, or a signal from outside
// the bench), logging how it ended; it returns the process to use.
func (p *proc) alive(ctx context.Context) (*proc, error) {
	gone, err := p.exited()
	if !gone {
		return p, nil
	}
	logf("WARNING: %s (pid %d) ended by itself: %v (exit status; see %s). Restarting it; the measurement in progress counted its failed requests as errors.",
		p.name, p.pid(), err, p.log)
	return p.restart(ctx)
}

func (p *proc) pid() int { return p.cmd.Process.Pid }

// startProc starts a server with its output in a log file and waits until health answers 200.
func startProc(ctx context.Context, name, dir, logPath string, env []string, health string, argv ...string) (*proc, error) {
	if err := os.MkdirAll(filepath.Dir(logPath), 0o755); err != nil {
		return nil, err
	}
	logf, err := os.Create(logPath)
	if err != nil {
		return nil, err
	}
	defer logf.Close()
	cmd := exec.Command(argv[0], argv[1:]...) // stopped by stop(), not by ctx: it must shut down cleanly
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	cmd.Stdout, cmd.Stderr = logf, logf
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("start %s: %w", name, err)
	}
	p := &proc{name: name, cmd: cmd, done: make(chan error, 1), log: logPath}
	go func() {
		err := cmd.Wait()
		if err == nil {
			err = fmt.Errorf("exit status 0")
		}
		p.done <- err
		close(p.done)
	}()
	deadline := time.Now().Add(90 * time.Second)
	for {
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, health, nil)
		resp, err := http.DefaultClient.Do(req)
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return p, nil
			}
		}
		select {
		case err := <-p.done:
			return nil, fmt.Errorf("%s exited while starting (%v); see %s", name, err, logPath)
		case <-ctx.Done():
			p.stop()
			return nil, ctx.Err()
		case <-time.After(200 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			p.stop()
			return nil, fmt.Errorf("%s did not become healthy at %s within 90s; see %s", name, health, logPath)
		}
	}
}

// stop sends SIGTERM to the server (only its own pid) and waits; SIGKILL after 15 s.
func (p *proc) stop() {
	if p == nil {
		return
	}
	if gone, _ := p.exited(); gone {
		return
	}
	_ = p.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-p.done:
	case <-time.After(15 * time.Second):
		_ = p.cmd.Process.Kill()
		<-p.done
	}
}

// amityEnv is the configuration Amity runs with in the benchmark beyond the Neo4j
// address: its production defaults except the per-client rate limit (50 requests/s per
// IP would cap a single-host load generator), the query cost limit and the response item
// cap (the nested query over a hub city asks for and carries more than the defaults allow).
var amityEnv = map[string]string{
	"AMITY_RATE_LIMIT":         "0",
	"AMITY_MAX_COMPLEXITY":     "10000000",
	"AMITY_MAX_RESPONSE_ITEMS": "100000000",
	"LOG_LEVEL":                "warn",
}

// logPath is a server's log file: one per scale, and one more per restart.
func logPath(e *env, name, scaleName string, attempt int) string {
	p := filepath.Join(e.o.root, ".bench", "logs", name+"-sf"+scaleName+".log")
	if attempt > 0 {
		p += fmt.Sprintf(".restart-%d", attempt)
	}
	return p
}

// startAmity starts an Amity binary on port: name is "amity" for the current build
// and "baseline" for the one built at -baseline. Both get the same environment, so
// they differ only in their code.
func startAmity(ctx context.Context, e *env, name, bin string, port int, scaleName string, attempt int) (*proc, error) {
	addr := "127.0.0.1:" + strconv.Itoa(port)
	env := []string{"NEO4J_URI=" + e.inst.URI(), "NEO4J_USER=" + e.user, "NEO4J_PASSWORD=" + e.pass, "NEO4J_DATABASE=neo4j",
		"LISTEN_ADDR=" + addr}
	for k, v := range amityEnv {
		env = append(env, k+"="+v)
	}
	p, err := startProc(ctx, name, e.o.root, logPath(e, name, scaleName, attempt),
		env, "http://"+addr+"/readyz", bin)
	if p != nil {
		p.restart = func(ctx context.Context) (*proc, error) {
			return startAmity(ctx, e, name, bin, port, scaleName, attempt+1)
		}
	}
	return p, err
}

func startPeer(ctx context.Context, e *env, scaleName string, attempt int) (*proc, error) {
	port := strconv.Itoa(e.o.peerPort)
	p, err := startProc(ctx, "peer", filepath.Join(e.o.root, "bench", "peer"), logPath(e, "peer", scaleName, attempt),
		[]string{"NEO4J_URI=" + e.inst.URI(), "NEO4J_USER=" + e.user, "NEO4J_PASSWORD=" + e.pass, "PORT=" + port,
			"NEO4J_MAX_CONNECTIONS=32", "NODE_ENV=production"},
		"http://127.0.0.1:"+port+"/healthz", "node", "server.mjs")
	if p != nil {
		p.restart = func(ctx context.Context) (*proc, error) { return startPeer(ctx, e, scaleName, attempt+1) }
	}
	return p, err
}
