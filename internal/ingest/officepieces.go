package ingest

import (
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/amity-graph/amity/internal/kg"
)

// rankAbbrevs are officers' ranks written short before a name ("Adm. Ana Ruiz"): what
// runs into one from before is the officer's post, not a name.
var rankAbbrevs = set("adm", "gen", "capt", "col", "cmdr", "cdr", "lt", "maj", "brig")

// levelParty is the short form of a Chinese party committee ("X Provincial Party
// Secretary": the secretary of the province's committee), no party's name.
var levelParty = regexp.MustCompile(`(?:Provincial|Municipal|Prefectural|County|District|City) Party$`)

// officePieces drops proposals that are pieces of an office or of a page's furniture
// rather than names:
//   - a field label at a line's start run into its figures ("Posted:2019-04-02");
//   - the words of a post that runs into an officer's abbreviated rank ("Deputy Chief
//     of Naval Operations Adm. X": neither "Naval" nor "Operations Adm" is anything);
//   - a level's "Party" before a title ("X Provincial Party Secretary"), the title's
//     words, not a body cut short.
func (p *proposer) officePieces(ms []Mention) []Mention {
	text, toks := p.c.text, p.c.toks
	var spans [][2]int // the posts before a rank
	for i, t := range toks {
		if !rankAbbrevs[strings.ToLower(t.text)] || !strings.HasPrefix(text[t.end:], ". ") || i+1 >= len(toks) ||
			!unicode.IsUpper([]rune(toks[i+1].text)[0]) || toks[i+1].start != t.end+2 {
			continue
		}
		from, titled := i, false
		for j := i - 1; j >= 0 && toks[j].sentence == t.sentence && text[toks[j].end:toks[j+1].start] == " "; j-- {
			w := toks[j].text
			if !connectors[w] && !unicode.IsUpper([]rune(w)[0]) {
				break
			}
			titled = titled || titleWords[strings.ToLower(w)]
			from = j
		}
		if titled && from < i {
			spans = append(spans, [2]int{toks[from].start, t.end})
		}
	}
	return slices.DeleteFunc(ms, func(m Mention) bool {
		if m.How != "new" {
			return false
		}
		if m.Kind == kg.Person || m.Kind == kg.City || m.Kind == kg.Region {
			for _, s := range spans {
				if m.bStart >= s[0] && m.bEnd <= s[1] {
					return true
				}
			}
		}
		after := text[m.bEnd:]
		if m.Kind == kg.Organization && levelParty.MatchString(m.Text) && strings.HasPrefix(after, " ") {
			if w := firstWords(after[1:], 1); titleWords[strings.ToLower(w)] {
				return true
			}
		}
		lineStart := m.bStart == 0 || text[m.bStart-1] == '\n'
		return lineStart && !strings.Contains(m.Text, " ") && len(after) > 1 && after[0] == ':' && after[1] >= '0' && after[1] <= '9'
	})
}
