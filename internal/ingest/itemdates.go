package ingest

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
)

// A headline that closes on a full date states the item's own day: "Mayor Visits the
// Port (2010-04-14)", "Minister Opens the Fair, 22 March 2016", "Talks in Town: May 5,
// 2019". When the page also carries a posting date (a "Date:" line, the caller's), a
// re-post of an old item shows both, and the headline's is the one the item's undated
// days ("on April 13th"), its relative dates ("last year", "six years ago") and the
// offices held in it are counted from; the posting date stays the page's own.
var (
	// the full date closing a headline, after a bracket, a comma, a colon, a dash, a bar or
	// a space: ISO, "April 14, 2010" or "14 April 2010", in brackets or not
	headlineDateRe = regexp.MustCompile(`(?:^|[\s(\[,:|–-])[(\[]?\s*(?:(\d{4})-(\d{2})-(\d{2})|` + monthRe + ` (\d{1,2}),? (\d{4})|(\d{1,2}) ` + monthRe + `,? (\d{4}))\s*[)\]]?\s*$`)
	// the end of a span's first day right before the closing date ("August 22-September
	// 5, 2016", "23 April to 29 April 2025"): the headline states a span, not a day
	spanBeforeRe = regexp.MustCompile(`(?i)(?:\d(?:st|nd|rd|th)?\s*[-–]|\b(?:to|until|through|and))\s*$`)
)

// headlineDate is the full date the headline (the text's title) closes on, if any.
func headlineDate(title string) (kg.Date, bool) {
	title = strings.TrimSpace(title)
	m := headlineDateRe.FindStringSubmatchIndex(title)
	if m == nil || dateOnlyRe.MatchString(title) {
		return kg.Date{}, false
	}
	start := m[0]
	if start < len(title) && strings.ContainsRune(" \t([,:|–-", rune(title[start])) {
		start++
	}
	if strings.TrimSpace(title[:max(0, start)]) == "" || spanBeforeRe.MatchString(title[:start]) {
		return kg.Date{}, false // a line that is only a date is a date line, not a headline
	}
	num := func(i int) int {
		n, _ := strconv.Atoi(title[m[i]:m[i+1]])
		return n
	}
	var d kg.Date
	switch {
	case m[2] >= 0:
		d = kg.Date{Year: num(2), Month: num(4), Day: num(6)}
	case m[8] >= 0:
		d = kg.Date{Year: num(12), Month: months[strings.ToLower(title[m[8]:m[9]])], Day: num(10)}
	default:
		d = kg.Date{Year: num(18), Month: months[strings.ToLower(title[m[16]:m[17]])], Day: num(14)}
	}
	if kg.ValidateDate(d.String()) != nil {
		return kg.Date{}, false
	}
	return d, true
}

// itemDate is the date an article's undated days and relative dates count from: the
// full date its headline closes on when that is earlier than the page's posting date (a
// re-post of an older item), else the posting date.
func itemDate(title string, pub kg.Date) kg.Date {
	h, ok := headlineDate(title)
	if !ok || !pub.HasYear() || pub.Month == 0 || pub.Day == 0 || h.String() >= pub.String() {
		return pub
	}
	return h
}
