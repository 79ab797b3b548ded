package ingest

import (
	"regexp"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
)

// givenWordBefore ends in a capitalised word and one space; surnameWordAfter opens with one.
var (
	givenWordBefore  = regexp.MustCompile(`(?:^|[^\p{L}.’'])(\p{Lu}[\p{Ll}\p{M}]+) $`)
	surnameWordAfter = regexp.MustCompile(`^ \p{Lu}[\p{Ll}\p{M}]+\b`)
)

// withinLongerName reports whether a person's name of the graph stands inside a longer
// run of name words, a given name before it and a surname after ("Cesar Felipe
// González Hernández"): that is another person who shares the middle of his name with
// the graph's, as Spanish names with two given names and two surnames often do. A title
// or a style before it ("President Felipe González Márquez", "Sultan Qaboos bin Said")
// keeps it the graph's, and so does a headline, whose every word is capitalised.
func withinLongerName(text string, m Mention) bool {
	if m.Kind != kg.Person || !strings.Contains(m.Text, " ") {
		return false
	}
	b := givenWordBefore.FindStringSubmatch(text[:m.bStart])
	return b != nil && !titleWords[strings.ToLower(b[1])] && !styles[strings.ToLower(b[1])] && surnameWordAfter.MatchString(text[m.bEnd:]) &&
		!titleCaseLine(text, hit{start: m.bStart, end: m.bEnd})
}
