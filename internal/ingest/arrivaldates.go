package ingest

import (
	"regexp"
	"time"

	"github.com/amity-graph/amity/internal/kg"
)

// arrivedBefore ends in an arrival told in its sentence, a few words between ("the
// mayor arrived in Velmar on "): the day that follows is the first of the visit.
var arrivedBefore = regexp.MustCompile(`(?i)\barrived\b[^.!?\n"“”]{0,80}?\b(?:on|in) $`)

// arrivalDate gives the visit the day its party arrived, told before the sentence that
// made the event (at s): a visit starts on its arrival, while that later sentence often
// names the day of its high point ("culminating with the signing on ..."). The arrival
// must be a stated day no later than the date the event has, and at most two weeks
// before it; an event with no date takes it as it is.
func arrivalDate(f *factBuilder, s [2]int, cur *DateMention) *DateMention {
	for _, d := range f.dates {
		if d.bStart >= s[0] || d.Publication || !arrivedBefore.MatchString(f.c.text[max(0, d.bStart-120):d.bStart]) ||
			quoted(f.c.text[max(0, d.bStart-120):d.bStart]) || notEventDate(f.c.text, d.bStart) {
			continue
		}
		a, err := kg.ParseDate(d.Value)
		if err != nil || !a.HasYear() || a.Day == 0 {
			continue
		}
		if cur != nil {
			c, err := kg.ParseDate(cur.Value)
			if err != nil || !c.HasYear() || c.Day == 0 {
				continue
			}
			ta := time.Date(a.Year, time.Month(a.Month), a.Day, 0, 0, 0, 0, time.UTC)
			tc := time.Date(c.Year, time.Month(c.Month), c.Day, 0, 0, 0, 0, time.UTC)
			if ta.After(tc) || tc.Sub(ta) > 14*24*time.Hour {
				continue
			}
		}
		d := d
		return &d
	}
	return cur
}
