package ingest

import (
	"regexp"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
)

// theOwner is one capitalised word owning something after "the" ("the Velmar’s
// support", "the Peshmerga’s offensive"): with "the" before it, no person's name (a
// person takes no article), so a body's, named without a head word.
var theOwner = regexp.MustCompile(`\bthe (\p{Lu}\p{Ll}+)[’']s \p{Ll}`)

// possessiveBodies proposes theOwner's bodies where the word is no title, office,
// people's adjective, common word, body's head or name the graph holds ("the
// Governor’s office", "the Embassy’s staff", "the UK’s").
func (p *proposer) possessiveBodies(ms []Mention) []Mention {
	text := p.c.text
	for _, m := range theOwner.FindAllStringSubmatchIndex(text, -1) {
		s, e := m[2], m[3]
		w := text[s:e]
		lw := strings.ToLower(w)
		if titleWords[lw] || commonCapitalised[lw] || notInNames[lw] || demonyms[lw] != "" || orgHeads[lw] || companyHeads[lw] ||
			eventHeads[lw] || len(p.g.entriesNamed(w)) > 0 || coveringMention(ms, s, e) >= 0 {
			continue
		}
		ms = p.add(ms, kg.Organization, s, e, 0.5)
	}
	return ms
}
