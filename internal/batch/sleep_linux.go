package batch

import (
	"syscall"
	"time"
)

// sleepFor blocks the calling thread in nanosleep, which keeps microsecond precision.
func sleepFor(d time.Duration) {
	ts := syscall.NsecToTimespec(int64(d))
	for syscall.Nanosleep(&ts, &ts) == syscall.EINTR {
	}
}
