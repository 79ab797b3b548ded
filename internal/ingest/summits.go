package ingest

import (
	"regexp"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
)

// lowerSummit is one capitalised word before a lowercase "summit" ("at the Velmar
// summit"): the meeting's name, the genre writing its head in lowercase.
var lowerSummit = regexp.MustCompile(`\b(?:the|an?) (\p{Lu}[\p{L}]+ summit)\b`)

// lowerSummits proposes lowerSummit's events where the word is no place the graph
// holds ("the Sohar summit" is a summit held there, named by its place), no people's
// adjective and no common word.
func (p *proposer) lowerSummits(ms []Mention) []Mention {
	text := p.c.text
	for _, m := range lowerSummit.FindAllStringSubmatchIndex(text, -1) {
		s, e := m[2], m[3]
		first := text[s : s+strings.IndexByte(text[s:e], ' ')]
		lw := strings.ToLower(first)
		if demonyms[lw] != "" || commonCapitalised[lw] || notInNames[lw] || titleWords[lw] || len(p.g.entriesNamed(first)) > 0 || coveringMention(ms, s, e) >= 0 {
			continue
		}
		ms = p.add(ms, kg.Event, s, e, 0.5)
	}
	return ms
}
