package ingest

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
)

// worldWar is a world war by its number or ordinal ("World War II", "the First World
// War", "World War One").
var worldWar = regexp.MustCompile(`^(?:World War (?:I|II|One|Two|1|2)|(?:First|Second) World War)$`)

// historicConflict reports whether a name is a war's or a revolution's ("World War II",
// "the Cold War", "the Great Patriotic War", "the Cultural Revolution", "War of
// Independence"): history the text recalls, which the model has no event for and which
// no annotation counts as a place or body. A lowercase word before the head makes it
// another thing's name ("Museum of the Revolution"); a memorial or tribunal ends in its
// own head ("War Memorial"), so it is never matched.
func historicConflict(name string) bool {
	name = strings.TrimPrefix(strings.TrimPrefix(name, "the "), "The ")
	if worldWar.MatchString(name) {
		return true
	}
	words := strings.Fields(name)
	if len(words) >= 2 && words[0] == "War" && words[1] == "of" {
		return true
	}
	if len(words) < 2 {
		return false
	}
	switch words[len(words)-1] {
	case "War", "Wars", "Revolution":
	default:
		return false
	}
	for _, w := range words[:len(words)-1] {
		if r := []rune(w); len(r) == 0 || !unicode.IsUpper(r[0]) && !unicode.IsDigit(r[0]) {
			return false
		}
	}
	return true
}

// leftOutConflicts drops proposals named as wars and revolutions, whatever kind the
// head word gave them.
func (p *proposer) leftOutConflicts(ms []Mention) []Mention {
	drop := map[string]bool{}
	for _, m := range ms {
		if m.Proposed != nil && historicConflict(m.Text) {
			drop[*m.Proposed] = true
		}
	}
	return slices.DeleteFunc(ms, func(m Mention) bool { return m.Proposed != nil && drop[*m.Proposed] })
}
