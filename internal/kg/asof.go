package kg

import (
	"fmt"
	"time"
)

// This file is the as-of rule: when a fact is in force, and what the graph looked like
// on a date. The store keeps each relationship's span as sortable day bounds (SpanProps)
// and filters with the same comparisons as AsOf.Holds; an integration test checks the
// two agree.

// Validity says how the facts of a relationship type are placed in time.
type Validity int

const (
	// Standing facts (where a city lies, what a body is part of) hold at every date,
	// unless their own startDate or endDate says otherwise.
	Standing Validity = iota
	// Dated facts (partnerships, offices, missions) are in force from their start to
	// their end. A fact whose start is unknown is left out of as-of answers unless the
	// caller asks for undated facts.
	Dated
	// EventTie facts (taking part in an event, an event held in or visiting a place)
	// count from the event's start on: as of a date, the network holds every event that
	// had begun by then.
	EventTie
)

// OpenTermYears bounds an office with no end: with a start and no end (or only an
// appointment date), it counts as held for at most this many years from its start.
// Sources list office holders long after they left without saying when; ten years is
// longer than the terms of the mayors and chiefs of mission in the data.
const OpenTermYears = 10

// The properties where the store keeps a relationship's span, as ISO days. They are
// derived from the stated dates on every write and never set by a caller.
const (
	PropValidFrom = "validFrom" // first day of the start; absent when the start is unknown or has no year
	PropValidTo   = "validTo"   // last day of the stated end; absent when no end is stated
	PropOpenUntil = "openUntil" // for an office with no stated end: the last day it may still be held
)

// StartProps and EndProps are the properties that state when a fact began and ended,
// first found first used. An office's appointment date stands in for a start no source
// gives.
var (
	StartProps = []string{"since", "startDate", "appointed"}
	EndProps   = []string{"until", "endDate"}
)

// Span is when a fact is in force, as ISO day strings that sort as dates. From is ""
// when the start is unknown (or has no year); To is "" when the fact has no end.
type Span struct {
	From, To string
}

// Known reports whether the fact's start is known, to the year at least.
func (s Span) Known() bool { return s.From != "" }

// SpanOf reads a span stored by SpanProps from a relationship's properties. eventStart
// is the first day of the event's start for EventTie types ("" when it has none).
func SpanOf(v Validity, props map[string]any, eventStart string) Span {
	str := func(k string) string { s, _ := props[k].(string); return s }
	sp := Span{From: str(PropValidFrom), To: str(PropValidTo)}
	if sp.To == "" {
		sp.To = str(PropOpenUntil)
	}
	if sp.From == "" && v == EventTie {
		sp.From = eventStart
	}
	return sp
}

// SpanProps derives the stored span of a relation of type typ from its stated dates
// (props, plus startDate and endDate when given apart). Only what the dates give is set,
// so merging the props of a second source without dates keeps the first one's span.
func SpanProps(typ string, props map[string]any, startDate, endDate string) map[string]any {
	get := func(k string) string {
		switch k {
		case "startDate":
			if startDate != "" {
				return startDate
			}
		case "endDate":
			if endDate != "" {
				return endDate
			}
		}
		s, _ := props[k].(string)
		return s
	}
	out := map[string]any{}
	var start Date
	for _, k := range StartProps {
		if d, err := ParseDate(get(k)); err == nil && d.HasYear() {
			start = d
			lo, _, _ := d.Bounds()
			out[PropValidFrom] = lo
			break
		}
	}
	for _, k := range EndProps {
		if d, err := ParseDate(get(k)); err == nil && d.HasYear() {
			_, hi, _ := d.Bounds()
			out[PropValidTo] = hi
			break
		}
	}
	if _, ended := out[PropValidTo]; !ended && typ == HoldsPosition && start.HasYear() {
		_, hi, _ := start.Bounds()
		t, _ := time.Parse(time.DateOnly, hi)
		out[PropOpenUntil] = t.AddDate(OpenTermYears, 0, 0).Format(time.DateOnly)
	}
	return out
}

// AsOf is a date to read the graph at: the first and last day it may stand for, and
// whether facts with an unknown start are wanted too.
type AsOf struct {
	Date           Date
	Lo, Hi         string
	IncludeUndated bool
}

// ParseAsOf reads an as-of date: a year, a month or a day. A date with no year cannot be
// compared with anything and is refused.
func ParseAsOf(s string, includeUndated bool) (AsOf, error) {
	d, err := ParseDate(s)
	if err != nil {
		return AsOf{}, err
	}
	lo, hi, ok := d.Bounds()
	if !ok {
		return AsOf{}, fmt.Errorf("date %q has no year, so nothing can be compared with it", s)
	}
	return AsOf{Date: d, Lo: lo, Hi: hi, IncludeUndated: includeUndated}, nil
}

// Holds reports whether a fact of validity v with span sp is in force on the date. A
// fact is in force when its start is not after the date and its end is not before it,
// each compared at the coarser of the two precisions: with day bounds that is start's
// first day <= the date's last day, and end's last day >= the date's first day, so
// 2010-08 is not after 2010. A fact whose start is unknown counts only when undated
// facts are asked for (standing facts always count), and then only if it has not ended.
func (a AsOf) Holds(v Validity, sp Span) bool {
	if sp.To != "" && sp.To < a.Lo {
		return false
	}
	if !sp.Known() {
		return v == Standing || a.IncludeUndated
	}
	return sp.From <= a.Hi
}

// ValidityOf is how relationships of type typ are placed in time (Standing for an
// unknown type).
func ValidityOf(typ string) Validity { return RelTypes[typ].Time }

// TypesOf lists the relationship types of one validity, sorted.
func TypesOf(v Validity) []string {
	var out []string
	for _, t := range RelTypeNames() {
		if RelTypes[t].Time == v {
			out = append(out, t)
		}
	}
	return out
}

// TimelineKey is where a stated date sorts in a timeline: its first day, so 2010 comes
// before 2010-03 and 2010-03 before 2010-03-02; a date with no year sorts after every
// dated one, by month and day. ok is false for a string that is not a date.
func TimelineKey(date string) (key string, ok bool) {
	d, err := ParseDate(date)
	if err != nil {
		return "", false
	}
	if lo, _, ok := d.Bounds(); ok {
		return lo, true
	}
	return "~" + d.String(), true
}

// StatedStart and StatedEnd are the dates a relationship's props state for its start and
// end, as given ("" when none is).
func StatedStart(props map[string]any) string { return firstDate(props, StartProps) }
func StatedEnd(props map[string]any) string   { return firstDate(props, EndProps) }

func firstDate(props map[string]any, keys []string) string {
	for _, k := range keys {
		if s, ok := props[k].(string); ok && ValidateDate(s) == nil {
			return s
		}
	}
	return ""
}
