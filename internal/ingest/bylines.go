package ingest

import (
	"regexp"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
)

// byline: a line that credits its writers ("By Ana Velk and Tor Brandt", "Posted by
// Ana Velk") or a photograph's maker at a line's end ("... at dusk. Photo by Velk"):
// the names are people's, a credit naming nothing else.
var byline = regexp.MustCompile(`(?m)(?:^(?:Posted |Written |Text |Story )?[Bb]y |\b(?:Photos?|Photograph|Posted|Written) by )((?:[A-Z][\p{L}'’.-]*)(?:(?:,? and |, | )[A-Z][\p{L}'’.-]*)*)[ \t]*$`)

// bylineSplit splits a byline's list of names.
var bylineSplit = regexp.MustCompile(`,? and |, `)

// bylines proposes the people a byline or a photograph's credit names. A credit of one
// word counts only after "Photo by" (a photographer credited by one name, which a
// writer's byline never is) and where no graph entry bears the word.
func (p *proposer) bylines(ms []Mention) []Mention {
	text := p.c.text
	for _, m := range byline.FindAllStringSubmatchIndex(text, -1) {
		s, e := m[2], m[3]
		photo := strings.Contains(strings.ToLower(text[m[0]:s]), "photo")
		at := s
		for _, name := range bylineSplit.Split(text[s:e], -1) {
			ns := strings.Index(text[at:e], name) + at
			ne := ns + len(name)
			at = ne
			ws := strings.Fields(name)
			if len(ws) == 0 || len(ws) > 4 || len(ws) == 1 && !photo || coveringMention(ms, ns, ne) >= 0 ||
				len(p.g.entriesNamed(name)) > 0 || isUpperWord(ws[0]) {
				continue
			}
			if strings.ContainsFunc(name, func(r rune) bool { return r == '.' }) && len(ws) == 1 {
				continue
			}
			ms = p.add(ms, kg.Person, ns, ne, 0.5)
		}
	}
	return ms
}
