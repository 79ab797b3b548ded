package ingest

import (
	"regexp"
	"strconv"
	"time"

	"github.com/amity-graph/amity/internal/kg"
)

// hedgedBefore ends in a word that makes the span after it a bound, not a length ("well
// over a year ago", "more than two years ago", "nearly a month ago"): counting back from
// the publication date would give a day the text never says.
var hedgedBefore = regexp.MustCompile(`(?i)\b(?:over|more than|nearly|almost|about|around|roughly|some|at least|less than|under)\s+$`)

// thisYearAfter: "March 3 this year" names the year the text is written in.
var thisYearAfter = regexp.MustCompile(`^,? (?:of )?this year\b`)

// statedThisYear gives a month and day followed by "this year" the publication's year, counted
// from it (relative), where without those words the year would be inferred.
func statedThisYear(d DateMention, after string, pub kg.Date) DateMention {
	if d.How == Stated || !pub.HasYear() || !thisYearAfter.MatchString(after) {
		return d
	}
	md, err := kg.ParseDate(d.Value)
	if err != nil || md.Day == 0 {
		return d
	}
	d.Value = kg.Date{Year: pub.Year, Month: md.Month, Day: md.Day}.String()
	d.How, d.Stated = Relative, ""
	d.Note = "this year: the year of the publication date " + pub.String()
	return d
}

// bracketedDateRe: a weekday followed by its date in brackets ("on Friday (9 May)").
var bracketedDateRe = regexp.MustCompile(`^ ?\(`)

// bracketedDate reads a weekday ending at end that is followed by a date in brackets
// ("on Friday (9 May)"): the text states the day, so the weekday is not counted from the
// publication date. It returns that date when it is full and falls on the weekday, and
// bracketed true whenever such a date follows (one without a year, or on another weekday,
// leaves the weekday undated rather than counted to a day the text does not say).
func bracketedDate(ds []DateMention, text string, end int, wd time.Weekday) (d *DateMention, bracketed bool) {
	loc := bracketedDateRe.FindStringIndex(text[end:])
	if loc == nil {
		return nil, false
	}
	for i := range ds {
		if ds[i].bStart != end+loc[1] {
			continue
		}
		v, err := kg.ParseDate(ds[i].Value)
		if err != nil || !v.HasYear() || v.Day == 0 ||
			time.Date(v.Year, time.Month(v.Month), v.Day, 0, 0, 0, 0, time.UTC).Weekday() != wd {
			return nil, true
		}
		return &ds[i], true
	}
	return nil, false
}

// rangeEndNote is the note findDates gives a range within one month.
var rangeEndNote = regexp.MustCompile(`^a range; the end day is (\d{1,2})$`)

// spanStart returns the start of a stretch of days, said earlier in the text, that holds
// the day d ("traveled to the region from May 2-7", then "On May 3, she met ..."): the
// event is the whole trip, which began on the stretch's first day, and d is a day within
// it. d comes back unchanged when no earlier stretch holds it.
func spanStart(ds []DateMention, d DateMention) DateMention {
	v, err := kg.ParseDate(d.Value)
	if err != nil || !v.HasYear() || v.Day == 0 {
		return d
	}
	for _, r := range ds {
		m := rangeEndNote.FindStringSubmatch(r.Note)
		if m == nil || r.bStart >= d.bStart || r.Publication {
			continue
		}
		rv, err := kg.ParseDate(r.Value)
		end, _ := strconv.Atoi(m[1])
		if err == nil && rv.Year == v.Year && rv.Month == v.Month && rv.Day < v.Day && v.Day <= end {
			return r
		}
	}
	return d
}
