package ingest

import (
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/amity-graph/amity/internal/kg"
)

// Round 36d's cues for towns the graph lacks, named with no head word: where a visit
// goes, or where a sentence opens its scene.
var (
	// visitedPlace: one capitalised word after a verb or noun of travel ("visited X,",
	// "a visit to X for two days", "Travels to X" in a headline), the name ending at
	// punctuation, a line's end or a lowercase word: what one travels to and names
	// alone is mostly a town (a body would carry its head word, a person a title).
	visitedPlace = regexp.MustCompile(`\b(?:visited|visiting|(?i:visits|visit to|trip to|travels to|travel to|traveled to|travelled to)) (\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?:[.,;:]|\n|$| (\p{Ll}+))`)
	// sceneOpening: "In X," opening a sentence sets the scene in a place (a date or an
	// abstract noun is filtered out by freePlaceName's words).
	// townOf: a settlement's noun and "of", then its name ("the town of X", "the
	// community of El X", "the villages of X, Y and Z"): a town or village, a city.
	townOf = regexp.MustCompile(`\b(?i:town|village|community|township|hamlet|settlement|(towns|villages|communities|townships|hamlets|settlements)) of ` + placeWords)
	// nextTown: the next name of a list after townOf's plural ("..., Y and Z").
	nextTown = regexp.MustCompile(`^(?:,? and|,) ` + placeWords)
	// datelinePlaces: a line near the top opening with a town and the places it lies in,
	// then a dash and the story ("Velm, Tosh – The Ambassador ..."): the first is the
	// town, a city; a second of one name is its region.
	datelinePlaces = regexp.MustCompile(`(?m)^` + placeWords + `((?:, \p{Lu}[\p{L}’'-]*\p{L}(?: \p{Lu}[\p{L}’'-]*\p{L}){0,2})+) ?[–—] ?\p{Lu}`)
	sceneOpening   = regexp.MustCompile(`(?:^|\n|[.!?]["”]? )In (\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?),`)
)

// placeWords are a place's name of one to three capitalised words.
const placeWords = `(\p{Lu}[\p{L}’'-]*\p{L}(?: \p{Lu}[\p{L}’'-]*\p{L}){0,2})\b`

// siteNouns are buildings and grounds named after a person or a saint as often as after
// a town: a name before them is no town's by that cue.
var siteNouns = set("mosque", "church", "cathedral", "chapel", "temple", "monastery", "shrine", "school", "museum",
	"palace", "castle", "hospital", "clinic", "hall", "factory", "plant", "house", "library", "memorial")

// regionElsewhere reports whether the text calls the name a region elsewhere: by a head
// around it ("the Province of X", "X District") or by its people's noun ("Xans"), which a
// text gives a province or an island more than a town.
func (p *proposer) regionElsewhere(name string) bool {
	q := regexp.QuoteMeta(name)
	re := regexp.MustCompile(`(?i:province|region|district|county|state|prefecture|governorate|island|oblast) of ` + q + `\b|\b` + q + ` (?:Province|Region|District|County|Island|Prefecture|Governorate|Oblast)\b|\b` + q + `(?:n|an|ian|ese)s?\b`)
	return re.MatchString(p.c.text)
}

// visitedTowns proposes the names visitedPlace and sceneOpening find as cities, where no
// mention covers them, the name may be a new place's (freePlaceName), it is no
// surname of a person named before and the graph holds no unit by it and a head
// ("X Province").
func (p *proposer) visitedTowns(ms []Mention) []Mention {
	text := p.c.text
	for _, re := range []*regexp.Regexp{visitedPlace, sceneOpening} {
		for _, m := range re.FindAllStringSubmatchIndex(text, -1) {
			s, e := m[2], m[3]
			if !p.freePlaceName(ms, s, e) || p.surnameOfNamed(ms, text[s:e]) || strings.HasSuffix(strings.ToLower(text[s:e]), "ing") ||
				p.find(kg.Region, text[s:e]) != nil || p.regionElsewhere(text[s:e]) || p.g.holdsUnit(text[s:e]) {
				continue
			}
			// a headline's verb in title case may go on with a common noun ("Visits
			// Villagers and ..."): there the name must end its clause
			if m[0] < len(text) && unicode.IsUpper(rune(text[m[0]])) && e < len(text) && text[e] != ',' && text[e] != '\n' {
				continue
			}
			// a building after the name is a site named for someone ("visited X mosque")
			if len(m) > 5 && m[4] >= 0 && siteNouns[text[m[4]:m[5]]] {
				continue
			}
			ms = p.add(ms, kg.City, s, e, 0.45)
		}
	}
	return p.datelineTowns(p.townsOf(ms))
}

// datelineTowns proposes the town datelinePlaces finds in the first five lines, and the
// region after it where that is one free name and the last of the line's places.
func (p *proposer) datelineTowns(ms []Mention) []Mention {
	text := p.c.text
	top := len(text)
	for i, n := 0, 0; i < len(text); i++ {
		if text[i] == '\n' {
			if n++; n == 5 {
				top = i
				break
			}
		}
	}
	for _, m := range datelinePlaces.FindAllStringSubmatchIndex(text[:top], -1) {
		s, e := m[2], m[3]
		if !p.freeBareName(ms, s, e) || p.c.lower[FoldName(text[s:e])] {
			continue
		}
		ms = p.add(ms, kg.City, s, e, 0.45)
		if rest := strings.Split(text[m[4]+2:m[5]], ", "); len(rest) == 1 {
			rs := m[4] + 2
			if re := rs + len(rest[0]); p.freeBareName(ms, rs, re) && !strings.Contains(rest[0], " ") {
				ms = p.add(ms, kg.Region, rs, re, 0.45)
			}
		}
	}
	return ms
}

// townsOf proposes the names townOf finds, and after its plural the rest of their list,
// as cities: where no mention covers them but a new one of exactly that span (the
// settlement's noun outweighs a reading of the name alone as a person's), and none
// of their words is a head, a title or a common word.
func (p *proposer) townsOf(ms []Mention) []Mention {
	text := p.c.text
	take := func(s, e int) bool {
		for _, m := range ms {
			if m.bStart < e && s < m.bEnd && (m.Proposed == nil || m.bStart != s || m.bEnd != e || m.Kind == kg.City) {
				return false
			}
		}
		return !slices.ContainsFunc(strings.Fields(text[s:e]), func(w string) bool {
			lw := strings.ToLower(w)
			return commonCapitalised[lw] || titleWords[lw] || orgHeads[lw] || companyHeads[lw] || eventHeads[lw] || regionHeads[lw] ||
				demonyms[lw] != "" || months[lw] > 0 || isUpperWord(w) || len(p.g.entriesNamed(w)) > 0 && !strings.Contains(text[s:e], " ")
		}) && len(p.g.entriesNamed(text[s:e])) == 0
	}
	for _, m := range townOf.FindAllStringSubmatchIndex(text, -1) {
		s, e := m[4], m[5]
		if !take(s, e) {
			continue
		}
		ms = p.add(ms, kg.City, s, e, 0.45)
		for plural := m[2] >= 0; plural; {
			n := nextTown.FindStringSubmatchIndex(text[e:])
			if n == nil {
				break
			}
			s, e = e+n[2], e+n[3]
			if take(s, e) {
				ms = p.add(ms, kg.City, s, e, 0.45)
			}
		}
	}
	return ms
}
