package ingest

import "regexp"

// styleOrInitialEnd ends in a form of address or an initial with its point ("Dr.",
// "Mrs.", "N."): the point closes an abbreviation, not a sentence, so the capitalised
// words after it are a person's given name and surname ("Dr. Alma Velk", "N. Jon Velk"),
// and a place's name as the last of them is that surname.
var styleOrInitialEnd = regexp.MustCompile(`(?:^|[\s(])(?:Dr|Mr|Mrs|Ms|Prof|Sr|Jr|H\.E|[A-Z])\.$`)

func styledBefore(before string) bool { return styleOrInitialEnd.MatchString(before) }
