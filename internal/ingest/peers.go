package ingest

import (
	"regexp"
	"slices"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
)

// peerOf matches a peer's style and name right before "of" ("Lord Smith of ", "Baroness
// (Jane) Doe of the "): the place after it is the territorial part of the peerage's
// title, which names no place the text speaks of.
var peerOf = regexp.MustCompile(`\b(?:Lord|Lady|Baroness|Baron|Earl|Countess|Viscount|Viscountess|Marquess|Marchioness)((?: \(?[A-Z][\p{L}'’-]*\)?){1,3}) of (?:the )?$`)

// peerOffices are words after a style that make it an office, not a peer's name ("Lord
// Mayor of London", "Lord Lieutenant of Kent"): the place after them is the office's.
var peerOffices = set("mayor", "mayoress", "provost", "lieutenant", "chancellor", "chief", "justice", "president",
	"privy", "high", "advocate", "speaker", "bishop", "warden", "steward", "chamberlain")

// inPeerTitle reports whether the place's name at start closes a peer's title.
func inPeerTitle(text string, start int) bool {
	m := peerOf.FindStringSubmatch(text[:start])
	if m == nil {
		return false
	}
	for _, w := range strings.Fields(m[1]) {
		if w = strings.ToLower(strings.Trim(w, "()")); peerOffices[w] || titleWords[w] {
			return false
		}
	}
	return true
}

// A list governed by a plural region head names regions ("the three provinces of the
// Northern Region; Alpha, Beta and Gamma", "the governorates of Alpha and Beta", "Alpha
// and Beta States"): where
// one of its names is a city's too, the list means the region.
var (
	governingHead = `\b(?:provinces|governorates|prefectures|regions|states|counties|oblasts)`
	governedItem  = `[A-Z][\p{L}'’-]+`
	governedList  = governedItem + `(?:(?:,\s*(?:and\s+)?|\s+and\s+)` + governedItem + `)+`
	// the head, a name of what holds them, then a colon or semicolon before the list
	governedAfterOwner = regexp.MustCompile(governingHead + ` of (?:the )?[A-Z][\p{L}'’-]*(?: [A-Z][\p{L}'’-]*)*\s*[;:]\s*(` + governedList + `)`)
	// the head, "of" or a colon, then the list
	governedAfterHead = regexp.MustCompile(governingHead + `(?: of|:)\s+(` + governedList + `)`)
	governedWord      = regexp.MustCompile(governedItem)
	// the list, then the plural head ("Alpha and Beta States")
	governedBeforeHead = regexp.MustCompile(`(` + governedList + `)\s+(?:[Pp]rovinces|[Gg]overnorates|[Pp]refectures|[Rr]egions|[Ss]tates|[Cc]ounties|[Oo]blasts)\b`)
)

// governedRegions relinks the members of such a list to the regions of one country: a
// member linked as a city becomes the region of that country named as the city is (or
// by another of the city's names: "Dohuk", the city, and its province "Duhok"); an
// unlinked member of eight letters or more that misses one region's name by a single
// letter, and no other's, is that region misspelt. It acts only where two members or
// more are that country's regions, so the list itself says whose regions they are.
func (g *Gazetteer) governedRegions(c *linkCtx, ms []Mention) []Mention {
	var lists [][2]int
	for _, re := range []*regexp.Regexp{governedAfterOwner, governedAfterHead, governedBeforeHead} {
		for _, m := range re.FindAllStringSubmatchIndex(c.text, -1) {
			if !slices.ContainsFunc(lists, func(l [2]int) bool { return l[0] < m[3] && m[2] < l[1] }) {
				lists = append(lists, [2]int{m[2], m[3]})
			}
		}
	}
	for _, l := range lists {
		words := governedWord.FindAllStringIndex(c.text[l[0]:l[1]], -1)
		regions := make([][]int, len(words))
		count := map[string]int{}
		for i, w := range words {
			regions[i] = g.regionsNamedAs(c.text[l[0]+w[0] : l[0]+w[1]])
			seen := map[string]bool{}
			for _, r := range regions[i] {
				for _, cc := range g.entries[r].Countries {
					if !seen[cc] {
						seen[cc] = true
						count[cc]++
					}
				}
			}
		}
		cc := ""
		for k, n := range count {
			if n >= 2 && (cc == "" || n > count[cc] || n == count[cc] && k < cc) {
				cc = k
			}
		}
		if cc == "" {
			continue
		}
		for i, w := range words {
			s, e := l[0]+w[0], l[0]+w[1]
			found := slices.DeleteFunc(slices.Clone(regions[i]), func(r int) bool { return !slices.Contains(g.entries[r].Countries, cc) })
			how := "governed list"
			if len(found) == 0 && len(g.entriesNamed(c.text[s:e])) == 0 {
				found, how = g.regionsOneEditFrom(c.text[s:e], cc), "misspelling"
			}
			if len(found) != 1 {
				continue
			}
			k := slices.IndexFunc(ms, func(o Mention) bool { return o.bStart < e && s < o.bEnd })
			r := g.entries[found[0]]
			m := Mention{Text: c.text[s:e], bStart: s, bEnd: e, Entity: strPtr(r.ID), Kind: kg.Region, How: how, Confidence: 0.7, entry: found[0]}
			switch {
			case k < 0:
				ms = append(ms, m)
			case ms[k].bStart == s && ms[k].bEnd == e && (ms[k].Kind == kg.City || ms[k].Kind == kg.Region):
				ms[k] = m
			}
		}
	}
	sortMentions(ms)
	return ms
}

// regionsNamedAs returns the regions bearing the name, or the name of a city bearing it
// or another of that city's names in its country: a province named after its capital.
func (g *Gazetteer) regionsNamedAs(name string) []int {
	var out []int
	add := func(i int) {
		if g.entries[i].Kind == kg.Region && !slices.Contains(out, i) {
			out = append(out, i)
		}
	}
	for _, i := range g.entriesNamed(name) {
		add(i)
		city := g.entries[i]
		if city.Kind != kg.City {
			continue
		}
		for _, n := range append([]string{city.Name}, city.Aliases...) {
			for _, j := range g.entriesNamed(n) {
				if g.entries[j].Kind == kg.Region && slices.ContainsFunc(g.entries[j].Countries, func(cc string) bool { return slices.Contains(city.Countries, cc) }) {
					add(j)
				}
			}
		}
	}
	return out
}

// regionsOneEditFrom returns the regions of the country whose names miss the word by
// one letter, when the word has eight letters or more and the same first letter.
func (g *Gazetteer) regionsOneEditFrom(word, cc string) []int {
	w := FoldName(word)
	if len([]rune(w)) < 8 {
		return nil
	}
	return slices.DeleteFunc(g.regionsOneEdit(w, cc), func(i int) bool { return FoldName(g.entries[i].Name)[0] != w[0] })
}

// definedAcronym reports whether the capitalised words after a country's short form
// are defined by an acronym in brackets that spells them, with or without the short
// form ("U.S. Regional Reconstruction Team (RRT)"): the words and the short form are
// one name, which the text itself abbreviates.
func definedAcronym(short, rest string) bool {
	words := capitalisedWords.FindString(rest)
	if strings.TrimSpace(words) == "" {
		return false
	}
	m := bracketAcronym.FindStringSubmatch(rest[len(words):])
	if m == nil {
		return false
	}
	return initialsSpell(m[1], words) || initialsSpell(m[1], strings.ReplaceAll(short, ".", "")+" "+words)
}

var bracketAcronym = regexp.MustCompile(`^\s*\(([A-Z][A-Z&]{1,9})\)`)

// peerStyles are British styles that name a person by surname alone ("Lord Ahmad",
// "Baroness Ashton"): unlike an office's title before a surname, the style and the
// surname are how the person is named.
var peerStyles = set("lord", "baroness", "lady", "sir", "dame")

// peerStyled reports whether the one-word name seg follows a peer's style, right before
// it or before a given name in brackets ("Lord (Tariq) Ahmad"). A word in brackets is
// no name of its own, nor one after "First" ("First Lady Smith" is an office and a
// surname, left out as a title and a surname are).
func (p *proposer) peerStyled(seg run) bool {
	toks, text := p.c.toks, p.c.text
	if seg.to-seg.from != 1 || seg.from == 0 || strings.HasPrefix(text[toks[seg.from].end:], ")") {
		return false
	}
	k := seg.from - 1 // the style
	if gap := text[toks[k].end:toks[seg.from].start]; gap == ") " && k > 0 && text[toks[k-1].end:toks[k].start] == " (" {
		k--
	} else if gap != " " {
		return false
	}
	if toks[k].sentence != toks[seg.from].sentence || !peerStyles[strings.ToLower(toks[k].text)] {
		return false
	}
	return k == 0 || toks[k-1].sentence != toks[k].sentence || !strings.EqualFold(toks[k-1].text, "first")
}

// gerund reports whether w looks like a verb's -ing form ("Preventing", "Building"): six
// letters or more ending in "ing", not a given name of the lexicon ("Sterling") nor a
// name the graph knows ("Kunming").
func (p *proposer) gerund(w string) bool {
	lw := strings.ToLower(w)
	return len(lw) >= 6 && strings.HasSuffix(lw, "ing") && !p.g.givenNames()[FoldName(w)] && len(p.g.entriesNamed(w)) == 0
}

// styledOf ends in a royal style, a duchy or a battle right before "of" ("the Prince of
// ", "the Grand Duchy of ", "the Battle of "): the place after it is part of a title, a
// former state's or a battle's name, and the text speaks of the person, the state or the
// battle, not of the place today. A royal style counts only right after "the" ("The Duke
// of Alba"): "the former Prince of Alba" describes a ruler of the place itself.
var styledOf = regexp.MustCompile(`(?:\b[Tt]he\s+(?:Prince|Princess|Duke|Duchess)|\b(?:Grand\s+)?Duchy|\bBattle)\s+of\s+(?:the\s+)?$`)

// inStyledTitle reports whether the place's name at start closes such a style.
func inStyledTitle(text string, start int) bool {
	return styledOf.MatchString(text[max(0, start-40):start])
}
