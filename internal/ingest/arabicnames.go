package ingest

import (
	"slices"
	"strings"

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

// afterHost returns the token after a linked mission or body that opens the run from
// to and ends two words or more before its end (the event it hosts), or from.
func (p *proposer) afterHost(ms []Mention, from, to int) int {
	toks := p.c.toks
	for _, m := range ms {
		if m.Entity == nil || m.bStart != toks[from].start || m.Kind != kg.Consulate && m.Kind != kg.Organization {
			continue
		}
		for k := from + 1; k < to-2; k++ {
			if toks[k-1].end == m.bEnd {
				return k
			}
		}
	}
	return from
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

// formats are the kinds of gathering a heading names by its speaker and place ("Envoy
// X Velmar Press Conference", "Town Hall Meeting, Velmar"): a format, no named event.
var formats = [][]string{{"press", "conference"}, {"news", "conference"}, {"press", "briefing"}, {"media", "briefing"},
	{"town", "hall", "meeting"}, {"town", "hall"}}

// beforeFormat returns where a run ends before a format that closes it, or to.
func (p *proposer) beforeFormat(from, to int) int {
	toks := p.c.toks
	for _, f := range formats {
		k := to - len(f)
		if k < from {
			continue
		}
		ok := true
		for i, w := range f {
			if !strings.EqualFold(possessive(toks[k+i].text), w) {
				ok = false
				break
			}
		}
		if ok {
			return k
		}
	}
	return to
}
