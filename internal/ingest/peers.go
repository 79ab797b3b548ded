package ingest

import (
	"strings"
)

// peerStyles are British styles that name a person by surname alone ("Lord Ahmad",
// "Baroness Ashton"): unlike an office's title before a surname, the style and the
// surname are how the person is named.
var peerStyles = set("lord", "baroness", "lady", "sir", "dame")

// peerStyled reports whether the one-word name seg follows a peer's style, right before
// it or before a given name in brackets ("Lord (Tariq) Ahmad"). A word in brackets is
// no name of its own, nor one after "First" ("First Lady Smith" is an office and a
// surname, left out as a title and a surname are).
func (p *proposer) peerStyled(seg run) bool {
	toks, text := p.c.toks, p.c.text
	if seg.to-seg.from != 1 || seg.from == 0 || strings.HasPrefix(text[toks[seg.from].end:], ")") {
		return false
	}
	k := seg.from - 1 // the style
	if gap := text[toks[k].end:toks[seg.from].start]; gap == ") " && k > 0 && text[toks[k-1].end:toks[k].start] == " (" {
		k--
	} else if gap != " " {
		return false
	}
	if toks[k].sentence != toks[seg.from].sentence || !peerStyles[strings.ToLower(toks[k].text)] {
		return false
	}
	return k == 0 || toks[k-1].sentence != toks[k].sentence || !strings.EqualFold(toks[k-1].text, "first")
}

// gerund reports whether w looks like a verb's -ing form ("Preventing", "Building"): six
// letters or more ending in "ing", not a given name of the lexicon ("Sterling") nor a
// name the graph knows ("Kunming").
func (p *proposer) gerund(w string) bool {
	lw := strings.ToLower(w)
	return len(lw) >= 6 && strings.HasSuffix(lw, "ing") && !p.g.givenNames()[FoldName(w)] && len(p.g.entriesNamed(w)) == 0
}
