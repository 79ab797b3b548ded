package ingest

import (
	"strings"

	"github.com/amity-graph/amity/internal/kg"
)

// personSurnames reads a place's one-word name that is the family name of a person the
// text has already named in full and linked ("Mark Vell ... Administrator Vell") as that
// person: once a text has introduced someone, the bare surname is that someone, not a
// town somewhere that happens to bear it. Where two linked people of the text share the
// surname, the word is neither's for sure and neither place: it is left unlinked.
func personSurnames(ms []Mention) []Mention {
	type holder struct {
		m     Mention
		start int
		many  bool
	}
	people := map[string]*holder{}
	for _, m := range ms {
		if m.Kind != kg.Person || m.Entity == nil || !strings.Contains(m.Text, " ") {
			continue
		}
		ws := strings.Fields(m.Text)
		last := FoldName(possessive(ws[len(ws)-1]))
		if h, ok := people[last]; ok {
			h.many = h.many || *h.m.Entity != *m.Entity
			continue
		}
		people[last] = &holder{m: m, start: m.bStart}
	}
	out := ms[:0]
	for _, m := range ms {
		if (m.Kind == kg.City || m.Kind == kg.Region) && m.Entity != nil && !strings.Contains(m.Text, " ") {
			if h, ok := people[FoldName(possessive(m.Text))]; ok && h.start < m.bStart {
				if h.many {
					continue
				}
				out = append(out, h.m.surnameAt(m))
				continue
			}
		}
		out = append(out, m)
	}
	return out
}

// surnameAt is the person p, named in full earlier, read at m's span: a later surname
// of theirs that the linker had taken for something else.
func (p Mention) surnameAt(m Mention) Mention {
	p.Text, p.bStart, p.bEnd, p.How, p.Confidence, p.cue, p.twin = m.Text, m.bStart, m.bEnd, "coreference", 0.7, false, false
	return p
}
