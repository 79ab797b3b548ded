package ingest

import (
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/amity-graph/amity/internal/kg"
)

// actedName: a full name of two to four capitalised words (a particle such as "von" or
// "de" allowed inside) right before a verb in lowercase of what a visitor or speaker
// does ("Tora Lind arrived in ...", "Tora Lind highlights ...", "Tora Lind has visited
// ..."). A body acting so carries its head word, a place is known or cued: a name
// with neither, doing what people do, is a person's, even with no office near.
var actedName = regexp.MustCompile(`(\p{Lu}[\p{L}’'-]*\p{L}(?: (?:(?:von|van|de|da|dos|del|der|bin|binti) )?\p{Lu}[\p{L}’'-]*\p{L}){1,3}) (?:has |have |had |also |then |later |will |today )?(?:said|says|told|added|noted|stressed|visited|visits|arrived|arrives|met|meets|signed|signs|highlighted|highlights|announced|announces|traveled|travelled|travels|toured|tours|delivered|delivers|launched|launches|attended|attends|thanked|thanks|praised|welcomed|welcomes|spoke|speaks|discussed|discusses|inaugurated|commended|presented|congratulated|emphasized|emphasised|underscored|reaffirmed|expressed|paid|called on|is visiting|was visiting|will visit|will travel|will meet|will lead)\b`)

// actingPeople proposes the names actedName finds as people, where no mention covers
// any of the name, the graph holds no entry by it, and none of its words is a common,
// office, head, place or month word, a demonym, a word in capitals or one the text
// writes in lowercase.
func (p *proposer) actingPeople(ms []Mention) []Mention {
	text := p.c.text
	for _, a := range actedName.FindAllStringSubmatchIndex(text, -1) {
		s, e := a[2], a[3]
		// ("the Agency's Tora Lind visits": the owner's possessive opens no name)
		if i := strings.LastIndexAny(text[s:e], "’'"); i >= 0 && strings.Contains(text[s+i:e], " ") {
			s += i + strings.Index(text[s+i:e], " ") + 1
		}
		if !strings.Contains(text[s:e], " ") {
			continue
		}
		// (a name after "of" or an office goes on a title: "Chief of Mission Velk
		// said"; after "the" it is a body's or a place's)
		if prev := lastWord(text[max(0, s-40):s]); strings.HasSuffix(text[:s], prev+" ") && (prev == "of" || strings.EqualFold(prev, "the") || titleWords[strings.ToLower(prev)]) {
			continue
		}
		// (the last of a list, or a name joined to another by a slash or a hyphen, takes
		// the list's kind: "the mayors of X, Y and Z met")
		if before := strings.TrimRight(text[max(0, s-4):s], " "); s > 0 && (strings.HasSuffix(before, ",") || strings.HasSuffix(before, "and") || !strings.ContainsAny(text[s-1:s], " \n\"“(")) {
			continue
		}
		name := possessive(text[s:e])
		if name != text[s:e] || strings.Contains(name, "\n") || slices.ContainsFunc(ms, func(m Mention) bool { return m.bStart < e && s < m.bEnd }) ||
			len(p.g.entriesNamed(name)) > 0 {
			continue
		}
		ws := strings.Fields(name)
		if slices.ContainsFunc(ws, func(w string) bool {
			lw := strings.ToLower(w)
			if nameParticles[w] || lw == "binti" {
				return false
			}
			return commonCapitalised[lw] || clericStyles[lw] || peerStyles[lw] || closingOffices[lw] || lw == "commander" || lw == "captain" || lw == "chief" || notInNames[lw] || titleWords[lw] || connectors[w] || determiners[lw] || demonyms[lw] != "" || months[lw] > 0 ||
				dayNames[lw] || orgHeads[lw] || companyHeads[lw] || eventHeads[lw] || regionHeads[lw] || venueWords[lw] || landForms[lw] || naturalFeatures[lw] ||
				compassWords[lw] || isUpperWord(w) || mixedCase(w) || p.c.lower[FoldName(w)] || headlinePreps[w] || headlineVerbs[w]
		}) {
			continue
		}
		ms = p.add(ms, kg.Person, s, e, 0.5)
	}
	return ms
}

// mixedCase reports whether a short word has a capital after its first letter ("AtA",
// "DoS"): an acronym of an office, no part of a name.
func mixedCase(w string) bool {
	rs := []rune(w)
	return len(rs) <= 4 && slices.ContainsFunc(rs[1:], unicode.IsUpper)
}
