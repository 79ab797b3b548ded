package ingest

import (
	"regexp"
	"slices"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
)

// An occasion is named by what it is called, not by the words that only say at whose
// level it is held or which body sits at it: "the Mayoral Civic Reception" is the
// mayor's reception for the city, and "the Council Meeting" a sitting of the council,
// as "Bilateral Meeting" is a meeting of two sides (genericEvent). A name that keeps a
// place, a people, a theme or a number ("Korea-New Zealand FTA Joint Commission
// Meeting", "Fourth of July Reception") stays.

// hostAdjectives are the adjectives of the heads of a government and of the city as a
// body ("Mayoral", "Presidential", "Civic"): who hosts, never which occasion.
var hostAdjectives = set("mayoral", "presidential", "gubernatorial", "vice-regal", "viceregal", "prime-ministerial",
	"ambassadorial", "civic", "municipal")

// sittingHeads end the name of a body's sitting ("Council Meeting", "Board Session").
var sittingHeads = set("meeting", "meetings", "session", "sessions", "sitting")

// sittingBodies are the kinds of body that sit ("Council", "Cabinet"): before a
// sitting's head, the body that holds it, not the occasion's name.
var sittingBodies = set("council", "assembly", "cabinet", "board", "committee", "commission", "parliament",
	"legislature", "senate", "congress", "government", "administration", "authority")

// occasionKindWord reports whether w (lower case), before an event's head, only says
// what sort of occasion it is: an event's kind (eventKinds), a host's adjective, or a
// sitting body's kind before a sitting's head.
func occasionKindWord(w, head string) bool {
	return eventKinds[w] || hostAdjectives[w] || sittingHeads[head] && sittingBodies[w]
}

// buildingApposed is an apposition that calls the name before it a building ("the
// Velmar House, the building housing the city's council", "the Hôtel Dumont, a
// mansion"): a venue, which the annotations leave out.
var buildingApposed = regexp.MustCompile(`^,? (?:the|an?) (?:[\p{Ll}][\p{L}-]* ){0,3}(?:building|mansion|palace|castle|villa|landmark|venue|edifice)\b`)

// travelParticiples say a group is on the move: "Visiting Team", "Touring Party".
var travelParticiples = set("visiting", "travelling", "traveling", "touring", "accompanying")

// groupHeads end a group's name: a team, a party, a delegation.
var groupHeads = set("team", "group", "party", "delegation", "mission", "troupe")

// delegationName reports whether a body's name ends in a group told as travelling
// ("the City Government Visiting Team"): a delegation, which the annotations give as no
// body (as "U.S. Delegation"), only its place.
func delegationName(name string) bool {
	ws := strings.Fields(strings.ToLower(name))
	n := len(ws)
	return n >= 2 && groupHeads[ws[n-1]] && travelParticiples[ws[n-2]]
}

// delegationSender proposes, in place of a travelling group's name at text[s:e] ("the
// Velmar City Government Visiting Team"), the body named before its participle when
// those words end in a body's head ("Velmar City Government"), and nothing else: the
// places in the group's name stay mentions of their own.
func (p *proposer) delegationSender(ms []Mention, s, e int, conf float64) []Mention {
	var ts []token
	for _, t := range p.c.toks {
		if t.start >= s && t.end <= e {
			ts = append(ts, t)
		}
	}
	k := len(ts) - 2 // the participle
	if k < 2 || !travelParticiples[strings.ToLower(ts[k].text)] {
		return ms
	}
	kind := headKind(ts[:k])
	if kind != kg.Organization && kind != kg.Company {
		return ms
	}
	return p.add(ms, kind, ts[0].start, headEnd(ts[k-1]), conf)
}

// occasionBodyTail: "in", a place and capitalised words after an occasion's name ("...
// Ministers' Meeting in Velmar Support and Promotion Council").
var occasionBodyTail = regexp.MustCompile(`^ in \p{Lu}[\p{L}'’-]*(?: (?:(?:and|of|for) )?\p{Lu}[\p{L}'’-]*)*`)

// occasionBodies reads an occasion's name followed by "in", a place and words that end
// in a body's head ("the 2016 Velmar Ministers' Meeting in Velmar Support and Promotion
// Council") as one body, named for the occasion it serves: a committee or council that
// organises or supports an event is a body, and the event and the place inside its name
// are part of it.
func (p *proposer) occasionBodies(ms []Mention) []Mention {
	for i := 0; i < len(ms); i++ {
		m := ms[i]
		if m.Proposed == nil || m.Kind != kg.Event {
			continue
		}
		loc := occasionBodyTail.FindStringIndex(p.c.text[m.bEnd:])
		if loc == nil {
			continue
		}
		e := m.bEnd + loc[1]
		var ts []token
		for _, t := range p.c.toks {
			if t.start >= m.bStart && t.end <= e {
				ts = append(ts, t)
			}
		}
		if len(ts) < 4 || !orgHeads[strings.ToLower(ts[len(ts)-1].text)] || headKind(ts) != kg.Organization {
			continue
		}
		before := len(ms)
		ms = p.add(slices.DeleteFunc(ms, func(o Mention) bool { return o.bStart >= m.bStart && o.bEnd <= e }), kg.Organization, m.bStart, e, 0.5)
		if len(ms) != before {
			i = -1 // the list changed under the loop: read it again
		}
	}
	return ms
}
