package ingest

import "regexp"

// locationPhraseEnd ends where a preposition's place and a comma stand before the next
// name: "in Alba, " before "Bela District, Ambassador Lind will ...". The next name is
// the wider place the first lies in, still inside the phrase that says where, and so
// holds no one's title after it.
var locationPhraseEnd = regexp.MustCompile(`\b(?:[Ii]n|[Aa]t|[Tt]o|[Ff]rom|[Nn]ear)(?: the)? (?:\p{Lu}[\p{L}'’.-]*\s)*\p{Lu}[\p{L}'’.-]*,\s*$`)

// inLocationPhrase reports whether text ends inside such a phrase.
func inLocationPhrase(text string) bool { return locationPhraseEnd.MatchString(text) }
