package ingest

import (
	"regexp"
	"slices"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
)

// nounBody: a name right after a lowercase noun that says what kind of body it is
// ("visited the NGO Velmar", "under local NGO, VELKA, and", "the public organisation
// “Velmar”", "its implementing partner Velmar Works", "a music group, VELKA,", "a
// local industry, Velmar Tanning"). The noun goes before the name, where
// bodyApposition reads it after; the name may be a single word or capitals, which
// the noun alone makes a body's.
var nounBody = regexp.MustCompile(`\b(?:(NGO|non-?governmental organi[sz]ation|nonprofit|non-profit|charity|(?:implementing|local) partner|(?:public|charitable|voluntary|community|civil society) organi[sz]ation|(?:music|dance|folk|theatre|theater) (?:group|ensemble|band))|local (industry|business|firm))(, | )([“"]?)(` + bodyName + `)[”"]?`)

// sentenceWords open no name after the noun: the noun's clause ends before them.
var sentenceWords = set("the", "in", "on", "at", "during", "since", "with", "and", "to", "for", "of", "from", "by")

// nounBodies proposes the bodies nounBody finds, where nothing covers the name and
// it is no known entity's; an acronym the text defines in brackets after it is that
// body's wherever it stands.
func (p *proposer) nounBodies(ms []Mention) []Mention {
	text := p.c.text
	for _, a := range nounBody.FindAllStringSubmatchIndex(text, -1) {
		s, e := a[10], a[11]
		// a sentence's end may follow a one-word name ("visited the NGO Velka.")
		name := strings.TrimRight(text[s:e], "’'-")
		e = s + len(name)
		ws := strings.Fields(name)
		lw := strings.ToLower(ws[0])
		// one word right after the noun may be the noun's own phrase's ("the NGO Law",
		// "NGO Forum"): a comma or quotes must set it off
		if len(ws) == 1 && text[a[6]:a[7]] == " " && text[a[8]:a[9]] == "" {
			continue
		}
		// the noun makes a name of words that elsewhere open a sentence or a region's
		// name ("partner Global Velka", "the NGO South Asian Velka"), not of one such
		// word alone, a sentence's next word, a title or a person's name
		if len(ws) == 1 && (commonCapitalised[lw] || notInNames[lw]) || sentenceWords[lw] || titleWords[lw] ||
			determiners[lw] || months[lw] > 0 || len(ws) <= 3 && p.g.givenNames()[FoldName(ws[0])] ||
			len(p.g.entriesNamed(name)) > 0 {
			continue
		}
		// a proposal within the noun and the name (the noun taken into a body's
		// name, "NGO Velka Trust", or part of the name taken for a person's) gives
		// way to the name, with its other mentions
		var again []Mention
		var gone []string
		rest := ms
		for _, m := range ms {
			if m.Proposed != nil && m.bStart >= a[0] && m.bEnd <= e && m.bEnd > s {
				id := *m.Proposed
				again = append(again, slices.DeleteFunc(slices.Clone(rest), func(x Mention) bool { return x.Proposed == nil || *x.Proposed != id || x.bStart == m.bStart })...)
				rest = slices.DeleteFunc(slices.Clone(rest), func(x Mention) bool { return x.Proposed != nil && *x.Proposed == id })
				gone = append(gone, id)
			}
		}
		if p.covered(rest, s, e) {
			continue
		}
		ms = rest
		p.props = slices.DeleteFunc(p.props, func(pr *proposal) bool { return slices.Contains(gone, pr.id) })
		kind := kg.Organization
		if a[4] >= 0 {
			kind = kg.Company
		}
		ms = p.add(ms, kind, s, e, 0.5)
		for _, m := range again {
			if !p.covered(ms, m.bStart, m.bEnd) {
				ms = p.addNamed(ms, kind, m.bStart, m.bEnd, name, 0.5)
			}
		}
		ms = p.bracketedRepeats(ms, kind, e, name)
	}
	return ms
}

// bracketedRepeats names the body again by the acronym in brackets right after its
// name (at end), there and wherever the text writes it, unless a mention other than
// a proposal of the acronym alone holds it.
func (p *proposer) bracketedRepeats(ms []Mention, kind kg.Kind, end int, name string) []Mention {
	text := p.c.text
	loc := coinedAcronym.FindStringSubmatchIndex(text[end:])
	if loc == nil {
		return ms
	}
	acr := text[end+loc[2] : end+loc[3]]
	re := regexp.MustCompile(`\b` + regexp.QuoteMeta(acr) + `\b`)
	for _, o := range re.FindAllStringIndex(text, -1) {
		if i := coveringMention(ms, o[0], o[1]); i >= 0 {
			m := ms[i]
			if m.bStart != o[0] || m.bEnd != o[1] || m.Proposed == nil {
				continue
			}
			ms = append(ms[:i:i], ms[i+1:]...)
		}
		ms = p.addNamed(ms, kind, o[0], o[1], name, 0.5)
	}
	return ms
}
