package ingest

import (
	"regexp"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
)

// listItem: one item of a list of names, "A, B, and C": two to five capitalised words,
// name particles between them ("Ana Carvalho dos Reis").
var listItem = regexp.MustCompile(`^\p{Lu}[\p{L}'’-]+(?: (?:\p{Lu}[\p{L}'’-]+|` + particleAlternation() + `))*? \p{Lu}[\p{L}'’-]+$`)

func particleAlternation() string {
	var ps []string
	for p := range nameParticles {
		ps = append(ps, regexp.QuoteMeta(p))
	}
	return strings.Join(ps, "|")
}

// listedPeople proposes as people the items of a list of names in which two or more
// items are people already ("Ana Velk, Tor Dunmar Brandt, and Ilse Orr" where two of
// them were found): a list keeps one kind, and a name the rules missed for want of a
// known given name or for a particle inside it ("dos", "De") is one more of them. An
// item is a whole piece between commas or "and", of a person's shape, holding no
// mention, no head, title, demonym or place word.
func (p *proposer) listedPeople(ms []Mention) []Mention {
	text := p.c.text
	for _, sn := range p.c.sents {
		type piece struct{ s, e int }
		var pieces []piece
		prev := sn[0]
		seps := listSplit.FindAllStringIndex(text[sn[0]:sn[1]], -1)
		seps = append(seps, []int{sn[1] - sn[0], sn[1] - sn[0]})
		for _, sep := range seps {
			part := text[prev : sn[0]+sep[0]]
			lead := len(part) - len(strings.TrimLeft(part, " \n"))
			trimmed := strings.TrimRight(strings.TrimLeft(part, " \n"), " .;:\n")
			pieces = append(pieces, piece{prev + lead, prev + lead + len(trimmed)})
			prev = sn[0] + sep[1]
		}
		people := 0
		var free []piece
		for _, pc := range pieces {
			if pc.e <= pc.s {
				continue
			}
			if i := coveringMention(ms, pc.s, pc.e); i >= 0 && ms[i].Kind == kg.Person && ms[i].bEnd == pc.e && ms[i].bStart <= pc.s+len(lastWord(text[pc.s:pc.e])) {
				people++
				continue
			}
			if p.freePersonItem(ms, pc.s, pc.e) {
				free = append(free, pc)
			}
		}
		if people < 2 {
			continue
		}
		for _, pc := range free {
			ms = p.add(ms, kg.Person, pc.s, pc.e, 0.45)
		}
	}
	return ms
}

// listSplit separates a list's items: a comma, "and" or both.
var listSplit = regexp.MustCompile(`,? and |, |: `)

// freePersonItem reports whether text[s:e] is a whole list item of a person's shape
// that no mention touches.
func (p *proposer) freePersonItem(ms []Mention, s, e int) bool {
	text := p.c.text[s:e]
	if !listItem.MatchString(text) || strings.Count(text, " ") > 4 || len(p.g.entriesNamed(text)) > 0 {
		return false
	}
	for _, m := range ms {
		if m.bStart < e && s < m.bEnd {
			return false
		}
	}
	for _, w := range strings.Fields(text) {
		lw := strings.ToLower(w)
		if nameParticles[w] {
			continue
		}
		if commonCapitalised[lw] || titleWords[lw] || demonyms[lw] != "" || orgHeads[lw] || companyHeads[lw] || eventHeads[lw] ||
			months[lw] > 0 || p.c.lower[FoldName(w)] || isUpperWord(w) {
			return false
		}
	}
	return true
}
