package ingest

import (
	"regexp"

	"github.com/amity-graph/amity/internal/kg"
)

// lowerSummit is one capitalised word before a lowercase "summit" ("at the Velmar
// summit"): the meeting's name, the genre writing its head in lowercase.
var lowerSummit = regexp.MustCompile(`\b(?:the|an?) (\p{Lu}[\p{L}]+ summit)\b`)

// lowerSummits proposes lowerSummit's events where the word is unknown (see
// unknownOpened): "the Sohar summit" is a summit held at a place the graph holds,
// named by it.
func (p *proposer) lowerSummits(ms []Mention) []Mention {
	return p.unknownOpened(ms, lowerSummit, kg.Event)
}
