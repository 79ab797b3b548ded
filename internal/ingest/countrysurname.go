package ingest

import "regexp"

// holderTitleRight ends in a holder's capitalised title, alone or after the body it
// serves ("Minister ", "Deputy Mayor "), where a name follows it.
var holderTitleRight = regexp.MustCompile(`(?:^|[^\p{L}])(?:Minister|Mayor|Governor|Senator|Ambassador|Secretary|Consul|Councilor|Councillor|Congressman|Congresswoman|Representative|Commissioner)\s$`)

// verbAfter opens with a lowercase word or a clause's end: the word before it stands
// alone as a name ("welcomed", ", who").
var verbAfter = regexp.MustCompile(`^(?:\s+\p{Ll}|[,.;:)])`)

// countrySurname reports whether a one-word country's name stands as a person's surname:
// right after a holder's title, itself ending the name ("Minister Austria welcomed the
// delegation"). A country is named after "of" or before the title, not as its holder.
func countrySurname(before, after string) bool {
	return holderTitleRight.MatchString(before) && verbAfter.MatchString(after)
}
