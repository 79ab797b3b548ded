package ingest

import (
	"cmp"
	"regexp"
	"slices"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
)

// embassyInBefore ends in an embassy named by its sender and "in", before a host
// country's name: a short form or adjective before it ("the U.S. Embassy in the ") or
// the sender's name after "of" ("the Embassy of the Velmar Republic in ").
var embassyInBefore = regexp.MustCompile(`(?:\b(U\.S\.|U\.K\.|UK|US|USA|United States|[A-Z][a-z]+) )?\b(Embassy|High Commission)(?: of (?:the )?([A-Z][\p{L}.]*(?: (?:of (?:the )?)?[A-Z][\p{L}.]*)*))? in (?:the )?$`)

// embassiesInHosts reads an embassy named by its sender and the country it serves in
// ("the Velmar Embassy in Zedland", "the Embassy of Velmar in Zedland") as one name: the
// graph's one embassy of the sender in a town of the host. The host country is the
// embassy's, no mention of its own; the text leaves the seat out, the graph knows it.
// Where the graph holds no such embassy, or several, the words stay as they were.
func (g *Gazetteer) embassiesInHosts(c *linkCtx, ms []Mention) []Mention {
	for _, host := range slices.Clone(ms) {
		if host.Kind != kg.Country || host.Entity == nil {
			continue
		}
		before := c.text[max(0, host.bStart-160):host.bStart]
		m := embassyInBefore.FindStringSubmatchIndex(before)
		if m == nil {
			continue
		}
		sender, opener := "", ""
		if m[2] >= 0 {
			w := before[m[2]:m[3]]
			opener = cmp.Or(abbreviations[w], senderCountry(w))
			if w == "United States" {
				opener = "country:us"
			}
		}
		if m[6] >= 0 {
			// the sender's longest leading words that name a country: a formal
			// name the graph lacks ("the United States of America") holds its short one
			for ws := strings.Fields(before[m[6]:m[7]]); sender == "" && len(ws) > 0; ws = ws[:len(ws)-1] {
				sender = g.countryByName(strings.Join(ws, " "))
			}
		} else {
			sender = opener
		}
		if sender == "" || sender == *host.Entity {
			continue
		}
		j, ok := g.embassyIn(sender, *host.Entity)
		if !ok {
			continue
		}
		s, e := host.bStart-len(before)+m[0], host.bEnd
		if opener == "" {
			s = host.bStart - len(before) + m[4] // "The Embassy of ...": "The" opens no name
		}
		kept := slices.DeleteFunc(slices.Clone(ms), func(x Mention) bool { return x.bStart >= s && x.bEnd <= e })
		if slices.ContainsFunc(kept, func(x Mention) bool { return x.bStart < e && s < x.bEnd }) {
			continue
		}
		ms = append(kept, Mention{Text: c.text[s:e], bStart: s, bEnd: e, Entity: strPtr(g.entries[j].ID), Kind: kg.Consulate,
			How: "title", Confidence: 0.75, entry: j})
		sortMentions(ms)
	}
	return ms
}

// missionNameAfter follows a sender's short form or name that opens a mission's name as
// a whole: "Mission" and the country it serves in, after "to" or straight after ("the
// U.S. Mission to Zedland", "U.S. Mission Zedland").
var missionNameAfter = regexp.MustCompile(`^ Mission (to (?:the )?)?\p{Lu}`)

// dropMissionSenders removes a country that opens the name of its mission to another
// country: the mission as a whole is no node of the graph (the annotation leaves it
// out), and the sender is a word of its name. Without "to", the host must be a country's
// name ("Velmar Mission Opening" is the country, the mission unnamed).
func (g *Gazetteer) dropMissionSenders(c *linkCtx, ms []Mention) []Mention {
	drop := map[int]bool{}
	for _, m := range ms {
		if m.Kind != kg.Country || m.Entity == nil {
			continue
		}
		x := missionNameAfter.FindStringSubmatchIndex(c.text[m.bEnd:])
		if x == nil {
			continue
		}
		host := ""
		ws := strings.Fields(c.text[m.bEnd+x[1]-1:])
		for n := min(2, len(ws)); host == "" && n > 0; n-- {
			host = g.countryByName(possessive(strings.TrimRight(strings.Join(ws[:n], " "), ",.;:")))
		}
		drop[m.bStart] = x[2] >= 0 || host != "" && host != *m.Entity
	}
	return slices.DeleteFunc(ms, func(m Mention) bool { return m.Kind == kg.Country && drop[m.bStart] })
}
