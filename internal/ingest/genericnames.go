package ingest

import (
	"regexp"
	"slices"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
)

// unitAdjectives name the level of a government, not which one ("Oblast",
// "Regional").
var unitAdjectives = set("oblast", "regional", "provincial", "prefectural", "municipal", "district", "county", "state", "city", "town", "village", "local")

// unitBodies are the bodies each level has ("Administration", "Assembly").
var unitBodies = set("administration", "assembly", "council", "government", "parliament", "legislature", "authority")

// genericForces name armed forces by their kind, no country's.
var genericForces = set("defence force", "defence forces", "defense force", "defense forces", "armed forces", "armed force")

// genericNames drops a proposed body named by a level of government and its body
// alone after "the" ("the Oblast Administration", "the new Regional Assembly"): a
// reference the annotations leave out, as they leave "the Embassy" out. With no
// article it is a name ("Regional Assembly President X") and stays.
func (p *proposer) genericNames(ms []Mention) []Mention {
	drop := map[string]bool{}
	for _, m := range ms {
		if m.Proposed == nil || m.Kind != kg.Organization {
			continue
		}
		words := strings.Fields(m.Text)
		// "Chief of Defence Force": a country's forces by their kind alone, whose
		// country the text leaves to the reader
		if genericForces[strings.ToLower(m.Text)] {
			drop[*m.Proposed] = true
			continue
		}
		if len(words) != 2 || !unitAdjectives[strings.ToLower(words[0])] || !unitBodies[strings.ToLower(words[1])] {
			continue
		}
		before := strings.TrimSuffix(p.c.text[:m.bStart], "new ")
		if strings.HasSuffix(before, "the ") || strings.HasSuffix(before, "The ") {
			drop[*m.Proposed] = true
		}
	}
	return slices.DeleteFunc(ms, func(m Mention) bool { return m.Proposed != nil && drop[*m.Proposed] })
}

// productApposed is an apposition that calls the name before it a product ("Velmar, the
// famous Omani coffee"): a thing, which the annotations leave out.
var productApposed = regexp.MustCompile(`^,? (?:the|an?) (?:[\p{Ll}\p{Lu}][\p{L}-]* ){0,3}(?:rum|beer|wine|whisky|whiskey|coffee|tea|drink|liquor|spirit|cheese|chocolate|brand|dish|product)\b`)

// titleParty reports "Chinese Party" of "Chinese Party Secretary X": a people's
// adjective and "Party" before a title word are the party's office, not a body's name.
func titleParty(text string, m Mention) bool {
	words := strings.Fields(m.Text)
	if len(words) != 2 || demonyms[strings.ToLower(words[0])] == "" || words[1] != "Party" {
		return false
	}
	next := wordRe.FindString(text[m.bEnd:])
	return strings.HasPrefix(text[m.bEnd:], " ") && titleWords[strings.ToLower(next)]
}

// thingsNamed drops proposals the text itself calls a product ("Ron Velmar, the
// emblematic Omani rum") or a party's office ("Omani Party Secretary"), and events
// named by their sort alone ("Bilateral Meeting").
func (p *proposer) thingsNamed(ms []Mention) []Mention {
	drop := map[string]bool{}
	for _, m := range ms {
		if m.Proposed != nil && (productApposed.MatchString(p.c.text[m.bEnd:]) || m.Kind == kg.Organization && titleParty(p.c.text, m) ||
			m.Kind == kg.Event && genericEvent(m.Text) || buildingApposed.MatchString(p.c.text[m.bEnd:])) {
			drop[*m.Proposed] = true
		}
	}
	return p.occasionBodies(slices.DeleteFunc(ms, func(m Mention) bool { return m.Proposed != nil && drop[*m.Proposed] }))
}

// eventKinds are words that say what sort an event is, never which one ("Bilateral
// Meeting", "Annual Conference").
var eventKinds = set("bilateral", "multilateral", "annual", "joint", "official", "working", "plenary", "regular", "general",
	"opening", "closing", "first", "second", "third", "final", "trilateral", "ministerial", "high-level",
	// what is done at the occasion ("Groundbreaking Ceremony", "Signing Ceremony")
	"groundbreaking", "ribbon-cutting", "signing", "welcome", "farewell", "dedication", "award", "awards", "graduation",
	"swearing-in", "handover", "inaugural", "inauguration",
	// a reach that names no one occasion ("International Conference", mostly a hall's)
	"international")

// ordinalWord is an ordinal in figures ("55th", "2nd").
var ordinalWord = regexp.MustCompile(`^\d+(?:st|nd|rd|th)$`)

// genericEvent reports whether an event's name holds only sort words, ordinals and an
// event's head ("55th Annual Conference", a heading's "Bilateral Meeting"): no name.
func genericEvent(name string) bool {
	words := strings.Fields(name)
	if len(words) < 2 || !eventHeads[strings.ToLower(words[len(words)-1])] {
		return false
	}
	for _, w := range words[:len(words)-1] {
		if lw := strings.ToLower(w); !occasionKindWord(lw, strings.ToLower(words[len(words)-1])) && !ordinalWord.MatchString(lw) {
			return false
		}
	}
	return true
}
