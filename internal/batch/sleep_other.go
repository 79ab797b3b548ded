//go:build !linux

package batch

import "time"

// sleepFor falls back to the runtime's timer where nanosleep is not wired up.
func sleepFor(d time.Duration) { time.Sleep(d) }
