package ingest

import (
	"strings"

	"github.com/amity-graph/amity/internal/kg"
)

// namedSurnames reads a bare surname, or a title and a surname ("State Minister
// Kishi", "presented Kumagai with"), as the person the text named in full before with
// that surname ("Nobuo Kishi", "Toshihito Kumagai"), new to the graph or not, where the
// linker took the word for a town known by it as another name or for another holder
// of the surname the graph knows. Once a text has introduced someone, the surname is
// that someone. Two people of the text sharing the surname leave the word unlinked.
func namedSurnames(ms []Mention) []Mention {
	type holder struct {
		m    Mention
		many bool
	}
	people := map[string]*holder{}
	out := ms[:0]
	for _, m := range ms {
		if m.Kind == kg.Person && m.id() != "" {
			ws := strings.Fields(m.Text)
			if len(ws) >= 2 && !titleWords[strings.ToLower(ws[0])] {
				last := FoldName(possessive(ws[len(ws)-1]))
				if h, ok := people[last]; ok {
					h.many = h.many || h.m.id() != m.id()
				} else {
					people[last] = &holder{m: m}
				}
				out = append(out, m)
				continue
			}
		}
		if sn, ok := bareSurname(m); ok && m.Entity != nil {
			if h, ok := people[sn]; ok && h.m.id() != m.id() {
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

// bareSurname returns the one name word of a place linked by another of its names (its
// own name is weighed against a person's by the linker already), or of a person linked
// by a title and one word, folded.
func bareSurname(m Mention) (string, bool) {
	ws := strings.Fields(m.Text)
	switch {
	case (m.Kind == kg.City || m.Kind == kg.Region) && len(ws) == 1 && m.How == "alias":
		return FoldName(possessive(ws[0])), true
	case m.Kind == kg.Person && len(ws) >= 1:
		for _, w := range ws[:len(ws)-1] {
			if !titleWords[strings.ToLower(w)] {
				return "", false
			}
		}
		return FoldName(possessive(ws[len(ws)-1])), true
	}
	return "", false
}
