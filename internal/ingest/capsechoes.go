package ingest

import (
	"regexp"
	"slices"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
)

// capsEchoes proposes a name written in capitals ("HARBOUR FRIENDS ASSOCIATION", a
// title or a record's heading) as the body, company, post or event the text names in
// prose under the same words. capsRun reads capitals only against what was proposed
// before them, and a title comes before the prose that names its subject.
func (p *proposer) capsEchoes(ms []Mention) []Mention {
	for _, pr := range slices.Clone(p.props) {
		if pr.kind != kg.Organization && pr.kind != kg.Company && pr.kind != kg.Consulate && pr.kind != kg.Event {
			continue
		}
		if !slices.ContainsFunc(ms, func(m Mention) bool { return m.Proposed != nil && *m.Proposed == pr.id }) {
			continue // dropped since
		}
		for _, name := range append([]string{pr.name}, pr.aliases...) {
			ms = p.capsEcho(ms, pr, name)
		}
	}
	return ms
}

// capsEcho proposes each stretch of the text in capitals that spells name, of two
// words or more, as proposal pr.
func (p *proposer) capsEcho(ms []Mention, pr *proposal, name string) []Mention {
	text := p.c.text
	ws := strings.Fields(name)
	if len(ws) < 2 || !isNameWord(ws[0]) {
		return ms
	}
	quoted := make([]string, len(ws))
	for i, w := range ws {
		quoted[i] = regexp.QuoteMeta(strings.ToUpper(w))
	}
	re, err := regexp.Compile(`\b` + strings.Join(quoted, `[ \t]+`) + `\b`)
	if err != nil {
		return ms
	}
	for _, loc := range re.FindAllStringIndex(text, -1) {
		s, e := loc[0], loc[1]
		if !isUpperWord(strings.Join(strings.Fields(text[s:e]), "")) || e < len(text) && text[e] == '-' || s > 0 && text[s-1] == '-' {
			continue
		}
		if slices.ContainsFunc(ms, func(m Mention) bool { return m.bStart < e && s < m.bEnd && m.Proposed != nil }) {
			continue
		}
		ms = p.addNamed(ms, pr.kind, s, e, pr.name, 0.5)
	}
	return ms
}
