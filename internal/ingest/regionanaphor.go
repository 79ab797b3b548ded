package ingest

import (
	"regexp"
	"strings"
)

// regionAnaphor is a region's kind word in lower case after "the" or "this", standing
// for a place the text has just named ("visited Alba. ... to learn more about the
// province"): the text itself says what it calls the place. State, region and
// department are left out, being as often the government, an area or a ministry.
var regionAnaphor = regexp.MustCompile(`\b(?:[Tt]he|[Tt]his)\s+(?:province|prefecture|governorate)\b`)

// anaphorNamesOther follows a kind word that names its own place ("the province of
// Sorn", "the province Sorn") rather than the one said before.
var anaphorNamesOther = regexp.MustCompile(`^(?:\s+of\b|\s+\p{Lu})`)

// regionAnaphorOf reports whether the text calls a twin name (a city and the region of
// one name) "the province", "the prefecture" or "the governorate" in the sentence that
// names it or the next: its bare uses that no word around them settles are then that
// region. The anaphor must follow the name closely, so a region word of another
// paragraph says nothing of it.
func (c *linkCtx) regionAnaphorOf(name string) bool {
	for _, m := range regionAnaphor.FindAllStringIndex(c.text, -1) {
		if anaphorNamesOther.MatchString(c.text[m[1]:]) {
			continue
		}
		start := -1
		for i, s := range c.sents {
			if s[0] <= m[0] && m[0] < s[1] {
				start = s[0]
				if i > 0 {
					start = c.sents[i-1][0]
				}
				break
			}
		}
		if start < 0 {
			continue
		}
		if at := strings.LastIndex(c.text[start:m[0]], name); at >= 0 && !otherNameBetween(c.text, start+at+len(name), m[0]) {
			return true
		}
	}
	return false
}

var (
	capitalWord   = regexp.MustCompile(`\p{Lu}[\p{L}]*`)
	sentenceBreak = regexp.MustCompile(`[.!?]["”’]?\s+$`)
)

// otherNameBetween reports whether a capitalised word stands between two positions that
// does not merely open a sentence: another name nearer the anaphor ("Alba and Sorn. The
// province ...") may be what it stands for.
func otherNameBetween(text string, from, to int) bool {
	for _, w := range capitalWord.FindAllStringIndex(text[from:to], -1) {
		if !sentenceBreak.MatchString(text[:from+w[0]]) {
			return true
		}
	}
	return false
}
