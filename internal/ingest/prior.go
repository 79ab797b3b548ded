package ingest

import (
	"regexp"
	"slices"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
)

// dominates is how many times more people a place must have than every namesake within
// reach of its score for a bare name to be it, as the loader settles the twin lists'
// names by population.
const dominates = 10

// dominant settles a close call (ss sorted best first) that coherence left open by the
// prior of the best-known bearer: the best, when it is a place with context and every
// candidate of its kind within reach has a tenth of its people or is a namesake the
// graph barely knows. A city of a million or more that so dominates the others within
// reach of the best is meant even when a namesake scored higher for lying in a country
// the article names ("Paris" among a U.S. diplomat's posts is not Paris, Texas): the
// publisher's country is named in nearly every text, and one ten times smaller does
// not outweigh the city every reader knows, if the name is that city's own (not
// Harare's old name). It returns -1 otherwise.
func (g *Gazetteer) dominant(ss []scored, name string) int {
	b := g.entries[ss[0].ref.entry]
	if b.Kind != kg.City && b.Kind != kg.Region || !ss[0].ctx {
		return -1
	}
	for i, s := range ss {
		if i > 0 && (ss[0].score-s.score >= 1.5 || g.entries[s.ref.entry].Kind != kg.City || g.entries[s.ref.entry].Population < 1_000_000 || !s.ctx || !ownName(g.entries[s.ref.entry].Name, name)) {
			continue
		}
		if g.dominatesWithin(ss, i) {
			return i
		}
	}
	return -1
}

// dominatesWithin reports whether ss[i] has ten times the people of every other
// candidate of its kind within reach of the best score, or they are namesakes the graph
// barely knows.
func (g *Gazetteer) dominatesWithin(ss []scored, i int) bool {
	b := g.entries[ss[i].ref.entry]
	for j, s := range ss {
		e := g.entries[s.ref.entry]
		if j == i || e.Kind != b.Kind || ss[0].score-s.score >= 1.5 {
			continue
		}
		// a namesake the graph barely knows (its country and region only, no partner)
		// yields to a bigger place the graph relates to others
		minor := e.Degree <= minorDegree && len(e.Partners) == 0 && b.Degree > minorDegree && b.Population > e.Population
		if !minor && b.Population < dominates*max(e.Population, 1) {
			return false
		}
	}
	return true
}

var nextWord = regexp.MustCompile(`^ (\pL+)`)

// shortForms links a place's short form to the place the article has already linked by
// its full name, when the short form is another of its names and opens the full one
// ("Santiago" after "Santiago de los Caballeros", not Chile's capital): one sense per
// article. A short form before a cue word, inside a longer name, or a country's name
// is left as it was.
func (g *Gazetteer) shortForms(c *linkCtx, hits []hit, ms []Mention) []Mention {
	full := map[int]Mention{}
	for _, m := range ms {
		if isPlace(m.Kind) && m.entry >= 0 && strings.Contains(strings.TrimSpace(m.Text), " ") {
			full[m.entry] = m
		}
	}
	var out []Mention
	for _, h := range hits {
		p := g.patterns[h.pat]
		if next := nextWord.FindStringSubmatch(c.text[h.end:]); !g.plausible(c, h) || g.inLongerName(c, h) || next != nil && isCue(next[1]) {
			continue
		}
		if slices.ContainsFunc(p.refs, func(r patRef) bool { return g.entries[r.entry].Kind == kg.Country }) {
			continue // "Mexico" after "Mexico City" is the country
		}
		for _, r := range p.refs {
			m, ok := full[r.entry]
			if !ok || !strings.HasPrefix(FoldName(m.Text), p.folded+" ") {
				continue
			}
			m.Text, m.bStart, m.bEnd, m.How, m.cue = c.text[h.start:h.end], h.start, h.end, "alias", false
			out = append(out, m)
			break
		}
	}
	return out
}
