package ingest

import (
	"regexp"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
)

// hyphenGivenRe finds a name in given-first order whose given name is two romanised
// syllables joined by a hyphen and whose family name is one syllable ("Mei-Ling Chou"),
// as Taiwanese and Hong Kong English write Chinese names. Each part has a syllable's
// shape (a vowel, "n" or "ng" ends it), so a hyphened word of another kind ("Asia-Pacific")
// does not open one.
var hyphenGivenRe = regexp.MustCompile(`\b(\p{Lu}[a-z]{0,4}(?:[aeiouy]|ng|n))-(\p{Lu}[a-z]{0,4}(?:[aeiouy]|ng|n)) (\p{Lu}[a-z]{0,4}(?:[aeiouy]|ng|n))\b`)

// hyphenGivenNames proposes such names as people with no title near, since places and
// bodies are not written in this shape; a capitalised word after means a longer name.
func (p *proposer) hyphenGivenNames(ms []Mention) []Mention {
	text := p.c.text
	for _, m := range hyphenGivenRe.FindAllStringSubmatchIndex(text, -1) {
		if m[1] < len(text) && (text[m[1]] == '-' || text[m[1]] == '.' && m[1]+1 < len(text) && text[m[1]+1] != ' ' && text[m[1]+1] != '\n') {
			continue // the family name goes on ("Wu-Chen ...") or is an abbreviation
		}
		if m[0] > 0 && (text[m[0]-1] == '-' || text[m[0]-1] == '.') {
			continue
		}
		if capitalAfter.MatchString(text[m[1]:]) {
			continue // a longer name, an event's or a dance's ("Ja-Odori Dragon Dance")
		}
		family := strings.ToLower(text[m[6]:m[7]])
		if orgHeads[family] || companyHeads[family] || eventHeads[family] || regionHeads[family] || venueWords[family] || notInNames[family] {
			continue // "Ping-Tung Road" is no one
		}
		if p.covered(ms, m[0], m[1]) {
			continue
		}
		ms = p.add(ms, kg.Person, m[0], m[1], 0.6)
	}
	return ms
}
