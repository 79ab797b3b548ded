package ingest

import (
	"slices"

	"github.com/amity-graph/amity/internal/kg"
)

// trades name what a person does, capitalised before the name in a caption's style
// ("Saudi Businessman Jamal Haddad"): no office, but the name after one is a person's.
var trades = set("businessman", "businesswoman", "businesspeople", "entrepreneur", "philanthropist", "industrialist", "investor")

// kinParticles join the names of an Arabic nasab ("Khalid bin Saeed bin Ali Al Amri"):
// a name holding one is one person's however many names it chains.
var kinParticles = set("bin", "bint", "binti", "ibn")

// maxNameWords is how many words (particles aside) a person's name may hold: four, or
// seven for a name that chains its father's and grandfather's names.
func maxNameWords(ts []token) int {
	if slices.ContainsFunc(ts, func(t token) bool { return kinParticles[t.text] }) {
		return 7
	}
	return 4
}

// nasab reports whether a kin particle stands between two capitalised names ("Omar bin
// Saleh"): that shape is a person's name whatever cue is missing.
func nasab(ts []token) bool {
	for i := 1; i+1 < len(ts); i++ {
		if kinParticles[ts[i].text] && isNameWord(ts[i-1].text) && isNameWord(ts[i+1].text) {
			return true
		}
	}
	return false
}

// givenBeforeFullName returns the one new person named in full after t whose given name
// t is ("old friends like Joey" before "the departing Consul Joey Hood"): a page may
// name a friend first by the given name alone.
func givenBeforeFullName(ms []Mention, t token) []Mention {
	var match []Mention
	for _, m := range ms {
		if m.Kind != kg.Person || m.Proposed == nil || m.bStart <= t.start || m.How == "coreference" {
			continue
		}
		words := wordRe.FindAllString(m.Text, -1)
		if len(words) < 2 || FoldName(words[0]) != FoldName(t.text) {
			continue
		}
		if !slices.ContainsFunc(match, func(o Mention) bool { return o.id() == m.id() }) {
			match = append(match, m)
		}
	}
	return match
}
