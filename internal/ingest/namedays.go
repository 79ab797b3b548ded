package ingest

import "regexp"

// holidayWeekdayRe ends where a weekday is the second word of a named day that recurs
// ("Good Friday", "Ash Wednesday", "Black Friday"): the weekday is part of that name,
// often of an agreement's or a sale's, and no day of the text.
var holidayWeekdayRe = regexp.MustCompile(`\b(?:Good|Holy|Maundy|Ash|Black|Cyber|Super|Easter|Palm|Shrove|Whit|Bloody|Giving|Low|Trinity|Passion) $`)

// namedWeekday tells whether the weekday starting at i is part of such a name.
func namedWeekday(text string, i int) bool {
	return holidayWeekdayRe.MatchString(text[max(0, i-12):i])
}

// dayNameHeads end the name of a body, place or work that opens with a day and month
// ("the 10 November Institute", "1 May Stadium", "4 September Street"): such a day and
// month names the thing, commonly after the day it commemorates, and dates nothing.
var dayNameHeads = set("institute", "university", "college", "school", "academy", "polytechnic", "hospital",
	"stadium", "square", "street", "avenue", "road", "bridge", "park", "airport", "station", "movement",
	"brigade", "regiment", "memorial", "monument", "museum", "factory")

// dayMonthNames tells whether a day and month without a year runs on into the name of
// a body or place: the next word is capitalised and ends such a name ("10 November
// Institute of Technology"). Only the next word is read: "on 10 November Velmar
// University hosted" dates the hosting.
func dayMonthNames(after string) bool {
	w, ok := nextCapitalWord(after)
	return ok && dayNameHeads[w]
}
