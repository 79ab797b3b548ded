package ingest

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/amity-graph/amity/internal/kg"
)

// Round 10b's cues for names with no head word: a place named where only a place can
// stand, a body known by an acronym, the body a cleric heads.
var (
	// placeNoun: a name of one or two capitalised words, hyphenated or not, before a
	// noun only a place takes ("the Nagorno Karabakh conflict", "the X border").
	placeNoun = regexp.MustCompile(`\b(\p{Lu}\p{L}+(?:[- ]\p{Lu}\p{L}+)?) (?:conflict|border|crisis|enclave)\b`)
	// inPlace: a name after a preposition of place, up to the end of its clause ("the
	// conflict in X is", "the flow of goods into X.").
	inPlace = regexp.MustCompile(`\b(?:in|into|across|throughout) (\p{Lu}\p{L}+(?:[- ]\p{Lu}\p{L}+)?)(?:[.,;:)]| (?:is|are|was|were|as|and|to|since|for|with)\b)`)
	// placesIn: a name after a plural noun of places and a preposition ("six localities
	// in X", "conflict-affected areas of X"), the name ending there: only a place holds
	// places.
	placesIn = regexp.MustCompile(`\b(?:areas|parts|provinces|regions|localities|towns|cities|villages|communities|municipalities|districts|islands|government units) (?:of|in|across|throughout) (\p{Lu}\p{L}+(?:[- ]\p{Lu}\p{L}+)?)(?:[^\p{L}\s-]| \p{Ll})`)
	// cityNoun: a name of one capitalised word before "city" in lowercase ("X city",
	// "X’s city council"): the town's own name, where "City" would be part of it; after
	// an article the word describes the city ("the Caribbean city").
	cityNoun = regexp.MustCompile(`(?:^|[^\p{L}\s]|\b(?:about|of|in|to|from|for|and|visited|visit|at|with|by|on)) (\p{Lu}\p{Ll}+)(?:’s|'s)? city\b`)
	// placeApposition: a name the next words call a kind of place ("X, an island
	// bigger than ...", "X, a village of ..."): an island, province or district is a
	// region, a town or village a city.
	placeApposition = regexp.MustCompile(`\b(\p{Lu}\p{L}+(?:[- ]\p{Lu}\p{L}+)?), (?:an?|the) (?:(island|province|region|district)|(town|village))\b`)
	// topicTitle: a work's title in quotation marks after the word that introduces it
	// ("spoke on the topic of “...”"): its words are the title's, no names.
	topicTitle = regexp.MustCompile(`\b(?i:topic|theme|titled|entitled|title)(?: of)?:? ["“][^"”\n]+["”]`)
)

// countryShortForms are well-known countries' everyday names that the graph may not
// hold as aliases: a country, never a new place (the linker's to link).
var countryShortForms = set("Britain", "Great Britain", "Holland")

// languageNames are languages whose name is no demonym the list holds ("in English,
// Maori and Niuean"): no place, where "in" would otherwise cue one.
var languageNames = set("english", "maori", "māori", "gaelic", "mandarin", "cantonese", "hindi", "urdu", "tagalog",
	"filipino", "swahili", "esperanto", "latin", "sanskrit")

// dayNames are the days of the week, no places.
var dayNames = set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

// knownAcronyms are bodies every reader knows by their acronym (or one short word:
// "the Commonwealth"), which texts use without defining them ("the UN Special
// Representative").
var knownAcronyms = map[string]string{"UN": "United Nations", "EU": "European Union", "Commonwealth": "Commonwealth of Nations", "ICC": "International Criminal Court",
	"NATO": "North Atlantic Treaty Organization", "ASEAN": "Association of Southeast Asian Nations", "OECD": "Organisation for Economic Co-operation and Development",
	"WTO": "World Trade Organization", "IMF": "International Monetary Fund", "APEC": "Asia-Pacific Economic Cooperation", "UNESCO": "UNESCO",
	"UNICEF": "UNICEF", "UNDP": "United Nations Development Programme", "OSCE": "Organization for Security and Co-operation in Europe",
	"UNHCR": "UNHCR", "IAEA": "International Atomic Energy Agency", "OPEC": "OPEC"}

// memberWords follow a body's acronym to name its members ("EU Member States", "NATO
// member countries"): the acronym is the body.
var memberWords = set("member", "members")

// groupAcronym is a group of states or cities named by a letter and its number of
// members ("the G7", "the C40", "the G-20"): a body with no head word.
var groupAcronym = regexp.MustCompile(`^[A-Z]-?[0-9]{1,2}$`)

// economicGroups are the groups of states every reader knows by their letter and
// number, named without "the" ("attends G-20 in Chengdu"); other letters and numbers
// need "the" before them ("B-52" is an aircraft).
var economicGroups = set("G7", "G8", "G20")

// bodyHeadTitles head a body, not a place: "the Grand Imam of al-Azhar" heads al-Azhar.
var bodyHeadTitles = set("imam", "rector", "dean", "chancellor", "abbot", "patriarch", "provost")

// placeNames proposes the names placeNoun, inPlace and placesIn find that no mention covers and
// no rule took, as regions: a name the graph lacks where only a place can stand is a
// place, and one the graph would hold as a city if it were one.
func (p *proposer) placeNames(ms []Mention) []Mention {
	text := p.c.text
	for _, re := range []*regexp.Regexp{placeNoun, inPlace, placesIn} {
		for _, m := range re.FindAllStringSubmatchIndex(text, -1) {
			s, e := m[2], m[3]
			if !p.freePlaceName(ms, s, e) {
				continue
			}
			// (a surname of one named before is that person: "in Ruiz's view" aside,
			// "confidence in Ruiz.")
			if !strings.ContainsAny(text[s:e], "- ") && p.surnameOfNamed(ms, text[s:e]) {
				continue
			}
			ms = p.add(ms, kg.Region, s, e, 0.45)
		}
	}
	for _, m := range placeApposition.FindAllStringSubmatchIndex(text, -1) {
		if s, e := m[2], m[3]; p.freePlaceName(ms, s, e) && !p.surnameOfNamed(ms, text[s:e]) {
			kind := kg.Region
			if m[6] >= 0 {
				kind = kg.City
			}
			ms = p.add(ms, kind, s, e, 0.45)
		}
	}
	for _, m := range cityNoun.FindAllStringSubmatchIndex(text, -1) {
		if s, e := m[2], m[3]; p.freePlaceName(ms, s, e) && !p.surnameOfNamed(ms, text[s:e]) {
			ms = p.add(ms, kg.City, s, e, 0.45)
		}
	}
	return ms
}

// freePlaceName reports whether text[s:e] may be a new place's name: no mention covers
// it, it opens no sentence, the graph holds no entry of that name, and none of its
// words is common, a title, a head, a demonym, in capitals or written in lowercase
// elsewhere.
func (p *proposer) freePlaceName(ms []Mention, s, e int) bool {
	text := p.c.text
	if coveringMention(ms, s, e) >= 0 || p.sentenceStart(s) || countryShortForms[text[s:e]] ||
		len(p.g.entriesNamed(text[s:e])) > 0 {
		return false
	}
	return !slices.ContainsFunc(wordRe.FindAllString(text[s:e], -1), func(w string) bool {
		lw := strings.ToLower(w)
		return commonCapitalised[lw] || notInNames[lw] || titleWords[lw] || demonyms[lw] != "" || languageNames[lw] || p.c.lower[FoldName(w)] ||
			months[lw] > 0 || isUpperWord(w) || orgHeads[lw] || eventHeads[lw] || companyHeads[lw] || dayNames[lw] ||
			abstractNoun(lw) || p.gerund(w) || len(p.g.entriesNamed(w)) > 0 // ("in Gyeongbuk Changwon": a known place inside)
	})
}

// knownBodies proposes a well-known body's acronym before an office ("the UN Special
// Representative") or alone after "the", under the body's name, where the graph does
// not hold it.
func (p *proposer) knownBodies(ms []Mention) []Mention {
	for i, t := range p.c.toks {
		// a known acronym hyphened to a lowercase word ("EU-funded", "UN-backed") or to
		// a name a mention took ("EU-Japan") is the body, the rest of the word aside
		if a, rest, ok := strings.Cut(t.text, "-"); ok && knownAcronyms[a] != "" && !groupAcronym.MatchString(t.text) {
			e := t.start + len(a) + 1
			if r, _ := utf8.DecodeRuneInString(rest); unicode.IsLower(r) || slices.ContainsFunc(ms, func(m Mention) bool { return m.bStart == e }) {
				if !slices.ContainsFunc(ms, func(m Mention) bool { return m.bStart < t.start+len(a) && t.start < m.bEnd }) {
					ms = p.addNamed(ms, kg.Organization, t.start, t.start+len(a), knownAcronyms[a], 0.5)
				}
			}
			continue
		}
		name := knownAcronyms[t.text]
		group := groupAcronym.MatchString(t.text) &&
			(strings.HasSuffix(p.c.text[:t.start], "the ") || economicGroups[strings.ReplaceAll(t.text, "-", "")])
		if name == "" && group {
			name = strings.ReplaceAll(t.text, "-", "") // "the G20", "the G20 Foreign Ministers' meeting"; "G-20" is the G20
		}
		if name == "" || slices.ContainsFunc(ms, func(m Mention) bool { return m.bStart < t.end && t.start < m.bEnd }) {
			continue
		}
		// before an office ("UN Special Envoy"), or alone after "the" ("at the UN.");
		// not in a minister's portfolio ("for Asia, UN and ...")
		office := i+1 < len(p.c.toks) && titleWords[strings.ToLower(p.c.toks[i+1].text)] && p.c.text[t.end:p.c.toks[i+1].start] == " "
		alone := strings.HasSuffix(strings.ToLower(p.c.text[:t.start]), "the ") && (i+1 >= len(p.c.toks) || !isNameWord(p.c.toks[i+1].text) || !onlySpace(p.c.text[t.end:p.c.toks[i+1].start]))
		// or as a modifier before a common noun ("funded UN projects"), not in a list
		// ("Asia, UN and Trade")
		modifier := isUpperWord(t.text) && i+1 < len(p.c.toks) && p.c.text[t.end:p.c.toks[i+1].start] == " " && !isNameWord(p.c.toks[i+1].text) &&
			!connectors[p.c.toks[i+1].text] && !strings.HasSuffix(p.c.text[:t.start], ", ")
		members := i+1 < len(p.c.toks) && memberWords[strings.ToLower(p.c.toks[i+1].text)] && onlySpace(p.c.text[t.end:p.c.toks[i+1].start])
		if !office && !alone && !modifier && !group && !members {
			continue
		}
		ms = p.addNamed(ms, kg.Organization, t.start, t.end, name, 0.5)
	}
	return ms
}

// outsideTopicTitles drops the proposals inside a work's quoted title.
func (p *proposer) outsideTopicTitles(ms []Mention) []Mention {
	locs := topicTitle.FindAllStringIndex(p.c.text, -1)
	return slices.DeleteFunc(ms, func(m Mention) bool {
		return m.Proposed != nil && slices.ContainsFunc(locs, func(l []int) bool { return m.bStart > l[0] && m.bEnd < l[1] })
	})
}

// pluralOffice reports whether w is an office in the plural ("Ministers", "Members"):
// a list of them opening a name ("Ministers and Members of Parliament") names their
// holders, not a body.
func pluralOffice(w string) bool {
	lw := strings.ToLower(w)
	if !strings.HasSuffix(lw, "s") || len(lw) < 4 {
		return false
	}
	one := strings.TrimSuffix(lw, "s")
	return titleWords[one] || one == "member" || one == "officer" || one == "leader"
}

// regionBeforeTitle returns k > 0 where seg opens with a region's name and head ("X
// Region"), then an office at k (title words) and a name of two words or more after it;
// 0 otherwise.
func (p *proposer) regionBeforeTitle(seg run) int {
	toks := p.c.toks
	for k := seg.from + 2; k < seg.to-2; k++ {
		if !titleWords[strings.ToLower(toks[k].text)] {
			continue
		}
		if !regionHeads[strings.ToLower(toks[k-1].text)] || !p.properName(toks[seg.from:k-1]) ||
			slices.ContainsFunc(toks[seg.from:k-1], func(t token) bool { return connectors[t.text] || titleWords[strings.ToLower(t.text)] }) {
			return 0
		}
		return k - seg.from
	}
	return 0
}

// headedBody returns where the name of the body a cleric or an academic heads starts in
// seg ("Grand Imam of al-Azhar", or "al-Azhar" alone after such a title and "of"), or
// -1: one to three name words the graph does not know.
func (p *proposer) headedBody(seg run) int {
	toks := p.c.toks
	at := -1
	for k := max(seg.from-1, 1); k < seg.to-1; k++ {
		if toks[k].text == "of" && bodyHeadTitles[strings.ToLower(toks[k-1].text)] {
			at = k + 1
		}
	}
	if at < 0 || seg.to-at > 3 || len(p.g.entriesNamed(p.c.text[toks[at].start:toks[seg.to-1].end])) > 0 ||
		slices.ContainsFunc(toks[at:seg.to], func(t token) bool { return !isNameWord(t.text) || connectors[t.text] }) {
		return -1
	}
	return at
}
