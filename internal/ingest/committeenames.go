package ingest

import (
	"slices"
	"strings"
	"unicode"

	"github.com/amity-graph/amity/internal/kg"
)

// fieldNamedHead reports whether a body of this head is named by its field, in common
// words: a committee or subcommittee ("the Armed Services and Foreign Relations
// Committees" are two committees, one on armed services and one on foreign relations),
// so common words before a plural head that it shares still name two bodies.
func fieldNamedHead(head string) bool {
	switch strings.ToLower(head) {
	case "committee", "subcommittee":
		return true
	}
	return false
}

// committeeOfficeWords are the offices of a committee's own, beside the titles of
// titleWords: its chair under every name, and its ranking and plain members.
var committeeOfficeWords = set("chairperson", "co-chair", "cochair", "ranking", "member", "rep.", "rep", "sen.", "sen")

// committeeNameEnd is where a committee's name found by committeeOnRe ends: before the
// first title among its field's words that a capitalised name follows ("Subcommittee
// on Trade Chairman Ada Lind": the chairman's title opens its holder's name, which is
// no part of the committee's), else at end. from is the offset of the field's first
// word, which is never cut.
func committeeNameEnd(text string, from, end int) int {
	fields := strings.Fields(text[from:end])
	at := from
	for k, w := range fields {
		at += strings.Index(text[at:end], w)
		lw := strings.ToLower(strings.TrimRight(w, ","))
		if k > 0 && k+1 < len(fields) && (titleWords[lw] || committeeOfficeWords[lw]) && unicode.IsUpper([]rune(fields[k+1])[0]) {
			return from + len(strings.TrimRight(text[from:at], " ,"))
		}
		at += len(w)
	}
	return end
}

// dropGluedToCommittee drops the new names (and their other mentions) that open inside
// the field of a committee found by committeeOnRe, text[s:e], and run on past its end
// ("Outer Isles Chairwoman Ada Kell and Committee" of "Subcommittee on the Outer Isles
// Chairwoman Ada Kell and ..."): a name glued from the committee's field and what
// follows it, so the committee's name stands.
func (p *proposer) dropGluedToCommittee(ms []Mention, s, e int) []Mention {
	drop := map[string]bool{}
	for _, m := range ms {
		if m.Proposed != nil && m.Kind != kg.Person && m.bStart > s && m.bStart < e && m.bEnd > e {
			drop[*m.Proposed] = true
		}
	}
	if len(drop) == 0 {
		return ms
	}
	return slices.DeleteFunc(ms, func(m Mention) bool { return m.Proposed != nil && drop[*m.Proposed] })
}
