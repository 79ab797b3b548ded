// Command amity-neo4j runs the project's own local Neo4j servers.
//
//	amity-neo4j [-instance dev|test|NAME] [-port N] [-timeout 2m] start|stop|status|env|fetch
//
// `eval "$(go run ./cmd/amity-neo4j -instance test env)"` sets NEO4J_URI,
// NEO4J_USER and NEO4J_PASSWORD for the instance.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/amity-graph/amity/internal/neo4jlocal"
)

type config struct {
	instance string
	port     int
	timeout  time.Duration
	command  string
	stdout   io.Writer
	logger   *slog.Logger
}

func main() {
	cfg := config{stdout: os.Stdout}
	flag.StringVar(&cfg.instance, "instance", "dev", "instance name: dev (port 7687), test (port 7688), or any name with -port")
	flag.IntVar(&cfg.port, "port", 0, "bolt port (default: 7687 for dev, 7688 for test; required for other names)")
	flag.DurationVar(&cfg.timeout, "timeout", neo4jlocal.DefaultStartTimeout, "how long start waits for Neo4j to answer")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: amity-neo4j [flags] start|stop|status|env|fetch\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() != 1 {
		flag.Usage()
		os.Exit(2)
	}
	cfg.command = flag.Arg(0)
	// Logs to stderr so `env` output on stdout stays eval-able.
	cfg.logger = slog.New(slog.NewTextHandler(os.Stderr, nil))

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := cfg.run(ctx); err != nil {
		fmt.Fprintln(os.Stderr, "amity-neo4j:", err)
		stop()
		os.Exit(1)
	}
}

func (c config) run(ctx context.Context) error {
	wd, err := os.Getwd()
	if err != nil {
		return err
	}
	root, err := neo4jlocal.FindRepoRoot(wd)
	if err != nil {
		return err
	}
	if c.command == "fetch" {
		return neo4jlocal.EnsureJars(ctx, root, c.logger)
	}
	inst, err := neo4jlocal.Named(root, c.instance, c.port)
	if err != nil {
		return err
	}
	inst.StartTimeout = c.timeout
	inst.Logger = c.logger

	switch c.command {
	case "start":
		return inst.Start(ctx)
	case "stop":
		return inst.Stop(ctx)
	case "status":
		if pid, ok := inst.Running(); ok {
			fmt.Fprintf(c.stdout, "%s: running pid=%d uri=%s\n", inst.Name, pid, inst.URI())
		} else {
			fmt.Fprintf(c.stdout, "%s: stopped uri=%s\n", inst.Name, inst.URI())
		}
		return nil
	case "env":
		user, pw, err := inst.Credentials()
		if err != nil {
			return err
		}
		fmt.Fprintf(c.stdout, "export NEO4J_URI=%s\nexport NEO4J_USER=%s\nexport NEO4J_PASSWORD=%s\n",
			shellQuote(inst.URI()), shellQuote(user), shellQuote(pw))
		return nil
	}
	return errors.New("unknown command " + c.command + ": want start, stop, status, env or fetch")
}

// shellQuote single-quotes s unless it is plainly safe, for eval.
func shellQuote(s string) string {
	if s != "" && strings.IndexFunc(s, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("/:.,_-+=@", r))
	}) < 0 {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}
