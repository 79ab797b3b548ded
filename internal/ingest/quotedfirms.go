package ingest

import (
	"regexp"
	"slices"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
)

// quotedAfter is a quoted name right after a kind ("Pearl Farm “Velm Shinju”").
var quotedAfter = regexp.MustCompile(`^ ?[“"](\p{Lu}[^”"\n]{1,60})[”"]`)

// quotedFirms reads an itinerary's "<kind of business> “<name>”" ("Sake Brewery
// “Velm Shuzo”", "French Restaurant “Chez Velm”"): the quoted words name the firm, the
// capitalised kind before them describes it and names nothing.
func (p *proposer) quotedFirms(ms []Mention) []Mention {
	var add []Mention
	ms = slices.DeleteFunc(ms, func(m Mention) bool {
		ws := strings.Fields(strings.ToLower(m.Text))
		if m.Proposed == nil || m.Kind != kg.Company || len(ws) == 0 || !companyHeads[ws[len(ws)-1]] && !farmEnds[m.Text[strings.LastIndexByte(m.Text, ' ')+1:]] {
			return false
		}
		q := quotedAfter.FindStringSubmatchIndex(p.c.text[m.bEnd:])
		if q == nil {
			return false
		}
		s, e := m.bEnd+q[2], m.bEnd+q[3]
		if !slices.ContainsFunc(ms, func(o Mention) bool { return o.bStart < e && s < o.bEnd }) {
			add = p.add(add, kg.Company, s, e, 0.5)
		}
		return true
	})
	if len(add) == 0 {
		return ms
	}
	ms = append(ms, add...)
	sortMentions(ms)
	return ms
}

// brewerWord is a Japanese brewer's name written as one word with its kind
// ("Velmshuzoten": shuzo, a sake brewery; shuzoten, a sake brewer's shop).
var brewerWord = regexp.MustCompile(`^\p{Lu}\p{Ll}{2,}(?:shuzo|shuzoten|syuzo)$`)

// brewerWords proposes such a word as a company.
func (p *proposer) brewerWords(ms []Mention) []Mention {
	for _, t := range p.c.toks {
		if brewerWord.MatchString(t.text) && !slices.ContainsFunc(ms, func(o Mention) bool { return o.bStart < t.end && t.start < o.bEnd }) {
			ms = p.add(ms, kg.Company, t.start, t.end, 0.5)
		}
	}
	return ms
}

// visitGerunds open an itinerary's line with what the visitor did there ("Visiting
// Velm Group"); the body after one is named.
var visitGerunds = set("visiting", "touring", "meeting", "attending", "hosting", "welcoming", "joining")

// farmEnds end a farm's name, a business ("Velm Farm").
var farmEnds = set("Farm", "Farms")
