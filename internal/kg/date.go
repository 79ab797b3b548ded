package kg

import (
	"fmt"
	"regexp"
	"strconv"
	"time"
)

var dateRe = regexp.MustCompile(`^(?:(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?|--(\d{2})-(\d{2}))$`)

// Date is a date with the precision its source gave: a year, a month, a day, or a
// month-day with no year. It is stored as its ISO string; precision is never invented.
type Date struct {
	Year, Month, Day int // zero where unknown
}

// ParseDate reads "2024", "2024-08", "2024-08-08" or "--03-20".
func ParseDate(s string) (Date, error) {
	m := dateRe.FindStringSubmatch(s)
	if m == nil {
		return Date{}, fmt.Errorf("date %q: use YYYY, YYYY-MM, YYYY-MM-DD or --MM-DD", s)
	}
	atoi := func(x string) int { n, _ := strconv.Atoi(x); return n }
	d := Date{Year: atoi(m[1]), Month: atoi(m[2]), Day: atoi(m[3])}
	if m[4] != "" {
		d = Date{Month: atoi(m[4]), Day: atoi(m[5])}
	}
	if d.Month > 12 || (m[2] != "" || m[4] != "") && d.Month < 1 {
		return Date{}, fmt.Errorf("date %q: month out of range", s)
	}
	if d.Day != 0 || m[3] != "" || m[5] != "" {
		y := d.Year
		if y == 0 {
			y = 2024 // a leap year, so --02-29 is allowed
		}
		t := time.Date(y, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC)
		if d.Day < 1 || t.Day() != d.Day {
			return Date{}, fmt.Errorf("date %q: no such day", s)
		}
	}
	return d, nil
}

// ValidateDate reports whether s is a well-formed partial date.
func ValidateDate(s string) error { _, err := ParseDate(s); return err }

// String renders the date back at its own precision.
func (d Date) String() string {
	switch {
	case d.Year == 0:
		return fmt.Sprintf("--%02d-%02d", d.Month, d.Day)
	case d.Month == 0:
		return fmt.Sprintf("%04d", d.Year)
	case d.Day == 0:
		return fmt.Sprintf("%04d-%02d", d.Year, d.Month)
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
}

// HasYear is false for month-day dates.
func (d Date) HasYear() bool { return d.Year != 0 }

// Bounds gives the first and last day the date may stand for, as sortable ISO strings:
// "2024-08" spans "2024-08-01".."2024-08-31". A date with no year has no bounds.
func (d Date) Bounds() (lo, hi string, ok bool) {
	if d.Year == 0 {
		return "", "", false
	}
	switch {
	case d.Month == 0:
		return fmt.Sprintf("%04d-01-01", d.Year), fmt.Sprintf("%04d-12-31", d.Year), true
	case d.Day == 0:
		last := time.Date(d.Year, time.Month(d.Month)+1, 0, 0, 0, 0, 0, time.UTC).Day()
		return fmt.Sprintf("%04d-%02d-01", d.Year, d.Month), fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, last), true
	}
	s := d.String()
	return s, s, true
}
