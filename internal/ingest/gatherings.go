package ingest

import (
	"regexp"
	"slices"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
)

// afterHost returns the token after a linked mission or body that opens the run from
// to (or covers its first token: the linker may have taken a "U.S." the run leaves
// out) and ends two words or more before its end (the event it hosts), or from.
func (p *proposer) afterHost(ms []Mention, from, to int) int {
	toks := p.c.toks
	for _, m := range ms {
		if m.Entity == nil || m.bStart > toks[from].start || m.bEnd <= toks[from].start || m.Kind != kg.Consulate && m.Kind != kg.Organization {
			continue
		}
		for k := from + 1; k < to-2; k++ {
			if toks[k-1].end == m.bEnd {
				return k
			}
		}
	}
	return from
}

// formats are the kinds of gathering a heading names by its speaker and place ("Envoy
// X Velmar Press Conference", "Town Hall Meeting, Velmar"): a format, no named event.
var formats = [][]string{{"press", "conference"}, {"news", "conference"}, {"press", "briefing"}, {"media", "briefing"},
	{"town", "hall", "meeting"}, {"town", "hall"}}

// beforeFormat returns where a run ends before a format that closes it, or to.
func (p *proposer) beforeFormat(from, to int) int {
	toks := p.c.toks
	for _, f := range formats {
		k := to - len(f)
		if k < from {
			continue
		}
		ok := true
		for i, w := range f {
			if !strings.EqualFold(possessive(toks[k+i].text), w) {
				ok = false
				break
			}
		}
		if ok {
			return k
		}
	}
	return to
}

// fairWords name what a venue hosts ("International Center of Fairs and Conventions",
// "Velmar Exhibition Centre"): a centre named for them is a venue, left out.
var fairWords = set("fair", "fairs", "convention", "conventions", "exhibition", "exhibitions", "expo", "expos", "congress", "congresses", "events")

// fairCentres drops a new body named as a centre of fairs or conventions, with every
// mention of the same proposal and of the acronym the text defines after it.
func (p *proposer) fairCentres(ms []Mention) []Mention {
	drop, acronyms := map[string]bool{}, map[string]bool{}
	for _, m := range ms {
		if m.Proposed == nil || m.Kind != kg.Organization {
			continue
		}
		ws := strings.Fields(strings.ToLower(m.Text))
		if !slices.ContainsFunc(ws, func(w string) bool { return w == "center" || w == "centre" }) {
			continue
		}
		if slices.ContainsFunc(ws, func(w string) bool { return fairWords[w] }) {
			drop[*m.Proposed] = true
			if a := bracketAfter.FindStringSubmatch(p.c.text[m.bEnd:]); a != nil {
				acronyms[a[1]] = true
			}
		}
	}
	return slices.DeleteFunc(ms, func(m Mention) bool { return m.Proposed != nil && (drop[*m.Proposed] || acronyms[m.Text]) })
}

// bracketAfter reads the acronym a text defines right after a name ("... (CIFCO)").
var bracketAfter = regexp.MustCompile(`^ \(([A-Z][A-Z0-9]{1,9})\)`)
