package ingest

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/amity-graph/amity/internal/kg"
)

// verbNamedPeople drops a new person whose name holds a verb form: a title-case
// headline capitalises its verbs ("Envoys Inaugurate Restored Hall", "Gala Hosted
// by ..."), and a person's name holds neither a past participle nor an infinitive. A
// word is one where it ends in -ed and stands before "by" or is written in lowercase
// elsewhere in the text ("the restored hall"), or where the text writes it in
// lowercase after "to" ("came to inaugurate"), or, at its end, where it is in the
// present and the text writes the verb in lowercase (presentOfLowerVerb). A given name the gazetteer knows
// ("Ahmed", "Fred") is never one. A verb after a name the text gives elsewhere in full
// is cut off, the name staying that person's.
func (p *proposer) verbNamedPeople(ms []Mention) []Mention {
	drop := map[string]bool{}
	for k, m := range ms {
		if m.Proposed == nil || m.Kind != kg.Person || m.How != "new" {
			continue
		}
		ws := strings.Fields(m.Text)
		if len(ws) < 2 {
			continue
		}
		for i, w := range ws {
			lw := FoldName(w)
			if p.g.givenNames()[lw] || commonGiven[lw] {
				continue
			}
			participle := len(lw) > 4 && strings.HasSuffix(lw, "ed") &&
				(p.c.lower[lw] || i == len(ws)-1 && byAfter.MatchString(p.c.text[m.bEnd:]))
			// (a name before the verb that the text names a person by elsewhere,
			// "Envoy Velk Visited Oslo" after "Envoy Ana Velk", stays the person's)
			present := i == len(ws)-1 && p.presentOfLowerVerb(lw)
			verb := participle || present || p.c.lower[lw] && infinitiveOf(p.c.text, lw)
			if verb && !p.namedElsewhere(ms, m, ws[:i]) {
				drop[*m.Proposed] = true
				break
			}
			// A headline's verb after a name the text gives in full ("Envoy Velk
			// Visited Oslo"): the name before the verb is that person's.
			if verb && i == len(ws)-1 && (participle || present) {
				if named, ok := p.beforeHeadlineVerb(ms, m, ws[:i]); ok {
					ms[k] = named
				}
				break
			}
		}
	}
	return slices.DeleteFunc(ms, func(m Mention) bool { return m.Proposed != nil && drop[*m.Proposed] })
}

// presentOfLowerVerb reports whether w, ending in -s, is a headline's verb in the
// present ("Envoy Velk Arrives in Oslo"): the text writes the verb's past or its -ing
// form in lowercase ("since I arrived", "arriving"). A surname ending in -s ("Jones",
// "Williams") has no such forms.
func (p *proposer) presentOfLowerVerb(w string) bool {
	if len(w) < 5 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") {
		return false
	}
	stem := strings.TrimSuffix(w, "s")
	bare := strings.TrimSuffix(stem, "e")
	return p.c.lower[stem+"d"] && strings.HasSuffix(stem, "e") || p.c.lower[stem+"ed"] || p.c.lower[bare+"ing"]
}

// byAfter: an agent's "by" right after a name.
var byAfter = regexp.MustCompile(`^ by\b`)

// infinitiveOf reports whether the text writes the lowercase word w after "to".
func infinitiveOf(text, w string) bool {
	return strings.Contains(strings.ToLower(text), "to "+w+" ")
}

// namedElsewhere reports whether another person's mention holds all the words ws.
func (p *proposer) namedElsewhere(ms []Mention, at Mention, ws []string) bool {
	if len(ws) == 0 {
		return false
	}
	return slices.ContainsFunc(ms, func(m Mention) bool {
		if m.Kind != kg.Person || m.bStart == at.bStart {
			return false
		}
		other := strings.Fields(m.Text)
		return !slices.ContainsFunc(ws, func(w string) bool { return !slices.Contains(other, w) })
	})
}

// beforeHeadlineVerb returns m cut to the name words ws before a headline's verb, as a
// mention of the person another mention names with all those words; ok is false when
// the text does not spell ws exactly at m's start or no such person is found.
func (p *proposer) beforeHeadlineVerb(ms []Mention, m Mention, ws []string) (Mention, bool) {
	name := strings.Join(ws, " ")
	if !strings.HasPrefix(p.c.text[m.bStart:], name) {
		return m, false
	}
	for _, o := range ms {
		if o.Kind != kg.Person || o.bStart == m.bStart || o.Entity == nil && o.Proposed == nil {
			continue
		}
		other := strings.Fields(o.Text)
		if slices.ContainsFunc(ws, func(w string) bool { return !slices.Contains(other, w) }) {
			continue
		}
		cut := m
		cut.Text, cut.bEnd, cut.End = name, m.bStart+len(name), m.Start+utf8.RuneCountInString(name)
		cut.Entity, cut.Proposed, cut.entry, cut.How, cut.Confidence = o.Entity, o.Proposed, o.entry, "coreference", o.Confidence
		return cut, true
	}
	return m, false
}
