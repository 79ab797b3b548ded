package ingest

import (
	"regexp"
	"slices"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
)

// legislatureRe finds the names a legislature or one of its chambers goes by. The
// conventions keep a legislature as a body wherever the text names it, in its
// members' ("Members of Congress", "Diet members") and its officers' ("Senate
// President") titles too; the run finder misses them, one word having no head to go
// by and a chamber's name read as an office's field.
var legislatureRe = regexp.MustCompile(`(?i)\b(?:house of (?:representatives|commons|lords|councillors|delegates|assembly)|national (?:assembly|diet|congress)|legislative (?:assembly|council)|state duma|congress|senate|diet|senedd|knesset|bundestag|bundesrat|duma|sejm|storting|riksdag|folketing|oireachtas|majlis|eduskunta|althing)\b`)

// legislatureFollowers are the capitalised words that may follow a legislature's name
// without making it part of a longer one: its members and officers.
var legislatureFollowers = set("member", "members", "president", "speaker", "leader", "majority", "minority")

// legislatures proposes the legislatures the text names and no mention covers. A name
// is written as a name: title case, capitals when of several words (one word in
// capitals heads a document: "114th CONGRESS" names a term), or lower case after "the"
// when of several words (a record's "in the house of representatives"). It stands
// alone (legislatureAlone). One word ("Senate", "Diet") is the legislature only after
// "the", "of" or a country's short form or adjective, or before its members or
// officers, and never where the text names another body or event by it ("World
// Congress ... the Congress").
func (p *proposer) legislatures(ms []Mention) []Mention {
	text := p.c.text
	shadowed := map[string]bool{}
	type hit struct{ s, e int }
	var hits []hit
	for _, loc := range legislatureRe.FindAllStringIndex(text, -1) {
		s, e := loc[0], loc[1]
		name := text[s:e]
		words := strings.Fields(name)
		titleCase := !slices.ContainsFunc(words, func(w string) bool { return isNameWord(w) == connectors[w] })
		caps := len(words) > 1 && isUpperWord(strings.ReplaceAll(name, " ", ""))
		lower := len(words) > 1 && name == strings.ToLower(name) && strings.EqualFold(lastWord(text[:s]), "the")
		if !titleCase && !caps && !lower || len(words) == 1 && isUpperWord(name) {
			continue
		}
		if !p.legislatureAlone(s, e) {
			if len(words) == 1 {
				shadowed[FoldName(name)] = true
			}
			continue
		}
		hits = append(hits, hit{s, e})
	}
	for _, h := range hits {
		name := text[h.s:h.e]
		if !strings.Contains(name, " ") && (shadowed[FoldName(name)] || !p.legislatureWordPlaced(h.s, h.e)) {
			continue
		}
		if slices.ContainsFunc(ms, func(m Mention) bool { return m.bStart < h.e && h.s < m.bEnd }) {
			continue
		}
		ms = p.add(ms, kg.Organization, h.s, h.e, 0.5)
	}
	return ms
}

// legislatureAlone reports whether the legislature's name at text[s:e] is no part of
// a longer name or a term's number: no capitalised word before it other than "The"
// or a country's short form or adjective, no hyphen on either side, and no "of" and a
// capitalised word after it ("Congress of Local Authorities").
func (p *proposer) legislatureAlone(s, e int) bool {
	text := p.c.text
	if s > 0 && text[s-1] == '-' || e < len(text) && text[e] == '-' {
		return false
	}
	before := text[:s]
	if strings.HasSuffix(before, " ") {
		trimmed := strings.TrimRight(before, " ")
		if strings.HasSuffix(trimmed, "U.S.") {
			return p.legislatureEnds(e)
		}
		prev := lastWord(trimmed)
		if prev != "" && strings.HasSuffix(trimmed, prev) {
			lp := strings.ToLower(prev)
			if ordinalRe.MatchString(lp) || ordinalWords[lp] {
				return false // "114th Congress": a term of it
			}
			if isNameWord(prev) && lp != "the" && !abbrevRe.MatchString(prev) && !p.namesCountry(lp) {
				return false
			}
		}
	}
	return p.legislatureEnds(e)
}

// legislatureEnds reports whether a legislature's name ends at byte e: what follows
// is no capitalised word but its members or officers, and no "of" and a name.
func (p *proposer) legislatureEnds(e int) bool {
	after := p.c.text[e:]
	if !strings.HasPrefix(after, " ") {
		return true
	}
	rest := after[1:]
	next := firstWordOf(rest)
	if next == "" {
		return true
	}
	if isNameWord(next) && !legislatureFollowers[strings.ToLower(next)] {
		return false
	}
	if next == "of" {
		rest = strings.TrimLeft(rest[len(next):], " ")
		if w := firstWordOf(rest); w == "the" {
			rest = strings.TrimLeft(rest[len(w):], " ")
		}
		if w := firstWordOf(rest); w != "" && isNameWord(w) {
			return false
		}
	}
	return true
}

// legislatureWordPlaced reports whether a one-word legislature's name at text[s:e]
// stands where a legislature's does: after "the", "of" or a country's short form or
// adjective, or before its members or officers. Elsewhere the word may be a common
// noun opening a sentence ("Diet matters").
func (p *proposer) legislatureWordPlaced(s, e int) bool {
	before := strings.TrimRight(p.c.text[:s], " ")
	if strings.HasSuffix(before, "U.S.") {
		return true
	}
	if prev := lastWord(before); prev != "" && strings.HasSuffix(before, prev) {
		lp := strings.ToLower(prev)
		if lp == "the" || lp == "of" || abbrevRe.MatchString(prev) || p.namesCountry(lp) || bareNamePrepositions[lp] {
			return true
		}
	}
	next := firstWordOf(strings.TrimPrefix(p.c.text[e:], " "))
	return legislatureFollowers[strings.ToLower(next)]
}

// bareNamePrepositions are the prepositions a common noun never follows without a
// determiner: a capitalised legislature's word right after one ("meetings in Congress",
// "a bill sent to Congress") stands as a proper name, as after "the".
var bareNamePrepositions = set("in", "to", "before", "by", "from", "into", "with", "at", "for", "within", "inside", "through", "throughout")

// firstWordOf is the word s opens with ("" when it opens with no letter or digit).
func firstWordOf(s string) string {
	loc := wordRe.FindStringIndex(s)
	if loc == nil || loc[0] != 0 {
		return ""
	}
	return s[:loc[1]]
}

// committeeOnRe finds a committee named by its field after "on" ("Committee on
// Harbour Affairs", "the Senate Subcommittee on Trade and Shipping"): the run finder
// stops at "on", which joins no other name.
var committeeOnRe = regexp.MustCompile(`\b(?:(?:House|Senate|Joint|Select|Standing|Permanent) )?(?:Sub)?[Cc]ommittee on (?:the )?\p{Lu}[\p{L}’'-]*(?:,? (?:(?:and|of|the|for) )*\p{Lu}[\p{L}’'-]*)*`)

// committeesOn proposes the committees named by their field after "on" that no
// mention covers but what lies inside them (a place in the field's name).
func (p *proposer) committeesOn(ms []Mention) []Mention {
	// (the search goes on after the name's end, not the match's: a title's holder
	// and the next committee may follow its field)
	for at := 0; at < len(p.c.text); {
		loc := committeeOnRe.FindStringIndex(p.c.text[at:])
		if loc == nil {
			break
		}
		s, e := at+loc[0], at+loc[1]
		e = committeeNameEnd(p.c.text, s+strings.Index(p.c.text[s:e], " on ")+4, e)
		at = e
		ms = p.dropGluedToCommittee(ms, s, e)
		if slices.ContainsFunc(ms, func(m Mention) bool { return m.bStart < e && s < m.bEnd && (m.bStart < s || m.bEnd > e) }) {
			continue
		}
		if slices.ContainsFunc(ms, func(m Mention) bool { return m.bStart >= s && m.bEnd <= e && m.Entity == nil }) {
			continue
		}
		ms = p.add(ms, kg.Organization, s, e, 0.5)
	}
	return ms
}
