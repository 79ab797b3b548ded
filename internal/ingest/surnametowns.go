package ingest

import (
	"slices"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
)

// givenBeforeTown unlinks a town's one-word name written right after a given name
// ("Ted McKinney", "George Washington"): a given name and a word make a person's name,
// and the town is a namesake of the surname. The run of name words is then read as a
// person's by the rules for runs.
func (p *proposer) givenBeforeTown(ms []Mention) []Mention {
	toks := p.c.toks
	return slices.DeleteFunc(ms, func(m Mention) bool {
		if m.Entity == nil || m.Kind != kg.City && m.Kind != kg.Region || strings.Contains(m.Text, " ") {
			return false
		}
		i := slices.IndexFunc(toks, func(t token) bool { return t.start == m.bStart })
		if i < 1 || !onlySpace(p.c.text[toks[i-1].end:m.bStart]) || p.c.text[toks[i-1].end:m.bStart] != " " {
			return false
		}
		g := FoldName(toks[i-1].text)
		// (an office's initials are no given name: "PA Hamburg")
		if isUpperWord(toks[i-1].text) || len(g) < 3 || !commonGiven[g] && !p.g.givenNames()[g] || p.c.lower[g] || p.sentenceStart(m.bStart) ||
			slices.ContainsFunc(ms, func(x Mention) bool { return x.bStart < toks[i-1].end && toks[i-1].start < x.bEnd }) {
			return false
		}
		// the name goes on no further ("Ted Kord Airport" is a place's)
		return i+1 >= len(toks) || !isNameWord(toks[i+1].text) || !onlySpace(p.c.text[m.bEnd:toks[i+1].start])
	})
}

// townSurnames makes a town's bare name that is the surname of a new person named in
// full in the text that person ("McKinney" after "Ted McKinney").
func (p *proposer) townSurnames(ms []Mention) []Mention {
	for _, pr := range p.props {
		ws := strings.Fields(pr.name)
		if g := FoldName(ws[0]); pr.kind != kg.Person || len(ws) < 2 || isUpperWord(ws[0]) || !commonGiven[g] && !p.g.givenNames()[g] {
			continue
		}
		last := ws[len(ws)-1]
		var at [][2]int
		ms = slices.DeleteFunc(ms, func(m Mention) bool {
			if m.Entity != nil && (m.Kind == kg.City || m.Kind == kg.Region) && possessive(m.Text) == last {
				at = append(at, [2]int{m.bStart, m.bStart + len(last)})
				return true
			}
			return false
		})
		for _, a := range at {
			ms = p.addNamed(ms, kg.Person, a[0], a[1], pr.name, 0.5)
		}
	}
	return ms
}
