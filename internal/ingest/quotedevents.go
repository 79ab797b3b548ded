package ingest

import (
	"regexp"
	"slices"

	"github.com/amity-graph/amity/internal/kg"
)

// quotedEvent: a name in quotes before a gathering's or an exercise's head ("the
// ‘Velo Seas’ Conference", "the upcoming “Velo Shield” exercise"): the quotes mark the
// event's own name, which the head only classes.
var quotedEvent = regexp.MustCompile(`[‘“"](\p{Lu}[\p{L}’'-]*(?: [\p{L}’'-]+){0,4})[’”"] (?:Conference|Summit|Forum|Festival|Congress|Exercise|conference|summit|forum|festival|congress|exercise)\b`)

// quotedEvents proposes quotedEvent's names as events, and their other bare writings as
// the same event, where no mention covers them and the graph does not hold them. Run
// last: the passes that drop quoted titles and pacts ("... Partnership") dropped these
// names too, though the head after the quotes makes them a gathering's.
func (p *proposer) quotedEvents(ms []Mention) []Mention {
	text := p.c.text
	for _, m := range quotedEvent.FindAllStringSubmatchIndex(text, -1) {
		s, e := m[2], m[3]
		name := text[s:e]
		if slices.ContainsFunc(ms, func(x Mention) bool { return x.bStart < m[1] && m[0] < x.bEnd }) || len(p.g.entriesNamed(name)) > 0 {
			continue
		}
		ms = p.addNamed(ms, kg.Event, s, e, name, 0.5)
		re := regexp.MustCompile(`\b` + regexp.QuoteMeta(name) + `\b`)
		for _, r := range re.FindAllStringIndex(text, -1) {
			if !slices.ContainsFunc(ms, func(x Mention) bool { return x.bStart < r[1] && r[0] < x.bEnd }) {
				ms = p.addNamed(ms, kg.Event, r[0], r[1], name, 0.5)
			}
		}
	}
	return ms
}
