package ingest

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/amity-graph/amity/internal/kg"
)

// venueSurname says whether a venue's word opening a run of capitalised words is the
// surname of a person named family name first ("Minister Park Soo-min", "Mayor Park
// Won Soon"): the run is titled, or an office follows it in apposition ("Park Won
// Soon, mayor of Seoul"), it has two or three words, and none after the first is a
// venue's word ("Park Avenue", "Hall Street Tower" name places).
func (p *proposer) venueSurname(seg run, titled bool) bool {
	n := seg.to - seg.from
	if n < 2 || n > 3 {
		return false
	}
	for _, t := range p.c.toks[seg.from+1 : seg.to] {
		lw := strings.ToLower(t.text)
		if venueWords[lw] || orgHeads[lw] || companyHeads[lw] || eventHeads[lw] || regionHeads[lw] || titleWords[lw] {
			return false
		}
	}
	return titled || p.officeAfter(seg) || p.officeInApposition(seg)
}

// familyFirstRepeat reports whether a venue's word alone repeats the family name of a
// person named before it family name first ("Park" after "Mayor Park Won Soon").
func (p *proposer) familyFirstRepeat(ms []Mention, t token) bool {
	if !venueWords[strings.ToLower(t.text)] {
		return false
	}
	for _, m := range ms {
		if ws := wordRe.FindAllString(m.Text, -1); m.Kind == kg.Person && m.bEnd <= t.start && len(ws) >= 2 && ws[0] == t.text {
			return true
		}
	}
	return false
}

// officeInApposition reports whether an office follows the run after a comma, in its
// first two words ("Park Won Soon, mayor of Seoul", ", the Governor of").
func (p *proposer) officeInApposition(seg run) bool {
	toks := p.c.toks
	j := seg.to
	if j >= len(toks) || strings.TrimSpace(p.c.text[toks[j-1].end:toks[j].start]) != "," {
		return false
	}
	for k := j; k < min(j+3, len(toks)) && toks[k].sentence == toks[j-1].sentence; k++ {
		lw := strings.ToLower(toks[k].text)
		if titleWords[lw] && !honorifics[lw] {
			return true
		}
		if lw != "the" && k > j {
			break
		}
	}
	return false
}

// sharedFamily reports whether a two-word name follows "<given> and" where a person of
// the text is named "<given> <surname>" with the same surname: a couple or siblings
// sharing one family name ("Tom and Ana Reed" after "Tom Reed"), the second a person
// too.
func (p *proposer) sharedFamily(ms []Mention, seg run) bool {
	toks := p.c.toks
	if seg.to-seg.from != 2 || seg.from < 2 || toks[seg.from-1].text != "and" ||
		!onlySpace(p.c.text[toks[seg.from-2].end:toks[seg.from-1].start]) || !onlySpace(p.c.text[toks[seg.from-1].end:toks[seg.from].start]) {
		return false
	}
	full := toks[seg.from-2].text + " " + toks[seg.to-1].text
	if slices.ContainsFunc(ms, func(m Mention) bool { return m.Kind == kg.Person && FoldName(m.Text) == FoldName(full) }) {
		return true
	}
	// (or the full name written elsewhere as a name of its own, no longer name's part,
	// before a rule later in the pass reads it as a person)
	for _, loc := range regexp.MustCompile(`\b`+regexp.QuoteMeta(full)+`\b`).FindAllStringIndex(p.c.text, -1) {
		rest := strings.TrimLeft(p.c.text[loc[1]:], " ")
		if r, _ := utf8.DecodeRuneInString(rest); !unicode.IsUpper(r) && (loc[0] == 0 || !unicode.IsLetter(rune(p.c.text[loc[0]-1]))) &&
			!slices.ContainsFunc(ms, func(m Mention) bool { return m.bStart < loc[1] && loc[0] < m.bEnd && m.Kind != kg.Person }) {
			return true
		}
	}
	return false
}
