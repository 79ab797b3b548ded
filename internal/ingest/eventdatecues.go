package ingest

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
)

// Dates the event takes, or must not take, from the shape of English news prose:
//
//   - A date inside a clause opened by "before", "ahead of" or "prior to" ("Before
//     attending the council on May 6, the envoy visited ...") dates the later occasion
//     the visit preceded, not the visit.
//   - A sentence that tells two visits ("X visited Y; Y's mayor led a delegation on a
//     visit to X in June 2011") dates the second with a date after it; when that date
//     lies over a year before the publication date, it is the earlier visit the text
//     recalls, not the one it reports.
//   - A headline that names a visit and closes on a full date ("The Envoy's Visit to
//     Velmar - May 5, 2017") dates that visit when the reporting sentence has no date.
//   - "This year" opening a sentence that reports the visit ("This year, the mayor visits
//     ...") is the publication's year when nothing else dates the visit.

// precededOccasion ends in "before", "ahead of" or "prior to" and the rest of its clause
// (no comma, semicolon or sentence end between) right before a date.
var precededOccasion = regexp.MustCompile(`(?i)\b(?:before|ahead of|prior to)\b[^.,;:!?\n]{0,120}$`)

// precededDate reports whether the date at bStart names the occasion a "before" clause
// puts after the event.
func precededDate(text string, bStart int) bool {
	return precededOccasion.MatchString(text[max(0, bStart-140):bStart])
}

// ownVisitCue is a visit told as one of its own: a visiting verb, a delegation led, or a
// visit or trip as a noun.
var ownVisitCue = regexp.MustCompile(`(?i)\b(?:visit(?:ed|s|ing)?|(?:led|leads|leading|headed|heads|heading) (?:a|the|an?) (?:[\p{L}-]+ ){0,3}delegation|trip to|travell?ed to)\b`)

// recalledSecondVisit reports whether the date d of the sentence s follows a second visit
// cue of that sentence and lies over a year before the publication date.
func recalledSecondVisit(f *factBuilder, s [2]int, d DateMention) bool {
	if len(ownVisitCue.FindAllStringIndex(f.c.text[s[0]:d.bStart], 3)) < 2 {
		return false
	}
	pub, ok := publicationDate(f)
	if !ok {
		return false
	}
	v, err := kg.ParseDate(d.Value)
	if err != nil || !v.HasYear() {
		return false
	}
	// months counted from year and month; a bare year counts from its December
	month := v.Month
	if month == 0 {
		month = 12
	}
	pm := pub.Month
	if pm == 0 {
		pm = 1
	}
	return (pub.Year*12+pm)-(v.Year*12+month) > 12
}

// publicationDate is the article's own date line, if the linker read one, else a line
// of the page that labels an ISO date as its date ("PostDate:2018-04-10", "Release
// date: 2018-04-10"): a content system's posting date, which these two rules count from
// (the rest of the linker keeps its own reading of the page's date).
func publicationDate(f *factBuilder) (kg.Date, bool) {
	for _, d := range f.dates {
		if d.Publication {
			if p, err := kg.ParseDate(d.Value); err == nil && p.HasYear() {
				return p, true
			}
		}
	}
	if m := labelledDateLine.FindStringSubmatch(f.c.text); m != nil {
		y, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		d, _ := strconv.Atoi(m[3])
		p := kg.Date{Year: y, Month: mo, Day: d}
		if kg.ValidateDate(p.String()) == nil {
			return p, true
		}
	}
	return kg.Date{}, false
}

// labelledDateLine is a line that holds only a label ending in "date" and an ISO date.
var labelledDateLine = regexp.MustCompile(`(?im)^[ \t]*(?:\p{L}+[ \t]?){0,2}date[ \t]*[:：][ \t]*(\d{4})-(\d{1,2})-(\d{1,2})[ \t]*$`)

// undatedVisitDate dates an event whose reporting sentence has none: the full date
// closing a headline that names a visit, else a sentence-opening "This year" of a
// sentence that reports a visit, counted from the publication date.
func undatedVisitDate(f *factBuilder) *DateMention {
	text := f.c.text
	first, _, _ := strings.Cut(text, "\n")
	if ownVisitCue.MatchString(first) {
		if h, ok := headlineDate(first); ok {
			end := len(strings.TrimRight(first, " \t\r"))
			for _, d := range f.dates {
				if !d.Publication && d.bEnd == end && d.Value == h.String() {
					d := d
					return &d
				}
			}
		}
	}
	pub, ok := publicationDate(f)
	if !ok {
		return nil
	}
	for _, loc := range thisYearOpening.FindAllStringIndex(text, -1) {
		at := loc[1] - len("This year")
		end := strings.IndexAny(text[at:], ".!?\n")
		if end < 0 {
			end = len(text) - at
		}
		if !ownVisitCue.MatchString(text[at : at+end]) {
			continue
		}
		return &DateMention{Text: text[at : at+len("This year")], Value: strconv.Itoa(pub.Year), How: Relative,
			Note: "this year: the year of the publication date " + pub.String(), bStart: at, bEnd: at + len("This year")}
	}
	return nil
}

// thisYearOpening is "This year" opening a sentence, a comma after it.
var thisYearOpening = regexp.MustCompile(`(?:\A|[.!?]\s+|\n\s*)This year,`)
