package ingest

import (
	"regexp"
	"strings"
)

// embassyOfRe finds an embassy named by "Embassy of" and its country ("the Embassy of
// Japan", "the Embassy of the Republic of Korea"), the country's name the first group;
// seatlessEmbassies reads it, as "the Japanese Embassy", when no seat follows.
var embassyOfRe = regexp.MustCompile(`\bEmbassy of (?:the )?(\p{Lu}[\p{L}.]*(?: (?:of (?:the )?)?\p{Lu}[\p{L}.]*)*)`)

// definiteBefore reports whether "the" stands right before: a body is named so ("the
// Embassy of Japan"); "operate as Embassy of ..." gives a function, not the body.
func definiteBefore(before string) bool {
	return strings.HasSuffix(before, "the ") || strings.HasSuffix(before, "The ")
}
