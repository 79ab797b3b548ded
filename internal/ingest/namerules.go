package ingest

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/amity-graph/amity/internal/kg"
)

// The rules below decide, from the words around a name, whether a run of capitals
// names something new at all, and where its name starts and ends: what the heads and
// titles of propose.go leave open.

// numberInName reports whether token j is a small number inside a name, between a word
// of the name and its head ("Muhak Changwon 1 Factory", "Public School 3").
func numberInName(text string, toks []token, j, sentence int) bool {
	if j+1 >= len(toks) || toks[j+1].sentence != sentence || len(toks[j].text) > 3 ||
		strings.IndexFunc(toks[j].text, func(r rune) bool { return !unicode.IsDigit(r) }) >= 0 ||
		!onlySpace(text[toks[j].end:toks[j+1].start]) {
		return false
	}
	// a date is no part of a name ("December 20 Office")
	if j > 0 && months[strings.ToLower(toks[j-1].text)] > 0 {
		return false
	}
	h := strings.ToLower(toks[j+1].text)
	return orgHeads[h] || companyHeads[h] || eventHeads[h]
}

// ordinalBefore is where an edition's ordinal starts right before s ("the 79th Annual
// Meeting", "the Fifth Forum"), or s when there is none.
func (p *proposer) ordinalBefore(s int) int {
	i := slices.IndexFunc(p.c.toks, func(t token) bool { return t.start == s })
	if i < 1 || !onlySpace(p.c.text[p.c.toks[i-1].end:s]) {
		return s
	}
	// a lowercase "first" describes ("the first Year of ..."); "First" names
	if w := p.c.toks[i-1].text; ordinalRe.MatchString(w) || isNameWord(w) && ordinalWords[strings.ToLower(w)] {
		return p.c.toks[i-1].start
	}
	return s
}

var ordinalWords = set("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")

// openingGerund reports whether a run opens its sentence with a verb's -ing form
// ("Promoting Peer-to-Peer Dialogue ...", a headline): a clause, not a name. A word the
// graph knows ("Beijing", "Kunming") is a name, and so is a title's -ing word
// ("Acting Assistant Secretary ... Ana Ruiz": the office and its holder).
func (p *proposer) openingGerund(r run) bool {
	t := p.c.toks[r.from]
	w := strings.ToLower(t.text)
	if r.from > 0 && p.c.toks[r.from-1].sentence == t.sentence || len(w) < 6 || !strings.HasSuffix(w, "ing") || titleWords[w] {
		return false
	}
	return len(p.g.entriesNamed(t.text)) == 0
}

// ownedProgramme reports whether text[s:e] is a programme its owner names in the
// possessive ("the President's National Export Initiative", "the Embassy's Visa
// Renewal Program"): a policy or a service of that owner, not a body of its own.
func (p *proposer) ownedProgramme(kind kg.Kind, s, e int) bool {
	if kind != kg.Organization {
		return false
	}
	ws := wordRe.FindAllString(p.c.text[s:e], -1)
	if len(ws) < 2 || !programmeHeads[strings.ToLower(ws[len(ws)-1])] {
		return false
	}
	if slices.ContainsFunc(ws[:len(ws)-1], func(w string) bool { return possessive(w) != w }) {
		return true
	}
	before := strings.TrimRight(p.c.text[:s], " ")
	return strings.HasSuffix(before, "'s") || strings.HasSuffix(before, "’s")
}

var programmeHeads = set("initiative", "program", "programme")

// placeNotPerson reports whether a would-be person's name holds a place: a word the
// article links to a place elsewhere ("Gyeongnam Changwon" where Changwon is linked),
// or a place the graph knows right after "in", "at" or "near" ("located in X Y").
func (p *proposer) placeNotPerson(ms []Mention, seg run) bool {
	toks := p.c.toks
	locative := seg.from > 0 && locatives[strings.ToLower(toks[seg.from-1].text)]
	for _, t := range toks[seg.from:seg.to] {
		if slices.ContainsFunc(ms, func(m Mention) bool { return m.Entity != nil && isPlace(m.Kind) && m.Text == t.text }) {
			return true
		}
		if city, region := p.g.placeKinds(t.text); locative && (city || region) {
			return true
		}
	}
	return false
}

var locatives = set("in", "at", "near", "outside")

var ordinalRe = regexp.MustCompile(`^\d{1,3}(?:st|nd|rd|th)$`)

// ofMembers reports whether the words from token i name office holders in the plural
// ("Conference of Mayors", "Association of Governors"): a body of its members, not an
// event.
func (p *proposer) ofMembers(i int) bool {
	toks := p.c.toks
	if i < len(toks) && toks[i].text == "the" {
		i++
	}
	if i >= len(toks) {
		return false
	}
	w := strings.ToLower(possessive(toks[i].text))
	return titleWords[strings.TrimSuffix(w, "s")]
}

// definedAcronyms proposes the name before an acronym the text defines in brackets
// where the initials of its words, a hyphenated word giving one for each part, spell
// the acronym ("Asia-Pacific Economic Cooperation (APEC)"), with the kind its head
// gives ("Women and the Economy Summit (WES)" is an event). A name with no head is a
// body unless it names a document or a measure ("Memorandum of Understanding (MOU)",
// "Gross Domestic Product (GDP)"). acronyms then makes the acronym that entity's.
func (p *proposer) definedAcronyms(ms []Mention) []Mention {
	text := p.c.text
	for _, d := range acronymDef.FindAllStringSubmatchIndex(text, -1) {
		acr := text[d[2]:d[3]]
		letters := acronymLetters(acr)
		if len(letters) < 2 || strings.ContainsAny(acr, "/0123456789") {
			continue
		}
		end := len(strings.TrimRight(text[:d[0]], " ,"))
		first, hyphen := p.spelledByParts(letters, end)
		if first < 0 {
			if first = p.spelledOtherwise(letters, end); first < 0 {
				continue
			}
		}
		ts := p.c.toks[first:]
		ts = ts[:slices.IndexFunc(ts, func(t token) bool { return t.end == end })+1]
		kind := headKind(ts)
		last := strings.ToLower(ts[len(ts)-1].text)
		switch {
		case kind == "" && notBodies[last]:
			continue
		case kind == "":
			kind = kg.Organization
		case kind == kg.Organization && !hyphen:
			continue // acronyms finds a headed body's name itself
		}
		s := ts[0].start
		if coveredExactly(ms, s, end) {
			continue
		}
		ms = p.add(ms, kind, s, end, 0.6)
	}
	return ms
}

// notBodies end the names of things an acronym may stand for that are no bodies.
var notBodies = set("memorandum", "understanding", "agreement", "treaty", "act", "plan", "strategy", "declaration",
	"protocol", "charter", "statement", "framework", "intent", "product", "investment", "growth", "development",
	"goal", "goals", "standard", "standards", "index", "rate", "income", "emissions", "law", "report", "visa", "visas",
	"program", "programme", "initiative", "project", "policy", "system", "area")

// spelledByParts finds the words ending at end whose initials spell letters, each
// capitalised part of a hyphenated word giving one letter and a connector one or none;
// it returns the first word's token index (-1 for none) and whether a hyphenated
// word gave more than one letter.
func (p *proposer) spelledByParts(letters []rune, end int) (int, bool) {
	toks := p.c.toks
	k := slices.IndexFunc(toks, func(t token) bool { return t.end == end })
	if k < 0 {
		return -1, false
	}
	sent := toks[k].sentence
	li := len(letters) - 1
	first, hyphen := -1, false
	for ; k >= 0 && li >= 0 && toks[k].sentence == sent; k-- {
		w := toks[k].text
		// a short lowercase word inside a name gives no letter ("Women in Ports")
		if !connectors[w] && !isNameWord(w) && len(w) <= 3 && first >= 0 {
			continue
		}
		if connectors[w] {
			if r := unicode.ToUpper([]rune(w)[0]); r == letters[li] && first >= 0 && k > 0 && isNameWord(toks[k-1].text) && li > 0 {
				li--
			}
			continue
		}
		if !isNameWord(w) {
			return -1, false
		}
		parts := strings.Split(w, "-")
		for j := len(parts) - 1; j >= 0; j-- {
			r, _ := utf8.DecodeRuneInString(parts[j])
			if !unicode.IsUpper(r) {
				continue
			}
			if li < 0 || r != letters[li] {
				return -1, false
			}
			li--
		}
		hyphen = hyphen || len(parts) > 1
		first = k
	}
	if li >= 0 || first < 0 {
		return -1, false
	}
	return first, hyphen
}

// holderAfterBody finds where a title's holder starts at the end of a body's name that
// a title opened ("Deputy Director of the Bureau of Pacific Affairs Ana Ruiz"): two or
// three plain name words after a word that names a field or a body. It returns to when
// there is none.
func (p *proposer) holderAfterBody(from, to int) int {
	toks := p.c.toks
	for n := 2; n <= 3; n++ {
		k := to - n
		if k-1 <= from {
			break
		}
		lw := strings.ToLower(toks[k-1].text)
		if !(commonCapitalised[lw] || notInNames[lw] || orgHeads[lw]) {
			continue
		}
		if !slices.ContainsFunc(toks[k:to], func(t token) bool {
			l := strings.ToLower(t.text)
			return !isNameWord(t.text) || possessive(t.text) != t.text || commonCapitalised[l] || notInNames[l] || titleWords[l] ||
				orgHeads[l] || companyHeads[l] || eventHeads[l] || connectors[t.text] || demonyms[l] != ""
		}) {
			return k
		}
	}
	return to
}

// fieldWord reports whether token i ends the field of an office ("for Political
// Affairs", "for Public Diplomacy"): a common word no name holds.
func (p *proposer) fieldWord(i int) bool {
	lw := strings.ToLower(p.c.toks[i].text)
	return notInNames[lw] || commonCapitalised[lw] && !titleWords[lw] || abstractNoun(lw)
}

// abstractNoun reports whether a lowercased word has the ending of an abstract noun
// ("Transformation", "Development", "Security"), which names a field, not a person.
func abstractNoun(lw string) bool {
	if len(lw) < 7 {
		return false
	}
	for _, suf := range []string{"tion", "sion", "ment", "ness", "ity", "ance", "ence", "ics", "ism"} {
		if strings.HasSuffix(lw, suf) {
			return true
		}
	}
	return false
}

// titlesField reports whether a would-be person's name follows a title and "for" or
// "of" ("Under Secretary for Economic Growth", "Director of Trade Promotion"): the
// office's field or its body, not its holder, who comes after it.
func (p *proposer) titlesField(seg run) bool {
	toks := p.c.toks
	i := seg.from - 1
	if i < 1 || toks[i].text != "for" && toks[i].text != "of" || toks[i].sentence != toks[seg.from].sentence {
		return false
	}
	return titleWords[strings.ToLower(toks[i-1].text)]
}

// withoutCountry is a name's folded words without a leading country's short form
// ("UK", "U.S.", "US").
func withoutCountry(name string) []string {
	if loc := abbrevRe.FindStringIndex(name); loc != nil && loc[0] == 0 {
		name = name[loc[1]:]
	}
	return strings.Fields(FoldName(strings.TrimLeft(name, " -")))
}

// eventBeforeOf reports whether a name is an event's that goes on through "of" to
// its body's or theme's name ("Annual Meeting of the Harbour Alliance", "Year of
// Friendship"), the event's head before the first "of"; not a body of office holders
// ("Conference of Mayors").
func eventBeforeOf(ts []token) bool {
	i := slices.IndexFunc(ts, func(t token) bool { return t.text == "of" })
	if i < 1 || i+1 >= len(ts) {
		return false
	}
	h := strings.ToLower(ts[i-1].text)
	if !eventHeads[h] && h != "year" {
		return false
	}
	j := i + 1
	if ts[j].text == "the" && j+1 < len(ts) {
		j++
	}
	w := strings.ToLower(possessive(ts[j].text))
	return !titleWords[strings.TrimSuffix(w, "s")]
}

// nameParticles are the lowercase words a person's name may hold between its capitalised
// ones ("van", "von der", "bin", "da", "de la").
var nameParticles = set("van", "von", "der", "den", "ter", "bin", "binti", "bint", "ibn", "al", "da", "dos", "das", "de", "du", "la", "del",
	"dela", "delos")

// particlesAt returns the index after one or two name particles from token j, or j for
// none; "de", "du", "la" and "del" join bodies' names too, and are left to connectors
// there unless another particle follows them.
func particlesAt(toks []token, j int) int {
	k := j
	for k < len(toks) && k < j+2 && nameParticles[toks[k].text] {
		k++
	}
	if k == j+1 && connectors[toks[j].text] {
		return j
	}
	return k
}

func particleCount(ts []token) int {
	n := 0
	for i, t := range ts {
		if nameParticles[t.text] && i > 0 && i < len(ts)-1 {
			n++
		}
	}
	return n
}

// spaced reports whether only spaces stand between the tokens, on one line.
func spaced(text string, ts []token) bool {
	for i := 1; i < len(ts); i++ {
		if !onlySpace(text[ts[i-1].end:ts[i].start]) {
			return false
		}
	}
	return true
}

// companyOpeners are legal forms written before a company's name ("PT", Indonesia's
// limited company; "CV"; "JSC" in Vietnam), and a hotel's head where it comes first
// ("Hotel New Otani").
var companyOpeners = set("PT", "CV", "JSC", "OOO", "OAO", "PJSC", "Hotel")

// officePlace proposes the place after "of" in "Title Name of Place": by its head ("Kiambu
// County", "Cebu City"), else by the title before the name, a mayor's city or a
// governor's region; nothing for other titles.
func (p *proposer) officePlace(ms []Mention, place run, name int) []Mention {
	toks := p.c.toks
	last := strings.ToLower(toks[place.to-1].text)
	if place.to-place.from >= 2 && (last == "city" || regionHeads[last]) {
		return p.segment(ms, place, false)
	}
	if place.to-place.from > 3 || !p.properName(toks[place.from:place.to]) || name == 0 {
		return ms
	}
	s, e := toks[place.from].start, toks[place.to-1].end
	switch strings.ToLower(toks[name-1].text) {
	case "mayor":
		return p.add(ms, kg.City, s, e, 0.5)
	case "governor":
		return p.add(ms, kg.Region, s, e, 0.5)
	}
	return ms
}

// holderOfBody finds the "of" in a run a title opened that joins its holder's two to
// four plain name words to a headed body ("Professor Kenji Tanaka of Osaka
// University"); from when there is none.
func (p *proposer) holderOfBody(from, to int, titled bool) int {
	toks := p.c.toks
	if !titled {
		return from
	}
	k := from + slices.IndexFunc(toks[from:to], func(t token) bool { return t.text == "of" })
	if k-from < 2 || k-from > 4 || k+2 > to || headKind(toks[k+1:to]) == "" && !openingHeads[strings.ToLower(toks[k+1].text)] {
		return from
	}
	if slices.ContainsFunc(toks[from:k], func(t token) bool {
		l := strings.ToLower(t.text)
		return !isNameWord(t.text) || commonCapitalised[l] || notInNames[l] || titleWords[l] || orgHeads[l] || companyHeads[l] ||
			eventHeads[l] || demonyms[l] != "" || possessive(t.text) != t.text
	}) {
		return from
	}
	return k
}

// headedThenName finds the "and" after a body's head in a run that ends in no head
// ("The Asahi Shimbun and Kyodo"): two names, the first a body. It returns from when
// there is none.
func headedThenName(toks []token, from, to int) int {
	if headKind(toks[from:to]) != "" {
		return from
	}
	for k := from + 2; k < to-1; k++ {
		if toks[k].text == "and" {
			h := strings.ToLower(possessive(toks[k-1].text))
			if (orgHeads[h] || companyHeads[h] || eventHeads[h]) && !eventBeforeOf(toks[from:k]) && headKind(toks[from:k]) != "" {
				return k
			}
			return from
		}
	}
	return from
}

// landForms end the name of a part of a country that is no unit of its government
// ("Yucatan Peninsula", "Mekong Delta"), a region.
var landForms = set("peninsula", "delta", "valley", "basin", "coast", "plateau", "archipelago")

// tailRepeats links a later mention of the last words of a body's or an event's name of
// three words or more, its head among them, to that proposal ("the Bilateral Consular
// Dialogue ... The Consular Dialogue").
func (p *proposer) tailRepeats(ms []Mention) []Mention {
	for _, pr := range p.props {
		ws := strings.Fields(pr.name)
		if h := strings.ToLower(ws[len(ws)-1]); pr.kind != kg.Organization && pr.kind != kg.Event && pr.kind != kg.Company || len(ws) < 3 ||
			!orgHeads[h] && !companyHeads[h] && !eventHeads[h] {
			continue
		}
		for n := len(ws) - 1; n >= 2; n-- {
			tail := strings.Join(ws[len(ws)-n:], " ")
			if connectors[ws[len(ws)-n]] || !isNameWord(ws[len(ws)-n]) {
				continue
			}
			re := regexp.MustCompile(`\b` + regexp.QuoteMeta(tail) + `\b`)
			for _, m := range re.FindAllStringIndex(p.c.text, -1) {
				if m[0] <= pr.first || slices.ContainsFunc(ms, func(o Mention) bool { return o.bStart < m[1] && m[0] < o.bEnd }) {
					continue
				}
				ms = p.addNamed(ms, pr.kind, m[0], m[1], pr.name, 0.5)
			}
		}
	}
	return ms
}

// examplesOf: the names a text gives as examples of companies ("local companies, such
// as Chang’an, and CQME").
var examplesOf = regexp.MustCompile(`\b(?:companies|firms|brands|manufacturers|carmakers|automakers|retailers|banks)(?:,)? (?:such as|including|like) ((?:[A-Z][\p{L}’'&\-]*(?: [A-Z][\p{L}’'&\-]*)*(?:,? and |, | \([^()]*\),? (?:and )?)?)+)`)

// acronymBefore: capitals right before a bracketed name ("CQME (Chongqing Machinery
// and Electric Co. Ltd.)").
var acronymBefore = regexp.MustCompile(`\b([A-Z][A-Z0-9&]{1,7}) \(([A-Z][^()]*)\)`)

// examples proposes the names given as examples of companies, and an acronym
// written right before a bracketed company's or body's name as that name's.
func (p *proposer) examples(ms []Mention) []Mention {
	text := p.c.text
	// the text says what they are: a place of that name the linker took gives way
	free := func(s, e int) bool {
		return !slices.ContainsFunc(ms, func(m Mention) bool { return m.bStart < e && s < m.bEnd && m.Entity == nil })
	}
	for _, a := range acronymBefore.FindAllStringSubmatchIndex(text, -1) {
		i := slices.IndexFunc(ms, func(m Mention) bool { return m.bStart == a[4] && m.Proposed != nil })
		if i < 0 || (ms[i].Kind != kg.Company && ms[i].Kind != kg.Organization) || !free(a[2], a[3]) {
			continue
		}
		name := ms[i].Text
		for _, pr := range p.props {
			if pr.id == *ms[i].Proposed {
				name = pr.name
			}
		}
		kind, acr := ms[i].Kind, text[a[2]:a[3]]
		for _, u := range regexp.MustCompile(`\b`+regexp.QuoteMeta(acr)+`\b`).FindAllStringIndex(text, -1) {
			if free(u[0], u[1]) {
				ms = p.addNamed(ms, kind, u[0], u[1], name, 0.6)
			}
		}
	}
	for _, m := range examplesOf.FindAllStringSubmatchIndex(text, -1) {
		list := text[m[2]:m[3]]
		for _, w := range regexp.MustCompile(`[A-Z][\p{L}’'&\-]*(?: [A-Z][\p{L}’'&\-]*)*`).FindAllStringIndex(list, -1) {
			s, e := m[2]+w[0], m[2]+w[1]
			// inside brackets: another name of the one before
			if strings.Count(list[:w[0]], "(") > strings.Count(list[:w[0]], ")") || !free(s, e) {
				continue
			}
			if lw := strings.ToLower(text[s:e]); commonCapitalised[lw] || notInNames[lw] || isUpperWord(text[s:e]) && len(text[s:e]) < 2 {
				continue
			}
			ms = p.add(ms, kg.Company, s, e, 0.5)
		}
	}
	return ms
}

// holderOfPlace is the index in seg of the "of" between a holder's two to four plain
// name words and the place of the office ("Ann Lee of Kiambu County", "Tran Thi Mai of
// Hoi Binh"); 0 for none.
func holderOfPlace(toks []token, seg run) int {
	k := slices.IndexFunc(toks[seg.from:seg.to], func(t token) bool { return t.text == "of" })
	if k < 2 || k > 4 || seg.from+k >= seg.to-1 || slices.ContainsFunc(toks[seg.from:seg.from+k], func(t token) bool {
		lw := strings.ToLower(t.text)
		return !isNameWord(t.text) || commonCapitalised[lw] || notInNames[lw]
	}) {
		return 0
	}
	return k
}
