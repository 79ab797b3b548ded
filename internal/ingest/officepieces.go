package ingest

import (
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/amity-graph/amity/internal/kg"
)

// rankAbbrevs are officers' ranks written short before a name ("Adm. Ana Ruiz"): what
// runs into one from before is the officer's post, not a name.
var rankAbbrevs = set("adm", "gen", "capt", "col", "cmdr", "cdr", "lt", "maj", "brig")

// levelParty is the short form of a Chinese party committee ("X Provincial Party
// Secretary": the secretary of the province's committee), no party's name.
var levelParty = regexp.MustCompile(`(?:Provincial|Municipal|Prefectural|County|District|City) Party$`)

// officePieces drops proposals that are pieces of an office or of a page's furniture
// rather than names:
//   - a field label at a line's start run into its figures ("Posted:2019-04-02");
//   - the words of a post that runs into an officer's abbreviated rank ("Deputy Chief
//     of Naval Operations Adm. X": neither "Naval" nor "Operations Adm" is anything);
//   - a level's "Party" before a title ("X Provincial Party Secretary"), the title's
//     words, not a body cut short.
func (p *proposer) officePieces(ms []Mention) []Mention {
	text, toks := p.c.text, p.c.toks
	var spans [][2]int // the posts before a rank
	for i, t := range toks {
		if !rankAbbrevs[strings.ToLower(t.text)] || !strings.HasPrefix(text[t.end:], ". ") || i+1 >= len(toks) ||
			!unicode.IsUpper([]rune(toks[i+1].text)[0]) || toks[i+1].start != t.end+2 {
			continue
		}
		from, titled := i, false
		for j := i - 1; j >= 0 && toks[j].sentence == t.sentence && text[toks[j].end:toks[j+1].start] == " "; j-- {
			w := toks[j].text
			if !connectors[w] && !unicode.IsUpper([]rune(w)[0]) {
				break
			}
			titled = titled || titleWords[strings.ToLower(w)]
			from = j
		}
		if titled && from < i {
			spans = append(spans, [2]int{toks[from].start, t.end})
		}
	}
	return slices.DeleteFunc(ms, func(m Mention) bool {
		if m.How != "new" {
			return false
		}
		if m.Kind == kg.Person || m.Kind == kg.City || m.Kind == kg.Region {
			for _, s := range spans {
				if m.bStart >= s[0] && m.bEnd <= s[1] {
					return true
				}
			}
		}
		after := text[m.bEnd:]
		if m.Kind == kg.Organization && levelParty.MatchString(m.Text) && strings.HasPrefix(after, " ") {
			if w := firstWords(after[1:], 1); titleWords[strings.ToLower(w)] {
				return true
			}
		}
		lineStart := m.bStart == 0 || text[m.bStart-1] == '\n'
		return lineStart && !strings.Contains(m.Text, " ") && len(after) > 1 && after[0] == ':' && after[1] >= '0' && after[1] <= '9'
	})
}

// yuanBranches are the branches of Taiwan's government, each a "Yuan" ("the Legislative
// Yuan"); "Yuan" alone is a common surname and given name, no body's head.
var yuanBranches = set("legislative", "executive", "judicial", "control", "examination")

// branchYuan reports whether a run ends in a branch's "Yuan".
func branchYuan(head string, ts []token) bool {
	return head == "yuan" && len(ts) >= 2 && yuanBranches[strings.ToLower(ts[len(ts)-2].text)]
}

// abstractShips are nouns of a status or a tie, which end no person's name ("conferred
// Honorary Citizenship on ...").
var abstractShips = set("citizenship", "friendship", "partnership", "membership", "fellowship", "sponsorship",
	"leadership", "relationship", "championship", "internship", "sistership", "ownership", "chairmanship")

// placeNouns, in lower case straight after a name, make the name a place's ("the Ana
// Ruiz beach"), not a person's.
var placeNouns = set("beach", "park", "bridge", "street", "road", "avenue", "square", "airport", "pier", "lake", "river", "trail")

// notPeople drops proposed people whose last word is a status or a tie, and names of
// places a lowercase place noun follows.
func (p *proposer) notPeople(ms []Mention) []Mention {
	return slices.DeleteFunc(ms, func(m Mention) bool {
		if m.How != "new" || m.Kind != kg.Person {
			return false
		}
		ws := strings.Fields(m.Text)
		if len(ws) > 1 && abstractShips[strings.ToLower(ws[len(ws)-1])] {
			return true
		}
		after := p.c.text[m.bEnd:]
		return strings.HasPrefix(after, " ") && placeNouns[firstWords(after, 1)]
	})
}

// speakerLabel is a transcript's speaker in capitals at a line's start ("ANA RUIZ:
// Thank you ..."): two or three words, the first a given name.
var speakerLabel = regexp.MustCompile(`(?m)^(\p{Lu}{2,}(?: \p{Lu}{2,}){1,2}):`)

// speakerLabels proposes the people a transcript names in capitals before their words.
func (p *proposer) speakerLabels(ms []Mention) []Mention {
	given := p.g.givenNames()
	for _, loc := range speakerLabel.FindAllStringSubmatchIndex(p.c.text, -1) {
		s, e := loc[2], loc[3]
		if !given[strings.ToLower(firstWords(p.c.text[s:e], 1))] || slices.ContainsFunc(ms, func(m Mention) bool { return m.bStart < e && s < m.bEnd }) {
			continue
		}
		ms = p.add(ms, kg.Person, s, e, 0.6)
	}
	return ms
}
