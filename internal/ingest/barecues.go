package ingest

import (
	"regexp"
	"slices"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
)

// bareName is a name of one to three capitalised words, hyphens inside ("Velco",
// "E-Velco", "Velco Trading").
const bareName = `\p{Lu}[\p{L}\-]*\p{L}(?: \p{Lu}[\p{L}\-]*\p{L}){0,2}`

// companyOf: a firm's officer or partner "of" a bare name ("CEO of Velco", "partner of
// Velco and Marden"): only a company has a chief executive, and a partner beside one
// is a firm too.
var companyOf = regexp.MustCompile(`\b(?:CEO|chief executive|Chief Executive|Chief Executive Officer|co-founder|Co-founder|shareholder|subsidiary|partner|partners) of (` + bareName + `)(?:,? and (` + bareName + `))?`)

// companyList: a bare list after a plural noun for firms ("two investors here
// tonight, Velco and Marden"): each member is one.
var companyList = regexp.MustCompile(`\b(?:investors|companies|firms|corporations|multinationals)\b[^.,;:()]{0,40}, (` + bareName + `)(?:, (` + bareName + `))?,? and (` + bareName + `)\b`)

// radioStation: a station named by the noun first ("Radio Velmar") is a business, as
// a paper is.
var radioStation = regexp.MustCompile(`\b(Radio \p{Lu}\p{Ll}+)\b`)

// bareCompanies proposes the companies companyOf and companyList find, where the
// graph and no mention have the name and it is not a common word; all-capital
// acronyms are left to the acronym rules (a "partner of VELCO" is often an agency).
func (p *proposer) bareCompanies(ms []Mention) []Mention {
	for _, re := range []*regexp.Regexp{companyOf, companyList, radioStation} {
		for _, m := range re.FindAllStringSubmatchIndex(p.c.text, -1) {
			for g := 2; g+1 < len(m); g += 2 {
				s, e := m[g], m[g+1]
				if s < 0 || !p.freeBareName(ms, s, e) {
					continue
				}
				ms = p.add(ms, kg.Company, s, e, 0.5)
			}
		}
	}
	return ms
}

// freeBareName reports whether text[s:e] may be a new name: no mention covers it, the
// graph does not hold it, and none of its words is a common, title, place or head word.
func (p *proposer) freeBareName(ms []Mention, s, e int) bool {
	name := p.c.text[s:e]
	if coveringMention(ms, s, e) >= 0 || len(p.g.entriesNamed(name)) > 0 || isUpperWord(name) {
		return false
	}
	return !slices.ContainsFunc(wordRe.FindAllString(name, -1), func(w string) bool {
		lw := strings.ToLower(w)
		return commonCapitalised[lw] || notInNames[lw] || titleWords[lw] || demonyms[lw] != "" || months[lw] > 0 || dayNames[lw] ||
			orgHeads[lw] || eventHeads[lw] || len(p.g.entriesNamed(w)) > 0
	})
}

// kinCue: a relative named by a given name after "my/his/her wife" and the like ("my
// wife Tora and I"): a person, though one word.
var kinCue = regexp.MustCompile(`\b(?:[Mm]y|[Hh]is|[Hh]er|[Oo]ur|[Tt]heir) (?:wife|husband|spouse|partner|daughter|son|mother|father|sister|brother) (\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)\b`)

// villageCue: a place the text tours by a bare name: "In Velmar, she (the
// Ambassador, Ambassador Ruiz) ..." opening a sentence of a visit, "the Velmar community/village", "at/in
// Velmar village" or "meets Velmar village residents", or a
// dateline's bare town before a region's headed name ("Velmar, Tosh County – ...").
//
// So is a bare name the text calls a village ("the village of Velmar", "Velmar, a small
// village"), whose residents one meets ("residents of Velmar"), or to which one
// travelled, went or drove and where something happened ("went to Velmar, where ...").
var villageCue = regexp.MustCompile(`(?:\bthe (?:village|hamlet|commune) of (\p{Lu}\p{Ll}+)\b|\b(\p{Lu}\p{Ll}+), an? (?:small |tiny |rural |mountain |border )?(?:village|hamlet)\b|\bresidents of (\p{Lu}\p{Ll}+)\b|\b(?:traveled|travelled|went|drove|flew|came|returned|headed) to (\p{Lu}\p{Ll}+), where\b|(?:^|[.!?]\s+)In (\p{Lu}\p{Ll}+), (?:she|he|they|we|the (?:Ambassador|Consul|delegation|envoy|team)|(?:Ambassador|Consul General|Consul) \p{Lu}\p{Ll}+)\b|\b(?:the|at|in|to|from|of|meets?|met|visited|visits|visiting) (\p{Lu}\p{Ll}+) (?:community|village|settlement)\b|(?m:^(\p{Lu}\p{Ll}+), (?:\p{Lu}\p{Ll}+ ){1,2}(?:County|Province|Region|District|State|Prefecture|Governorate) [–—-] ))`)

// kinAndVillages proposes the relatives kinCue finds as people and the places
// villageCue finds as cities, and every later bare occurrence of either name.
func (p *proposer) kinAndVillages(ms []Mention) []Mention {
	for _, c := range []struct {
		re   *regexp.Regexp
		kind kg.Kind
	}{{kinCue, kg.Person}, {villageCue, kg.City}} {
		for _, m := range c.re.FindAllStringSubmatchIndex(p.c.text, -1) {
			for g := 2; g+1 < len(m); g += 2 {
				s, e := m[g], m[g+1]
				if s < 0 || !p.freeBareName(ms, s, e) || p.c.lower[FoldName(p.c.text[s:e])] || c.kind == kg.City && (adjectival(p.c.text[s:e]) || p.g.holdsUnit(p.c.text[s:e])) {
					continue
				}
				name := p.c.text[s:e]
				ms = p.add(ms, c.kind, s, e, 0.5)
				re := regexp.MustCompile(`\b` + regexp.QuoteMeta(name) + `\b`)
				for _, r := range re.FindAllStringIndex(p.c.text[e:], -1) {
					rs, re := e+r[0], e+r[1]
					if !slices.ContainsFunc(ms, func(x Mention) bool { return x.bStart < re && rs < x.bEnd }) {
						ms = p.addNamed(ms, c.kind, rs, re, name, 0.5)
					}
				}
			}
		}
	}
	return ms
}

// adjectival reports whether a word ends as a people's or a language's adjective
// does ("the Velmarian community", "the Punjabi community"): no village.
func adjectival(w string) bool {
	w = strings.ToLower(w)
	return slices.ContainsFunc([]string{"ian", "ese", "ish", "ic", "i"}, func(suf string) bool { return strings.HasSuffix(w, suf) })
}

// listJoint is the joint between two members of a list: a comma, "and", or both.
var listJoint = regexp.MustCompile(`^(?:, and |, or |, | and | or )`)

// listName is a candidate member of a list, one or two capitalised words.
var listName = regexp.MustCompile(`\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?`)

// listedPlaces proposes a bare name standing in a list between two places ("the
// economy of Dorran, Velmar, and Libya") as a place: a region when a neighbour is a
// country or region, a city when both are cities; and its other bare occurrences. A
// list of places holds places, where one neighbour alone may be a firm's partner
// ("Libya and Velcorp").
func (p *proposer) listedPlaces(ms []Mention) []Mention {
	text := p.c.text
	for _, m := range listName.FindAllStringIndex(text, -1) {
		s, e := m[0], m[1]
		before := slices.IndexFunc(ms, func(x Mention) bool {
			if x.bEnd > s || s-x.bEnd > 6 {
				return false
			}
			j := listJoint.FindString(text[x.bEnd:s])
			return j != "" && x.bEnd+len(j) == s
		})
		after := slices.IndexFunc(ms, func(x Mention) bool {
			if x.bStart <= e || x.bStart-e > 6 {
				return false
			}
			j := listJoint.FindString(text[e:x.bStart])
			return j != "" && e+len(j) == x.bStart
		})
		// The last item of a list ("Velmar, Dorran and Kell Tosh, on ...") has no
		// neighbour after it: then the two items before it, both places joined as a
		// list's, stand for it, and "and" must join it, a name ending at it.
		if after < 0 && before >= 0 {
			after = p.listEndPlace(ms, before, s, e)
		}
		if before < 0 || after < 0 || !placeLike(ms[before].Kind) || !placeLike(ms[after].Kind) || !p.freeBareName(ms, s, e) || p.c.lower[FoldName(text[s:e])] {
			continue
		}
		kind := kg.City
		if ms[before].Kind != kg.City || ms[after].Kind != kg.City {
			kind = kg.Region
		}
		name := text[s:e]
		ms = p.add(ms, kind, s, e, 0.5)
		re := regexp.MustCompile(`\b` + regexp.QuoteMeta(name) + `\b`)
		for _, r := range re.FindAllStringIndex(text, -1) {
			if !slices.ContainsFunc(ms, func(x Mention) bool { return x.bStart < r[1] && r[0] < x.bEnd }) {
				ms = p.addNamed(ms, kind, r[0], r[1], name, 0.5)
			}
		}
	}
	return ms
}

// bareUnitHeads name a country's units after their bare name ("Velo Province").
var bareUnitHeads = []string{"Province", "Region", "District", "County", "State", "Prefecture", "Governorate", "Oblast"}

// holdsUnit reports whether the graph holds a unit by the bare name and a unit's head
// ("Velo" of "Velo Province"): the bare name is that unit, the linker's to find, and no
// new town ("In Velo, Ambassador Ruiz visited ...").
func (g *Gazetteer) holdsUnit(name string) bool {
	return slices.ContainsFunc(bareUnitHeads, func(h string) bool { return g.holdsPlace(name + " " + h) })
}

// listEndPlace returns the index of the place before ms[before] when text[s:e] closes a
// list of places: "and" joins it to ms[before], a comma joins ms[before] to that place,
// and no capitalised word goes on after it; -1 otherwise.
func (p *proposer) listEndPlace(ms []Mention, before, s, e int) int {
	text := p.c.text
	if j := text[ms[before].bEnd:s]; j != " and " && j != ", and " || listNameGoesOn.MatchString(text[e:]) || !placeLike(ms[before].Kind) {
		return -1
	}
	return slices.IndexFunc(ms, func(x Mention) bool {
		return x.bEnd <= ms[before].bStart && text[x.bEnd:ms[before].bStart] == ", " && placeLike(x.Kind)
	})
}

// listNameGoesOn: a capitalised word, a hyphen or an apostrophe right after a name goes
// on with it.
var listNameGoesOn = regexp.MustCompile(`^(?: \p{Lu}|[-'’]\p{L})`)

// placeLike reports whether a kind is a place or a country.
func placeLike(k kg.Kind) bool { return isPlace(k) || k == kg.Country }
