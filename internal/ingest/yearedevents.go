package ingest

import (
	"regexp"
	"slices"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
)

// yearedName: a name of two to four capitalised words with no head, then a year
// ("Velm Partnership 2010"): a recurring event's edition. Only where the text also
// names it without the year is it taken, the name being the event's own and the year
// its edition's (a plan or a report may carry a year as well, but its words say so).
var yearedName = regexp.MustCompile(`\b(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,3}) (?:19|20)\d\d\b`)

// documentWords name a written thing, not a gathering, that may carry a year.
var documentWords = set("plan", "report", "bluebook", "strategy", "agenda", "vision", "budget", "act", "law", "policy",
	"review", "edition", "issue", "volume", "message", "statement", "census", "survey", "award", "awards", "prize", "fund",
	"year", "events", "calendar", "election", "elections", "index", "ticker", "update", "outlook", "framework", "roadmap")

// yearedEvents proposes the names yearedName finds as events, at every mention of the
// name the text makes that nothing covers.
func (p *proposer) yearedEvents(ms []Mention) []Mention {
	text := p.c.text
	for _, a := range yearedName.FindAllStringSubmatchIndex(text, -1) {
		s, e := a[2], a[3]
		name := text[s:e]
		ws := strings.Fields(name)
		if slices.ContainsFunc(ws, func(w string) bool {
			lw := strings.ToLower(w)
			return commonCapitalised[lw] || titleWords[lw] || demonyms[lw] != "" || months[lw] > 0 || dayNames[lw] ||
				orgHeads[lw] || companyHeads[lw] || regionHeads[lw] || programmeHeads[lw] || documentWords[lw] || venueWords[lw] || headlinePreps[w]
		}) || len(p.g.entriesNamed(name)) > 0 || p.sentenceStart(s) && len(ws) < 3 ||
			// (the tail of a longer name with a list in it: "X Border, Ports, and Rail
			// Tour 2015")
			strings.HasSuffix(text[:s], "and ") || strings.HasSuffix(text[:s], ", ") {
			continue
		}
		all := regexp.MustCompile(`\b`+regexp.QuoteMeta(name)+`\b`).FindAllStringIndex(text, -1)
		// named without the year elsewhere
		if !slices.ContainsFunc(all, func(o []int) bool { return !regexp.MustCompile(`^ (?:19|20)\d\d\b`).MatchString(text[o[1]:]) }) {
			continue
		}
		for _, o := range all {
			if !slices.ContainsFunc(ms, func(m Mention) bool { return m.bStart < o[1] && o[0] < m.bEnd }) {
				ms = p.addNamed(ms, kg.Event, o[0], o[1], name, 0.5)
			}
		}
	}
	return ms
}
