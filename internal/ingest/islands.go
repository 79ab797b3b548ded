package ingest

import (
	"regexp"
	"slices"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
)

// islandName finds one or two capitalised words and "Island", "Islands" or "Ward" after
// them ("Velo Island", "Tane Vane Ward"); an okina or a hyphen may stand inside a word.
var islandName = regexp.MustCompile(`\b(\p{Lu}[\p{L}’'-]*\p{L}(?: \p{Lu}[\p{L}’'-]*\p{L})?) (Islands?|Ward)\b`)

// islandsAndWards proposes an island the graph lacks as a new region and a ward (an
// assembly's or a city's) as a new place, where nothing else took the name: the head
// word names its kind where no other cue does ("the Boeboe community on Velo Island",
// "Provincial Member for Tane Ward"). The island keeps its head in its name, as the
// annotations do; a ward is a city, as a seat of a member is (the ninety-fifth set).
// Not a nickname in quotes ("Japan's “Silicon Island”"), not a name that goes on after
// its head ("Outer Islands Renewable Energy Project", a programme), not words the text
// also writes in lowercase or common words ("Small Island", "South Island", "Pacific
// Islands"), and never over a mention made before.
func (p *proposer) islandsAndWards(ms []Mention) []Mention {
	text := p.c.text
	for _, a := range islandName.FindAllStringSubmatchIndex(text, -1) {
		s, e := a[2], a[5]
		// (a person's proposal of exactly these words is the place's, wrongly kinded:
		// "Member for Tane Vane Ward")
		if i := coveringMention(ms, s, e); i >= 0 && ms[i].Proposed != nil && ms[i].Kind == kg.Person && ms[i].bStart == s && ms[i].bEnd == e {
			id := *ms[i].Proposed
			ms = slices.DeleteFunc(ms, func(m Mention) bool { return m.Proposed != nil && *m.Proposed == id })
		}
		if coveringMention(ms, s, e) >= 0 {
			continue
		}
		if before := text[:s]; strings.HasSuffix(before, "“") || strings.HasSuffix(before, "\"") {
			continue
		}
		if after := text[e:]; strings.HasPrefix(after, "”") || strings.HasPrefix(after, "\"") || islandGoesOn.MatchString(after) {
			continue
		}
		name := text[s:a[3]]
		if !p.islandWords(name) {
			continue
		}
		kind := kg.Region
		if text[a[4]:a[5]] == "Ward" {
			kind = kg.City
		}
		ms = p.add(ms, kind, s, e, 0.5)
	}
	return ms
}

// islandGoesOn: a capitalised word right after the head continues a longer name.
var islandGoesOn = regexp.MustCompile(`^ \p{Lu}`)

// islandWords reports whether every word of an island's or a ward's name is a proper
// one: no common, compass or ocean word, no demonym, no title, no place the graph holds, and nothing the article also writes in lowercase.
func (p *proposer) islandWords(name string) bool {
	for _, w := range strings.Fields(name) {
		lw := strings.ToLower(w)
		if commonCapitalised[lw] || notInNames[lw] || compassWords[lw] || demonyms[lw] != "" || titleWords[lw] || connectors[w] ||
			leadingQualifiers[lw] || oceanWords[lw] || p.c.lower[FoldName(w)] || months[lw] > 0 {
			return false
		}
	}
	// (an island named by a place the graph holds, "Jeju Island", is the linker's)
	return !p.countryNamed(name) && !slices.ContainsFunc(p.g.entriesNamed(name), func(e int) bool { return isPlace(p.g.entries[e].Kind) })
}

// oceanWords name the islands of a whole ocean ("Pacific Islands"), a world region the
// annotations leave out, no island of its own.
var oceanWords = set("pacific", "atlantic", "indian", "arctic", "caribbean", "aegean", "mediterranean")
