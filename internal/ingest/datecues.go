package ingest

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
)

var (
	// headlineYear: a year closing the text's first line ("Holiday Message 2017",
	// "Event Ticker 2012"): the year the headline states, which its items share.
	headlineYear = regexp.MustCompile(`\A[^\n]*\S[ \t]+((?:19|20)\d\d)[ \t]*(?:\n|\z)`)
	// daysInto: "nine days into 2017", a day counted from the year's first.
	daysInto = regexp.MustCompile(`\b(?i:(one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) days? into) ((?:19|20)\d\d)\b`)
)

// moreDates adds to ds the days counted into a year where no date stands, and gives a
// month and day that found no year the headline's, when the text has no publication
// date (a ticker's items under "Event Ticker 2012"). The headline's year itself, "this
// year" and "today" are not dated: the annotated sets date them in some texts and
// leave them out in others, and a wrong date is worse than a missing one.
func moreDates(text string, pub kg.Date, ds []DateMention) []DateMention {
	taken := func(s, e int) bool {
		for _, d := range ds {
			if s < d.bEnd && d.bStart < e {
				return true
			}
		}
		return false
	}
	add := func(d DateMention) {
		if !taken(d.bStart, d.bEnd) && kg.ValidateDate(d.Value) == nil {
			ds = append(ds, d)
		}
	}
	head := 0
	if m := headlineYear.FindStringSubmatchIndex(text); m != nil {
		head, _ = strconv.Atoi(text[m[2]:m[3]])
	}
	for _, m := range daysInto.FindAllStringSubmatchIndex(text, -1) {
		n := numberWords[strings.ToLower(text[m[2]:m[3]])]
		if n == 0 {
			n, _ = strconv.Atoi(text[m[2]:m[3]])
		}
		y, _ := strconv.Atoi(text[m[4]:m[5]])
		if n >= 1 && n <= 31 {
			add(DateMention{Text: text[m[0]:m[1]], bStart: m[0], bEnd: m[1], Value: kg.Date{Year: y, Month: 1, Day: n}.String(), How: Derived,
				Note: "counted from the first day of " + text[m[4]:m[5]]})
		}
	}
	if !pub.HasYear() && head != 0 {
		for i, d := range ds {
			if d.How == NoYearYet && strings.HasPrefix(d.Value, "--") {
				if v := strconv.Itoa(head) + d.Value[1:]; kg.ValidateDate(v) == nil {
					ds[i].Stated, ds[i].Value, ds[i].How, ds[i].Note = d.Value, v, Derived, "the year of the headline"
				}
			}
		}
	}
	sortDates(ds)
	return ds
}

// rangeYear dates a range into another month by its first day, in the year its end
// states ("September 27 to October 1st, 2021": the year is stated, for the whole
// range); a range across the new year ("December 28 to January 3, 2022") began in the
// year before.
func rangeYear(d DateMention, year string, startMonth, endMonth int, day string) DateMention {
	y, _ := strconv.Atoi(year)
	if startMonth > endMonth {
		y--
	}
	dd, _ := strconv.Atoi(day)
	d.Value, d.How, d.Stated = kg.Date{Year: y, Month: startMonth, Day: dd}.String(), Stated, ""
	return d
}

// acrossMonths widens d, a month and day read at [start, end) with no year, over the end
// of its range when re finds one right after it (in another month, or the same one said
// again after a bare hyphen); its year, if the
// end states one, is the whole range's (rangeYear).
func acrossMonths(d DateMention, text string, start, end int, re *regexp.Regexp, month, day string) DateMention {
	e := re.FindStringSubmatchIndex(text[end:])
	if e == nil {
		return d
	}
	startMonth, endMonth := months[strings.ToLower(month)], months[strings.ToLower(text[end+e[4]:end+e[5]])]
	if sep := text[end : end+e[2]]; startMonth == endMonth && sep != "-" && sep != "–" && !wordSep.MatchString(sep) {
		// a spaced dash or "and" between two days of one month ("July 27 – July 30,
		// 2022") gives two dates, as the annotated sets read them; the month repeated in
		// one unspaced token ("May 1-May 4") is one stretch, and so is a span joined by
		// "to", "until" or "through", closed by its year or not ("May 3 to May 5, 2020",
		// "August 11 to August 15"): since the hundred-and-twenty-third set the
		// conventions give such a span its first day and leave its end out, where the
		// earliest sets had annotated the end as a date of its own
		return d
	}
	d.Text, d.bEnd = text[start:end+e[1]], end+e[1]
	d.Note = "a range; it ends on " + text[end+e[2]:end+e[1]]
	if e[6] >= 0 {
		d = rangeYear(d, text[end+e[6]:end+e[7]], startMonth, endMonth, day)
	}
	return d
}

// wordSep is a range's joining word between its two days, spaces around it.
var wordSep = regexp.MustCompile(`^\s+(?:to|until|through)\s+$`)

// cutMidNumber: a day number right before an ellipsis ("an April 3… Read more") may be
// the first digit of a longer one a teaser cut off (April 30), so it dates nothing.
var cutMidNumber = regexp.MustCompile(`^(?:…|\.\.\.)`)

// sinceBefore ends in "since" or a taking of office right before a date, at most a few
// words between ("since taking office last month", "since he took office in May", "since
// 2019"): the date starts a span or dates an office, not the event the text reports.
var sinceBefore = regexp.MustCompile(`(?i)(?:\bsince|\b(?:tak(?:ing|es|en)|took|assum(?:ing|ed)|entered) (?:up )?(?:office|(?:his|her|their) (?:post|office|duties)))(?:[ \t,]+[\p{L}’']+){0,3}[ \t]+$`)

// notEventDate reports whether the date at bStart opens no event: it follows "since", a
// first visit or a taking of office in its clause, or the text recalls it (recalledDate).
func notEventDate(text string, bStart int) bool {
	before := text[max(0, bStart-60):bStart]
	return sinceBefore.MatchString(before) || recalledDate(text, bStart) || precededDate(text, bStart) || (firstTimeBefore.MatchString(before) || ownedVisitBefore.MatchString(before)) && bareYear.MatchString(text[bStart:]) ||
		endedAfter.MatchString(text[bStart:min(len(text), bStart+160)]) && !spanAt.MatchString(text[bStart:]) && !fromBefore.MatchString(before)
}

// spanAt is a date that spans days ("April 24–27"), and fromBefore a "from" right before
// a date: a visit completed over a span is dated by its start all the same.
var (
	spanAt     = regexp.MustCompile(`^[^\n]{0,12}?\d\s?[-–]\s?\d`)
	fromBefore = regexp.MustCompile(`(?i)\bfrom\s+$`)
)

// ownedVisitBefore ends in someone's visit named as a thing, and "in" ("stemming from
// the Premier's visit to Alba in"): with a year alone, that earlier visit's year, not the
// day of what the sentence reports.
var ownedVisitBefore = regexp.MustCompile(`(?i)['’]s (?:[\p{L}-]+ )?(?:visit|trip|tour|mission)(?: to (?:the )?\p{Lu}[\p{L}’'-]*(?: \p{Lu}[\p{L}’'-]*)*)? in[ \t]+$`)

// endedAfter opens, right after a date and a few words, a visit told as ending on it
// ("November 5 – the envoy today completed a four-day visit"): the date is its last
// day, not its start.
var endedAfter = regexp.MustCompile(`^[^\n]{0,100}?\b(?:completed|concluded|wrapped up|ended) (?:a|an|her|his|their|the) (?:[\p{L}-]+ ){0,3}(?:visit|trip|tour|mission)\b`)

// firstTimeBefore ends in a first visit or arrival told in the past, a few words between
// ("first visited the country in 1979"): with a year alone, a past occasion the text
// recalls, not the one it reports ("is making his first visit on 22 May" is that one, and
// "she first visited the museum on May 3" a step of it, so neither the noun nor a day
// counts).
var firstTimeBefore = regexp.MustCompile(`(?i)\bfirst (?:visited|came|arrived|travell?ed|went|lived|worked)(?:[ \t,]+[\p{L}’'-]+){0,3}[ \t]+$`)

// bareYear is a year with no month or day after it.
var bareYear = regexp.MustCompile(`^\d{4}(?:[^\d\-–/]|$)`)
