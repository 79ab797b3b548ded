package ingest

import (
	"regexp"
	"slices"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
)

// heldDay: a named day the text says is held, or held somewhere ("X Day, held in
// Y", "X Day at the Y Expo", "the first ever X Day"): a day a post or a city organises,
// an event, where a holiday or an observance alone is left out by the conventions.
var heldDay = regexp.MustCompile(`\b(?:(?:first[ -]ever|inaugural) )?((?:\p{Lu}[\p{L}’'-]*(?: |-)){1,3}Day)\b(?:,? (?:was |is |will be )?held\b| at (?:the )?\p{Lu})`)

// heldDayBefore: a named day after "the first ever" or "the inaugural" is organised too.
var heldDayBefore = regexp.MustCompile(`\b(?:first[ -]ever|inaugural) ((?:\p{Lu}[\p{L}’'-]*(?: |-)){1,3}Day)\b`)

// heldDays proposes the days heldDay and heldDayBefore find as events, with every other
// mention of the same name, its place words part of it.
func (p *proposer) heldDays(ms []Mention) []Mention {
	text := p.c.text
	for _, re := range []*regexp.Regexp{heldDay, heldDayBefore} {
		for _, m := range re.FindAllStringSubmatchIndex(text, -1) {
			s, e := m[2], m[3]
			ws := strings.Fields(text[s:e])
			if p.sentenceStart(s) && commonCapitalised[strings.ToLower(ws[0])] || holidayDay(ws) ||
				slices.ContainsFunc(ms, func(x Mention) bool { return x.bStart < e && s < x.bEnd && (x.bStart < s || x.bEnd > e) }) {
				continue
			}
			name := text[s:e]
			for _, o := range regexp.MustCompile(`\b`+regexp.QuoteMeta(name)+`\b`).FindAllStringIndex(text, -1) {
				if !slices.ContainsFunc(ms, func(x Mention) bool { return x.bStart < o[1] && o[0] < x.bEnd && (x.bStart < o[0] || x.bEnd > o[1]) }) {
					ms = p.addNamed(ms, kg.Event, o[0], o[1], name, 0.5)
				}
			}
		}
	}
	return ms
}

// holidayDay reports whether a day's words name a holiday ("Independence Day",
// "National Day"), left out however it is held.
func holidayDay(ws []string) bool {
	return len(ws) == 2 && holidayWords[strings.ToLower(ws[0])]
}

var holidayWords = set("independence", "national", "new", "labour", "labor", "memorial", "veterans", "constitution", "republic",
	"unity", "liberation", "victory", "anzac", "australia", "canada", "waitangi", "earth", "women’s", "women's", "children’s", "children's")
