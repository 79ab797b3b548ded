package ingest

import "regexp"

// eventHeadBefore ends in an event's capitalised name whose head word ("Week",
// "Festival", "Expo", "Fair") stands right before a place, on the same line: the place
// is the last word of the event's name ("Trade Week Alba", the Alba edition of a
// recurring week), which names no visit to the place of its own. An event named with
// "in" ("Trade Week in Alba") or a place before its head ("Alba Trade Week") is read
// by the other rules.
var eventHeadBefore = regexp.MustCompile(`\b(?:\p{Lu}[\p{L}]*[ \t]+)+(?:Week|Festival|Expo|Fair)[ \t]+$`)

// eventTail reports whether the place's name at start closes such an event's name.
func eventTail(text string, start int) bool {
	return eventHeadBefore.MatchString(text[max(0, start-80):start])
}
