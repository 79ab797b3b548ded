package ingest

import (
	"regexp"
	"slices"

	"github.com/amity-graph/amity/internal/kg"
)

// firmListOpens ends where a text says a list of firms follows: "companies such as",
// "firms like", "businesses including", or a colon after such a plural in its clause
// ("Many companies already work here: ..."). Investors, employers, manufacturers and
// exporters are firms too ("existing investors, including ..."), and a list may follow
// "companies" or "firms" with no word between ("Velmarian services companies Velco,
// Nordkur and ...").
var firmListOpens = regexp.MustCompile(`(?i)\b(?:companies|firms|businesses|corporations|brands|investors|employers|manufacturers|exporters)\b(?:[^.;:,]{0,40}:|,? (?:such as|like|including))\s+|\b(?:companies|firms) (?:\p{Lu})`)

// firmListItem is one item of such a list: up to three capitalised words, a hyphen or
// "&" inside, and the joint after it.
var firmListItem = regexp.MustCompile(`^(\p{Lu}[\p{L}\-’&]*(?: (?:&|\p{Lu}[\p{L}\-’&]*)){0,2})(,? and |,? or |, |$|[.;)])`)

// firmLists proposes as companies the names of a list the text says is of firms, each
// one the graph does not hold and no mention covers: a reader takes "Velco, Nordkur
// and Tidewire" after "companies such as" for firms whatever the names are. A list of
// one item is no list, and one whose item is not a name ends it ("and many others").
func (p *proposer) firmLists(ms []Mention) []Mention {
	text := p.c.text
	for _, o := range firmListOpens.FindAllStringIndex(text, -1) {
		var items [][2]int
		at := o[1]
		if text[at-1] != ' ' {
			at-- // the list's first letter, which the second form matched
		}
		for {
			m := firmListItem.FindStringSubmatchIndex(text[at:])
			if m == nil {
				break
			}
			items = append(items, [2]int{at + m[2], at + m[3]})
			if m[4] == m[5] || text[at+m[4]] == '.' || text[at+m[4]] == ';' || text[at+m[4]] == ')' {
				break
			}
			at += m[1]
			if text[at-len(" and "):at] == " and " || text[at-len(" or "):at] == " or " {
				// the last item
				if m := firmListItem.FindStringSubmatchIndex(text[at:]); m != nil {
					items = append(items, [2]int{at + m[2], at + m[3]})
				}
				break
			}
		}
		if len(items) < 2 {
			continue
		}
		for _, it := range items {
			s, e := it[0], it[1]
			w := text[s:e]
			// a place of the same name is no matter here ("Monsanto" is also a village),
			// a body the graph holds is the linker's
			if slices.ContainsFunc(p.g.entriesNamed(FoldName(w)), func(i int) bool {
				k := p.g.entries[i].Kind
				return k == kg.Company || k == kg.Organization
			}) || coveringMention(ms, s, e) >= 0 {
				continue
			}
			ms = p.add(ms, kg.Company, s, e, 0.5)
		}
	}
	return ms
}
