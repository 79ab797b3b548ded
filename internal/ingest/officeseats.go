package ingest

import (
	"regexp"
	"slices"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
)

// titledOfficeRe is an office-holder's office named by the title's possessive
// ("the Governor’s Office", "the Velmar Mayor's Office").
var titledOfficeRe = regexp.MustCompile(`(\p{L}+)['’]s Office$`)

// topicOpeners open a heading's topic, not a body's name ("History of the Consulate").
var topicOpeners = set("history", "story", "future", "role", "legacy", "importance")

// officeSeatsAndTopics drops new bodies that are an office-holder's office named by
// the title's possessive (the holder's seat, which the conventions leave out or give
// the holder) and headings' topics that open with "History of" and the like.
func (p *proposer) officeSeatsAndTopics(ms []Mention) []Mention {
	return slices.DeleteFunc(ms, func(m Mention) bool {
		if m.Proposed == nil || m.Kind != kg.Organization {
			return false
		}
		if sm := titledOfficeRe.FindStringSubmatch(m.Text); sm != nil && titleWords[strings.ToLower(sm[1])] {
			return true
		}
		ws := strings.Fields(m.Text)
		return len(ws) > 2 && topicOpeners[strings.ToLower(ws[0])] && ws[1] == "of"
	})
}
