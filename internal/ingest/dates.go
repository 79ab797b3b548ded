package ingest

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/amity-graph/amity/internal/kg"
)

// How a date was obtained.
const (
	Stated    = "stated"                    // the text gives it whole
	Inferred  = "inferred-from-publication" // a year (or month) taken from the publication date
	Relative  = "relative"                  // yesterday, on Tuesday: counted from the publication date
	Derived   = "derived"                   // computed, such as a start from an anniversary
	NoYearYet = "stated-without-year"       // a month and day, no year and no publication date
)

// DateMention is a date the article gives, resolved as far as the text allows.
type DateMention struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	// Value is a kg partial date: 2024-03-25, 2024-03, 2024 or --03-25.
	Value string `json:"value"`
	How   string `json:"how"`
	// Stated is what the text itself says, when Value adds to it (--03-25 for an
	// inferred 2024-03-25).
	Stated string `json:"stated,omitempty"`
	Note   string `json:"note,omitempty"`
	// Publication marks the date line of the article itself, which dates no event.
	Publication bool `json:"publication,omitempty"`

	bStart, bEnd int
}

// markPublication flags the dates that stand in a metadata line ("date 2022-11-05").
func markPublication(text string, ds []DateMention) {
	for _, m := range pubLineRe.FindAllStringIndex(text, -1) {
		for i := range ds {
			if ds[i].bStart >= m[0] && ds[i].bEnd <= m[1] {
				ds[i].Publication = true
			}
		}
	}
}

var months = map[string]int{"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
	"may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
	"october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12}

// rangeSep joins the two days of one date expression ("22-23", "22 to 23", "22 and 23"):
// read apart, the second day would lose the year the whole expression shares.
const rangeSep = `(?:\s*[-–]\s*|\s+(?:to|and|until|through)\s+)`

const monthRe = `(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?`

var (
	isoDateRe = regexp.MustCompile(`\b(\d{4})-(\d{2})-(\d{2})\b`)
	// "March 25th", "May 19th to 26th", "May 22 and 23", "Nov. 21, 2024", "March 25th, 2024";
	// a year after a comma with no space ("December 18,2018") is still the stated year
	monthDayRe = regexp.MustCompile(`\b` + monthRe + ` (\d{1,2})(?:st|nd|rd|th)?(?:` + rangeSep + `(\d{1,2})(?:st|nd|rd|th)?)?(?:(?:, ?| )(\d{4}))?\b`)
	// "10 August 2024", "9 May", "28-31 August", "from 28 to 31 August", "22 and 23 May"
	dayMonthRe = regexp.MustCompile(`\b(\d{1,2})(?:st|nd|rd|th)?(?:` + rangeSep + `(\d{1,2})(?:st|nd|rd|th)?)? ` + monthRe + `(?:(?:, ?| )(\d{4}))?\b`)
	// "in August 2008", "in August of 2008"
	monthYearRe = regexp.MustCompile(`\b(?:in |since |of |from |until |by )` + monthRe + `,?(?: of)? (\d{4})\b`)
	// "a year and a half ago", "three months ago"
	agoRe = regexp.MustCompile(`\b(?i:(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) (year|month)s?( and a half)? ago)\b`)
	// "last month", "last year"
	lastRe = regexp.MustCompile(`\b(?i:last (month|year))\b`)
	// a month right before "last year"
	monthBeforeRe = regexp.MustCompile(`\b` + monthRe + ` $`)
	// "the same day": the day of the date said before it
	sameDayRe   = regexp.MustCompile(`\b(?i:the same day)\b`)
	yearRe      = regexp.MustCompile(`\b(?:in|since|of|from) (\d{4})\b`)
	weekdayRe   = regexp.MustCompile(`\b(?:on |last |(this) )?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b`)
	yesterdayRe = regexp.MustCompile(`\b(?i:yesterday)\b`)
	dayOnlyRe   = regexp.MustCompile(`\bon the (?:(?:morning|afternoon|evening) of the )?(\d{1,2})(?:st|nd|rd|th)\b`)
	// a weekday naming the day its month and day state: "Friday, November 1",
	// "Tuesday, 30 May" (the stated day, not the weekday, says how it is known)
	weekdayOfDate = regexp.MustCompile(`^,? (?:` + monthRe + ` \d|\d{1,2}(?:st|nd|rd|th)? ` + monthRe + `)`)
	dayOnlyEnd    = regexp.MustCompile(`^(?:[,.:;)]|\s*$|\s+(?:of|at|in|and|when|as)\b)`)
	// the end of a range into another month, the day first: " to 1 October" ("and"
	// there joins two dates more often than it spans a stretch)
	crossDayMonthRe = regexp.MustCompile(`^(?:\s*[-–]\s*|\s+(?:to|until|through)\s+)(\d{1,2}(?:st|nd|rd|th)? ` + monthRe + `)(?:,? (\d{4}))?\b`)
	// the end of a range into another month: " through August 10"
	crossMonthRe = regexp.MustCompile(`^` + rangeSep + `(` + monthRe + ` \d{1,2}(?:st|nd|rd|th)?)(?:,? (\d{4}))?\b`)
	// a trip announced: "will travel to", "is on travel to", "will visit"
	announceRe = regexp.MustCompile(`\b(?:will (?:travel|visit|lead a delegation|depart)|(?:is|are) on travel)\b`)
	annivRe    = regexp.MustCompile(`\b(\d{1,3})(?:st|nd|rd|th) (?:year )?anniversary\b`)
)

// findDates reads every date of the text and resolves it against the publication date
// (zero when unknown). A date is never given more precision than the text and the
// publication date support, and says how it was obtained.
func findDates(text string, pub kg.Date, sents [][2]int) []DateMention {
	var out []DateMention
	taken := func(s, e int) bool {
		for _, d := range out {
			if s < d.bEnd && d.bStart < e {
				return true
			}
		}
		return false
	}
	add := func(d DateMention) {
		if !taken(d.bStart, d.bEnd) {
			out = append(out, d)
		}
	}
	for _, m := range isoDateRe.FindAllStringSubmatchIndex(text, -1) {
		v := text[m[0]:m[1]]
		if kg.ValidateDate(v) == nil {
			add(DateMention{Text: v, bStart: m[0], bEnd: m[1], Value: v, How: Stated})
		}
	}
	// a text that announces a trip speaks of days to come, so a day in the months just
	// after its publication is in the same year
	announces := announceRe.MatchString(text)
	// dayOf reads a month and day, with the year when the text gives it (a group index
	// below zero when it does not).
	dayOf := func(m []int, monthAt, dayAt, yearAt int) DateMention {
		mon := months[strings.ToLower(text[m[monthAt]:m[monthAt+1]])]
		day, _ := strconv.Atoi(text[m[dayAt]:m[dayAt+1]])
		d := DateMention{Text: text[m[0]:m[1]], bStart: m[0], bEnd: m[1]}
		if m[yearAt] < 0 {
			return resolveMonthDay(d, mon, day, pub, announces)
		}
		y, _ := strconv.Atoi(text[m[yearAt]:m[yearAt+1]])
		d.Value, d.How = kg.Date{Year: y, Month: mon, Day: day}.String(), Stated
		return d
	}
	for _, m := range monthDayRe.FindAllStringSubmatchIndex(text, -1) {
		if m[8] < 0 && (insideEventName(text[m[1]:]) || holidayOfBefore.MatchString(text[:m[0]])) {
			continue // "July 4th Celebration" names a holiday's party, not its day
		}
		if m[8] < 0 && cutMidNumber.MatchString(text[m[1]:]) {
			continue
		}
		d := dayOf(m, 2, 4, 8)
		d = statedThisYear(d, text[m[1]:], pub)
		if m[6] >= 0 {
			d.Note = "a range; the end day is " + text[m[6]:m[7]]
		} else if m[8] < 0 {
			// "July 31 through August 10" is one stretch of time, dated by its start;
			// its end read alone would be a second date
			d = acrossMonths(d, text, m[0], m[1], crossMonthRe, text[m[2]:m[3]], text[m[4]:m[5]])
		}
		if kg.ValidateDate(d.Value) == nil {
			add(d)
		}
	}
	for _, m := range dayMonthRe.FindAllStringSubmatchIndex(text, -1) {
		if m[8] < 0 && dayMonthNames(text[m[1]:]) {
			continue // "the 10 November Institute" names a body
		}
		// a range's start is the event's: "28-31 August" began on the 28th
		d := dayOf(m, 6, 2, 8)
		d = statedThisYear(d, text[m[1]:], pub)
		if m[4] >= 0 {
			d.Note = "a range; the end day is " + text[m[4]:m[5]]
		} else if m[8] < 0 {
			// "28 September to 1 October" is one stretch of time, as its other order is
			d = acrossMonths(d, text, m[0], m[1], crossDayMonthRe, text[m[6]:m[7]], text[m[2]:m[3]])
		}
		if kg.ValidateDate(d.Value) == nil {
			add(d)
		}
	}
	for _, m := range monthYearRe.FindAllStringSubmatchIndex(text, -1) {
		mon := months[strings.ToLower(text[m[2]:m[3]])]
		y, _ := strconv.Atoi(text[m[4]:m[5]])
		add(DateMention{Text: text[m[2]:m[1]], bStart: m[2], bEnd: m[1], Value: kg.Date{Year: y, Month: mon}.String(), How: Stated})
	}
	for _, m := range yearRe.FindAllStringSubmatchIndex(text, -1) {
		y, _ := strconv.Atoi(text[m[2]:m[3]])
		if y >= 1900 && y <= 2100 && !fiscalYear(text, m[2], m[3]) {
			add(DateMention{Text: text[m[2]:m[3]], bStart: m[2], bEnd: m[3], Value: text[m[2]:m[3]], How: Stated})
		}
	}
	for _, m := range weekdayRe.FindAllStringSubmatchIndex(text, -1) {
		if !pub.HasYear() || pub.Day == 0 || weekdayOfDate.MatchString(text[m[1]:]) || namedWeekday(text, m[4]) {
			continue // "Friday, November 1, 2013" and "Tuesday, 30 May" are read by their day
		}
		wd := weekday(text[m[4]:m[5]])
		if b, ok := bracketedDate(out, text, m[5], wd); ok {
			if b != nil {
				add(DateMention{Text: text[m[4]:m[5]], bStart: m[4], bEnd: m[5], Value: b.Value, How: Relative,
					Note: "the day its bracketed date " + b.Text + " states"})
			}
			continue
		}
		t := time.Date(pub.Year, time.Month(pub.Month), pub.Day, 0, 0, 0, 0, time.UTC)
		if m[2] >= 0 {
			// "this Sunday" in a text that announces is the coming one, on or after
			// the page's date; a bare weekday reports one past
			for t.Weekday() != wd {
				t = t.AddDate(0, 0, 1)
			}
			add(DateMention{Text: text[m[2]:m[5]], bStart: m[2], bEnd: m[5], Value: t.Format("2006-01-02"), How: Relative,
				Note: fmt.Sprintf("the first %s on or after the publication date %s", text[m[4]:m[5]], pub)})
			continue
		}
		for t.Weekday() != wd {
			t = t.AddDate(0, 0, -1)
		}
		add(DateMention{Text: text[m[4]:m[5]], bStart: m[4], bEnd: m[5], Value: t.Format("2006-01-02"), How: Relative,
			Note: fmt.Sprintf("the last %s on or before the publication date %s", text[m[4]:m[5]], pub)})
	}
	for _, m := range yesterdayRe.FindAllStringIndex(text, -1) {
		if !pub.HasYear() || pub.Day == 0 {
			continue
		}
		t := time.Date(pub.Year, time.Month(pub.Month), pub.Day, 0, 0, 0, 0, time.UTC)
		// "today" is left alone: in quoted speech it is the day of the speech, not of
		// the article.
		t = t.AddDate(0, 0, -1)
		add(DateMention{Text: text[m[0]:m[1]], bStart: m[0], bEnd: m[1], Value: t.Format("2006-01-02"), How: Relative,
			Note: "the day before the publication date " + pub.String()})
	}
	for _, m := range agoRe.FindAllStringSubmatchIndex(text, -1) {
		if !pub.HasYear() || pub.Month == 0 || hedgedBefore.MatchString(text[max(0, m[0]-20):m[0]]) {
			continue
		}
		n := numberWords[strings.ToLower(text[m[2]:m[3]])]
		if n == 0 {
			n, _ = strconv.Atoi(text[m[2]:m[3]])
		}
		years, half := strings.EqualFold(text[m[4]:m[5]], "year"), m[6] >= 0
		back := n
		if years {
			back = 12 * n
			if half {
				back += 6
			}
		}
		t := time.Date(pub.Year, time.Month(pub.Month), 1, 0, 0, 0, 0, time.UTC).AddDate(0, -back, 0)
		v := kg.Date{Year: t.Year(), Month: int(t.Month())}
		if years && !half {
			v.Month = 0 // "two years ago" says a year, not a month
		}
		add(DateMention{Text: text[m[0]:m[1]], bStart: m[0], bEnd: m[1], Value: v.String(), How: Relative,
			Note: "counted back from the publication date " + pub.String()})
	}
	for _, m := range lastRe.FindAllStringSubmatchIndex(text, -1) {
		if !pub.HasYear() || pub.Month == 0 {
			continue
		}
		v := kg.Date{Year: pub.Year - 1}
		// "April last year": the month of the year before
		if b := monthBeforeRe.FindStringSubmatchIndex(text[:m[0]]); b != nil && strings.EqualFold(text[m[2]:m[3]], "year") {
			v.Month = months[strings.ToLower(text[b[2]:b[3]])]
			m = []int{b[0], m[1], m[2], m[3]}
		}
		if strings.EqualFold(text[m[2]:m[3]], "month") {
			t := time.Date(pub.Year, time.Month(pub.Month), 1, 0, 0, 0, 0, time.UTC).AddDate(0, -1, 0)
			v = kg.Date{Year: t.Year(), Month: int(t.Month())}
		}
		add(DateMention{Text: text[m[0]:m[1]], bStart: m[0], bEnd: m[1], Value: v.String(), How: Relative,
			Note: "the " + strings.ToLower(text[m[2]:m[3]]) + " before the publication date " + pub.String()})
	}
	for _, m := range dayOnlyRe.FindAllStringSubmatchIndex(text, -1) {
		if !pub.HasYear() || pub.Day == 0 || !dayOnlyEnd.MatchString(text[m[1]:]) {
			continue // "on the 15th year anniversary" is no day
		}
		day, _ := strconv.Atoi(text[m[2]:m[3]])
		y, mon := pub.Year, pub.Month
		if day > pub.Day {
			mon--
			if mon == 0 {
				y, mon = y-1, 12
			}
		}
		v := kg.Date{Year: y, Month: mon, Day: day}.String()
		if kg.ValidateDate(v) == nil {
			add(DateMention{Text: text[m[0]:m[1]], bStart: m[0], bEnd: m[1], Value: v, How: Relative,
				Note: "the day of the month on or before the publication date " + pub.String()})
		}
	}
	sortDates(out)
	// "the same day" is the day of the last full date said before it
	for _, m := range sameDayRe.FindAllStringIndex(text, -1) {
		for i := len(out) - 1; i >= 0; i-- {
			d, err := kg.ParseDate(out[i].Value)
			if out[i].bEnd > m[0] || err != nil || d.Day == 0 {
				continue
			}
			if d.HasYear() && d.Day != 0 && !taken(m[0], m[1]) {
				out = append(out, DateMention{Text: text[m[0]:m[1]], bStart: m[0], bEnd: m[1], Value: out[i].Value, How: Relative,
					Note: "the day of " + out[i].Text})
			}
			break
		}
	}
	return moreDates(text, pub, out)
}

// numberWords are the small numbers written out.
var numberWords = map[string]int{"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10}

// resolveMonthDay gives a month and day a year from the publication date: the latest
// such day on or before it (news reports what happened), marked as inferred. Without a
// publication date it stays --MM-DD, and so does a day in the two months after it: news
// announces what comes ("ahead of the Dialogue on 30 July") as often as it recalls a
// year before, so that year cannot be told.
//
// A text that announces a trip ("will travel to ... on May 2") is the exception: the
// days it names after its publication are the coming ones, in the same year.
func resolveMonthDay(d DateMention, mon, day int, pub kg.Date, announces bool) DateMention {
	md := kg.Date{Month: mon, Day: day}.String()
	if !pub.HasYear() || pub.Month == 0 {
		d.Value, d.How = md, NoYearYet
		return d
	}
	y := pub.Year
	if mon > pub.Month || mon == pub.Month && pub.Day != 0 && day > pub.Day {
		ahead := (mon - pub.Month + 12) % 12
		if ahead <= 2 && announces && mon >= pub.Month {
			d.Value, d.How, d.Stated = kg.Date{Year: y, Month: mon, Day: day}.String(), Inferred, md
			return d
		}
		if ahead <= 2 {
			d.Value, d.How = md, NoYearYet
			return d
		}
		y--
	}
	d.Value, d.How, d.Stated = kg.Date{Year: y, Month: mon, Day: day}.String(), Inferred, md
	return d
}

func weekday(s string) time.Weekday {
	for d := time.Sunday; d <= time.Saturday; d++ {
		if d.String() == s {
			return d
		}
	}
	return time.Sunday
}

func sortDates(ds []DateMention) {
	for i := 1; i < len(ds); i++ {
		for j := i; j > 0 && ds[j].bStart < ds[j-1].bStart; j-- {
			ds[j], ds[j-1] = ds[j-1], ds[j]
		}
	}
}

// anniversaryStart derives the start of a tie from an anniversary: the 45th
// anniversary celebrated in 2025 gives 1980, marked derived. year is the year of the
// celebration, 0 when unknown (then nothing is derived).
func anniversaryStart(n, year int) (string, bool) {
	if year == 0 || n <= 0 || n > year {
		return "", false
	}
	return strconv.Itoa(year - n), true
}

// nextCapitalWord returns the word right after a date, lower-cased, when it opens with a
// capital: the word a name the date runs on into would have.
func nextCapitalWord(after string) (string, bool) {
	if !strings.HasPrefix(after, " ") {
		return "", false
	}
	w, _, _ := strings.Cut(after[1:], " ")
	w = strings.TrimRight(w, ".,;:!?")
	if w == "" || !unicode.IsUpper([]rune(w)[0]) {
		return "", false
	}
	return strings.ToLower(w), true
}

// insideEventName tells whether a day without a year runs on into a capitalised event
// name ("July 4th Reception"): the annotation takes such a day for the holiday's name.
func insideEventName(after string) bool {
	w, ok := nextCapitalWord(after)
	return ok && (eventHeads[w] || partyHeads[w])
}

// holidayOfBefore ends where a holiday's name gives its day after "of" ("our Independence
// Day Holiday of July 4th"): the day without a year is the holiday's, which recurs, and
// not a day of the text.
var holidayOfBefore = regexp.MustCompile(`\b(?:Day|Holiday|Holidays|holiday|holidays) of $`)

// partyHeads end the name of a holiday's party without making it a proposed event.
var partyHeads = set("celebration", "party", "parade", "picnic")
