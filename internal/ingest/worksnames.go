package ingest

import (
	"regexp"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
)

// worksOwner: a name before a firm's works in lowercase, perhaps with what they make
// between ("the Velka Cycles factory", "Velka's olive oil production centre", "the
// Velka paper and cardboard manufacturing plant", "Velka law firm"), is the firm that
// runs them. Only a works' noun no public body runs: a power or water plant, a school's
// or a ministry's headquarters may be the state's.
var worksOwner = regexp.MustCompile(`\b([A-Z][\p{L}\p{N}&\-]*(?: [A-Z][\p{L}\p{N}&\-]*){0,3})(?:['’]s)? ((?:[a-z]+ (?:and )?){0,4}?)` + worksNoun + `\b`)

// worksNoun is the lowercase noun of a firm's works.
const worksNoun = `(?:factory|factories|shipyards?|law firm|(?:flour|paper|steel|sugar|textile|rice|saw) ?mill|(?:manufacturing|assembly|bottling|processing|production) (?:plant|facility|center|centre))`

// worksWords may not stand between the name and the works: the name is then another
// phrase's ("Velka to visit a factory", "Velka and the mill").
var worksWords = set("to", "the", "a", "an", "its", "their", "his", "her", "of", "in", "at", "on", "for", "with", "by", "from",
	"is", "was", "are", "were", "has", "have", "had", "visited", "toured", "opened", "new", "local", "which", "that", "who")

// worksOwners proposes the firms worksOwner finds, where nothing covers the name, it
// opens no sentence with a common word and it is no known entity's.
func (p *proposer) worksOwners(ms []Mention) []Mention {
	text := p.c.text
	for _, a := range worksOwner.FindAllStringSubmatchIndex(text, -1) {
		s, e := a[2], a[3]
		between := strings.Fields(text[a[4]:a[5]])
		if containsAny(between, worksWords) {
			continue
		}
		ws := strings.Fields(text[s:e])
		lw := strings.ToLower(ws[0])
		if commonCapitalised[lw] || notInNames[lw] || titleWords[lw] || determiners[lw] || demonyms[lw] != "" ||
			months[lw] > 0 || p.covered(ms, s, e) || len(p.g.entriesNamed(text[s:e])) > 0 {
			continue
		}
		ms = p.add(ms, kg.Company, s, e, 0.5)
	}
	return ms
}

// containsAny reports whether a word of ws is in set.
func containsAny(ws []string, set map[string]bool) bool {
	for _, w := range ws {
		if set[w] {
			return true
		}
	}
	return false
}
