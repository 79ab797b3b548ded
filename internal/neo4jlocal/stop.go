package neo4jlocal

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"syscall"
	"time"
)

// Stop ends the instance's server: SIGTERM (Neo4j checkpoints and shuts down
// cleanly), then SIGKILL after StopTimeout. It signals only the process the
// pid file names, and only if that process is this instance's Neo4j. Stopping
// an instance that does not run is a no-op.
func (i Instance) Stop(ctx context.Context) error {
	i = i.withDefaults()
	if err := i.validate(); err != nil {
		return err
	}
	home, err := i.home()
	if err != nil {
		return err
	}
	if _, err := os.Stat(home); errors.Is(err, os.ErrNotExist) {
		i.Logger.Info("neo4j not running (instance never started)")
		return nil
	}
	// Serialise with Start so a stop never races a half-done start.
	unlock, err := lockFile(ctx, filepath.Join(home, lockFileName), i.Logger)
	if err != nil {
		return err
	}
	defer unlock()

	pidPath := filepath.Join(home, pidFile)
	pid, ok := i.Running()
	if !ok {
		if pid != 0 {
			i.Logger.Info("removing stale pid file", "pid", pid)
		}
		os.Remove(pidPath)
		i.Logger.Info("neo4j not running")
		return nil
	}

	started := time.Now()
	i.Logger.Info("stopping neo4j", "pid", pid)
	if err := syscall.Kill(pid, syscall.SIGTERM); err != nil && err != syscall.ESRCH {
		return fmt.Errorf("signal neo4j pid %d: %w", pid, err)
	}
	if !waitGone(ctx, pid, home, i.StopTimeout) {
		if ctx.Err() != nil {
			return fmt.Errorf("neo4j pid %d still stopping: %w", pid, ctx.Err())
		}
		i.Logger.Warn("neo4j did not stop in time, killing it", "pid", pid, "waited", i.StopTimeout)
		if err := syscall.Kill(pid, syscall.SIGKILL); err != nil && err != syscall.ESRCH {
			return fmt.Errorf("kill neo4j pid %d: %w", pid, err)
		}
		if !waitGone(ctx, pid, home, 10*time.Second) {
			return fmt.Errorf("neo4j pid %d survived SIGKILL", pid)
		}
	}
	os.Remove(pidPath)
	i.Logger.Info("neo4j stopped", "pid", pid, "took", time.Since(started).Round(time.Millisecond))
	return nil
}

// waitGone polls until pid no longer is this instance's server.
func waitGone(ctx context.Context, pid int, home string, limit time.Duration) bool {
	deadline := time.Now().Add(limit)
	for processMatches(pid, home) {
		if time.Now().After(deadline) {
			return false
		}
		select {
		case <-ctx.Done():
			return false
		case <-time.After(100 * time.Millisecond):
		}
	}
	return true
}
