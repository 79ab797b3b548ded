package ingest

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/amity-graph/amity/internal/kg"
)

// officeAfter: a name followed, after a comma, by an office held "of" a body or a
// place ("Ana Ruiz, Rector of the University", "Tor Lind, Member of Parliament"): only
// a person holds one. These offices are not title words, which would make them open
// names elsewhere ("Member States").
var officeAfter = regexp.MustCompile(`^,\s+(?:the\s+)?(?:Rector|Vice-Rector|Vice Rector|Member|Dean|Chancellor|Vice-Chancellor|Provost|Founder|Co-founder|Co-Founder)\s+of\b`)

// middleInitialed reports whether a would-be name of three words has a single capital
// with a dot between a given name and a surname ("Tora B. Lindqvist's"): a person's
// shape, whatever the words around it say. Both outer words are at least three letters,
// so an abbreviated place ("Washington D. C") is not taken.
func (p *proposer) middleInitialed(seg run) bool {
	toks := p.c.toks
	if seg.to-seg.from != 3 || !initial(p.c.text, toks[seg.from+1], toks[seg.from+2]) {
		return false
	}
	first, last := toks[seg.from].text, possessive(toks[seg.to-1].text)
	return utf8.RuneCountInString(first) >= 3 && utf8.RuneCountInString(last) >= 3 && !isUpperWord(first) && !isUpperWord(last)
}

// locatedIn: a name after a preposition of place, then "in" and a place ("lived in
// Velmor in Stanbury", "from near Velmor in County Dorran", "outside Velmor in West
// Dorran"): the first is a place inside the second.
var locatedIn = regexp.MustCompile(`\b(?:in|near|outside|from|at|visited|to) (\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)?) in (\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)?)\b`)

// locatedPlaces proposes, for every locatedIn match, the inner name as a new city when
// the outer one is a place: a place the graph holds or a proposal, or a bearing before
// a name ("West Dorran", proposed as a region, a part of a county as "Northeast China"
// is of a country). Names the graph holds, people's and bodies' words are left alone.
func (p *proposer) locatedPlaces(ms []Mention) []Mention {
	text := p.c.text
	for _, m := range locatedIn.FindAllStringSubmatchIndex(text, -1) {
		is, ie, os, oe := m[2], m[3], m[4], m[5]
		outer := slices.IndexFunc(ms, func(x Mention) bool { return x.bStart == os && x.bEnd <= oe })
		bearing := false
		if outer < 0 {
			ws := strings.Fields(text[os:oe])
			bearing = len(ws) == 2 && compassWords[strings.ToLower(ws[0])] && p.freePlaceName(ms, os+len(ws[0])+1, oe)
			if !bearing {
				continue
			}
		} else if !isPlace(ms[outer].Kind) {
			continue
		}
		if !p.freePlaceName(ms, is, ie) {
			continue
		}
		ms = p.add(ms, kg.City, is, ie, 0.45)
		if bearing {
			ms = p.add(ms, kg.Region, os, oe, 0.45)
		}
	}
	return ms
}

// adjectivalBearing reports whether a bearing is an adjective ("Northern", "Western"):
// "Northern Velmar" is the north of the region the graph holds, the region named by
// its part (eighteenth set), where "North Velmar" names a new region ("South
// Canterbury", "West Tyrone"). A region whose name holds it ("Western Australia") is
// the graph's, whole.
func adjectivalBearing(w string) bool {
	return strings.HasSuffix(strings.ToLower(w), "ern")
}

// foreignPlaceHeads are Malay and Indonesian words that open the names of villages,
// towns, streets, islands and markets: never a person's first word.
var foreignPlaceHeads = set("kampung", "kampong", "kota", "desa", "jalan", "jln", "pulau", "gunung", "pasar", "taman", "kelurahan", "kecamatan", "kabupaten")

// officeNouns name an office, not the body it is held at: "Deputy Chief of Mission"
// and "Member of Parliament" are titles.
var officeNouns = set("chief", "member", "members", "head", "secretary", "director", "president", "chairman", "chair")

// leftOutNames drops proposals the conventions leave out or that name no one:
//   - an office's name taken for a body ("Deputy Chief of Mission", "Member of the
//     Assembly"), and its acronym ("DCM"), which share its proposal;
//   - a new region a letter away from a region of a country the text names (a
//     spelling of the graph's, the linker's to find or leave: "Gambella", Gambela);
//   - camps ("Velmar Refugee Camp", left out since the eighteenth set), of any kind;
//   - a person's name of single letters ("U. S" of a spaced "U. S.");
//   - a one-word person right after "St." or "Saint" (a saint's day or church, not a
//     repeat of a person named before: "St. Andrew’s Day" after "Andrew Carnegie");
//   - a person whose name opens with a foreign word for a village, town or street
//     ("Kampung Velmar", "Kota Lama": sights, left out since the nineteenth set), or
//     holds a comma and a body's head word (a list's pieces run together: "Church,
//     Memorial"; "Lind, Tora" is a person, surname first).
func (p *proposer) leftOutNames(ms []Mention) []Mention {
	offices := map[string]bool{}
	var bodies [][2]int
	programmes := map[string]bool{}
	for _, m := range ms {
		if m.Proposed != nil && m.Kind == kg.Organization {
			if w := brandedProgramme(m.Text); w != "" {
				programmes[w] = true
			}
		}
	}
	for _, m := range ms {
		if m.Proposed != nil && m.Kind == kg.Organization {
			if at := officeName(m.Text); at > 0 {
				offices[*m.Proposed] = true
				// the body the office is "of", where it has a head ("Member of the
				// Velmar Assembly": the assembly)
				body := strings.TrimPrefix(m.Text[at:], "the ")
				if ws := strings.Fields(strings.ToLower(body)); len(ws) >= 2 && orgHeads[ws[len(ws)-1]] {
					bodies = append(bodies, [2]int{m.bEnd - len(body), m.bEnd})
				}
			}
		}
	}
	ms = slices.DeleteFunc(ms, func(m Mention) bool {
		if m.Proposed == nil {
			return false
		}
		ws := strings.Fields(strings.ToLower(m.Text))
		if len(ws) == 0 {
			return false
		}
		switch {
		case m.Kind == kg.Organization && offices[*m.Proposed]:
			return true
		case m.Kind == kg.Organization && (brandedProgramme(m.Text) != "" || programmes[m.Text]):
			return true
		case m.Kind == kg.Event && indefiniteBefore.MatchString(p.c.text[:m.bStart]) && !strings.HasPrefix(p.c.text[m.bEnd:], " ("):
			return true
		case m.Kind == kg.Region && p.nearGraphRegion(ms, m.Text):
			return true
		case ws[len(ws)-1] == "camp" || ws[len(ws)-1] == "camps":
			return true
		case m.Kind == kg.Person && !slices.ContainsFunc(ws, func(w string) bool { return utf8.RuneCountInString(strings.Trim(w, ".")) > 1 }):
			return true
		case m.Kind == kg.Person && len(ws) == 1 && saintBefore.MatchString(p.c.text[:m.bStart]):
			return true
		case m.Kind == kg.Person && foreignPlaceHeads[ws[0]]:
			return true
		case m.Kind == kg.Person && strings.Contains(m.Text, ",") && slices.ContainsFunc(ws, func(w string) bool { return orgHeads[strings.Trim(w, ",")] }):
			return true
		// a person's name ends in no creed's adjective ("Eastern Orthodox", before a
		// cleric's title) and no abstract noun ("Export Promotion", an office's field)
		case m.Kind == kg.Person && (creeds[ws[len(ws)-1]] || abstractNoun(ws[len(ws)-1])):
			return true
		// "a Velmar Studies Department": a kind of unit, no name
		case m.Kind == kg.Organization && unitHeads[ws[len(ws)-1]] && indefiniteJust.MatchString(p.c.text[:m.bStart]):
			return true
		}
		return false
	})
	// (the office's proposal goes, or the body would be taken for a repeat of it)
	p.props = slices.DeleteFunc(p.props, func(pr *proposal) bool { return offices[pr.id] })
	for _, b := range bodies {
		ms = p.add(ms, kg.Organization, b[0], b[1], 0.5)
	}
	return ms
}

// creeds are the adjectives of churches and faiths.
var creeds = set("orthodox", "catholic", "coptic", "anglican", "protestant", "evangelical", "lutheran", "methodist",
	"baptist", "presbyterian", "sunni", "shia", "shiite", "muslim", "jewish", "buddhist", "hindu")

// unitHeads end the names of a body's units; after "a" or "an" such a name is a kind
// of unit ("a Polymer Science Department"), planned or generic, no body of its own.
var unitHeads = set("department", "faculty", "unit", "section", "division", "school")

// indefiniteJust is "a" or "an" right before a name.
var indefiniteJust = regexp.MustCompile(`\b[Aa]n? $`)

// indefiniteBefore: "a" or "an", and at most one capitalised word, before an event's
// name: a format ("a Town Hall Meeting"), no event named, unless the text defines an
// acronym for it ("an Australia UK Ministerial Meeting (AUKMIN)").
var indefiniteBefore = regexp.MustCompile(`\b[Aa]n? (?:\p{Lu}\p{L}+ )?$`)

// brandedProgramme returns the one camel-cased word of a programme's name ("MeetUS
// Program", "New VelmarConnect Programme"): a mission's programme, which the
// conventions leave out (ninth and seventeenth sets), and so its word alone; "" if
// the name is none such.
func brandedProgramme(name string) string {
	ws := strings.Fields(name)
	if len(ws) < 2 || !strings.EqualFold(ws[len(ws)-1], "program") && !strings.EqualFold(ws[len(ws)-1], "programme") {
		return ""
	}
	brand := ""
	for _, w := range ws[:len(ws)-1] {
		switch {
		case strings.EqualFold(w, "new") || strings.EqualFold(w, "the"):
		case brand == "" && camelCase(w):
			brand = w
		default:
			return ""
		}
	}
	return brand
}

// saintBefore: "St." or "Saint" right before a name.
var saintBefore = regexp.MustCompile(`\b(?:St\.?|Saint) $`)

// officeName reports where the words after "of" open in a body's name that is an
// office's: title words, then an office noun and "of" ("Deputy Chief of Mission"); 0
// if it is none.
func officeName(name string) int {
	ws := strings.Fields(strings.ToLower(name))
	i := 0
	for i < len(ws) && titleWords[ws[i]] && !officeNouns[ws[i]] {
		i++
	}
	if i+2 >= len(ws) && !(i+2 == len(ws) && ws[len(ws)-1] != "of") || !officeNouns[ws[i]] || ws[i+1] != "of" {
		return 0
	}
	// the byte offset of the word after "of"
	at := 0
	for k := 0; k <= i+1; k++ {
		at += strings.Index(name[at:], " ") + 1
		for at < len(name) && name[at] == ' ' {
			at++
		}
	}
	return at
}

// titleAcronym reports whether a word in capitals of two to four letters may
// abbreviate an office before a surname ("DAS Lind", as "DCM" and "CG" do): the
// graph names nothing so, and the text defines no body by it in brackets.
func (p *proposer) titleAcronym(w string) bool {
	n := utf8.RuneCountInString(w)
	return n >= 2 && n <= 4 && isUpperWord(w) && len(p.g.entriesNamed(w)) == 0 && abbreviations[w] == "" &&
		!strings.Contains(p.c.text, "("+w+")")
}

// listTail: a list of capitalised words after a body's name, closed by an acronym in
// brackets (", Refugees, and Migration (PRM)").
var listTail = regexp.MustCompile(`^((?:,? (?:and )?\p{Lu}\p{L}+)+) \(([A-Z]{2,6})\)`)

// listedBodyNames extends a new body's name cut at a comma over the list that goes on
// its "of" when the acronym in brackets after the list spells its words' initials
// ("Bureau of Trade, Ports, and Shipping (TPS)": one bureau, not "Bureau of Trade"),
// and proposes the acronym wherever it stands as the same body.
func (p *proposer) listedBodyNames(ms []Mention) []Mention {
	text := p.c.text
	for _, m := range slices.Clone(ms) {
		if m.Proposed == nil || m.Kind != kg.Organization || !strings.Contains(m.Text, " of ") {
			continue
		}
		d := listTail.FindStringSubmatchIndex(text[m.bEnd:])
		if d == nil {
			continue
		}
		end := m.bEnd + d[3]
		acr := text[m.bEnd+d[4] : m.bEnd+d[5]]
		of := strings.Index(m.Text, " of ")
		var initials []byte
		for _, w := range wordRe.FindAllString(text[m.bStart+of+4:end], -1) {
			if isNameWord(w) && !connectors[w] {
				initials = append(initials, w[0])
			}
		}
		if string(initials) != acr {
			continue
		}
		id := *m.Proposed
		ms = slices.DeleteFunc(ms, func(x Mention) bool { return x.Proposed != nil && *x.Proposed == id })
		p.props = slices.DeleteFunc(p.props, func(pr *proposal) bool { return pr.id == id })
		ms = p.add(ms, kg.Organization, m.bStart, end, 0.6)
		name := strings.Join(strings.Fields(text[m.bStart:end]), " ")
		for _, a := range regexp.MustCompile(`\b`+acr+`\b`).FindAllStringIndex(text, -1) {
			if !slices.ContainsFunc(ms, func(x Mention) bool { return x.bStart < a[1] && a[0] < x.bEnd }) {
				ms = p.addNamed(ms, kg.Organization, a[0], a[1], name, 0.5)
			}
		}
	}
	return ms
}

// pluralHead: two names sharing a plural head in lowercase ("the Velmar and Anna Kell
// foundations"): two bodies, each named by its words and the head.
var pluralHead = regexp.MustCompile(`\bthe (\p{Lu}\p{L}+(?: \p{Lu}\p{L}+){0,2}) and (\p{Lu}\p{L}+(?: \p{Lu}\p{L}+){0,2}) (foundations|institutes|associations|councils|committees|societies|universities)\b`)

// pluralHeadCapital: the same list with its head capitalised, "the" or not ("the
// Presidents of Velmar and Ostria Universities"); a place the graph holds before "and"
// is there the first body's name.
var pluralHeadCapital = regexp.MustCompile(`\b(\p{Lu}\p{L}+(?: \p{Lu}\p{L}+){0,2}) and (\p{Lu}\p{L}+(?: \p{Lu}\p{L}+){0,2}) (Foundations|Institutes|Associations|Councils|Committees|Subcommittees|Societies|Universities|Colleges|Hospitals)\b`)

// singularHeads are pluralHead's heads as a body's name ends.
var singularHeads = map[string]string{"foundations": "Foundation", "institutes": "Institute", "associations": "Association",
	"councils": "Council", "committees": "Committee", "societies": "Society", "universities": "University",
	"colleges": "College", "hospitals": "Hospital", "subcommittees": "Subcommittee"}

// editionOf: a paper named as the edition a piece ran in ("the online edition of the
// Velmar Herald"); its name holds a paper's word, so a place's or a demonym's may open
// it.
var editionOf = regexp.MustCompile(`\b(?:edition|issue|pages|columns) of (?:the )?(\p{Lu}\p{L}+(?: \p{Lu}\p{L}+){0,2})\b`)

// sharedHeads proposes pluralHead's two bodies and editionOf's paper (a company, as
// publishers are) where no mention covers them.
func (p *proposer) sharedHeads(ms []Mention) []Mention {
	text := p.c.text
	free := func(s, e int) bool {
		return coveringMention(ms, s, e) < 0
	}
	matches := pluralHead.FindAllStringSubmatchIndex(text, -1)
	for _, m := range pluralHeadCapital.FindAllStringSubmatchIndex(text, -1) {
		// (the first name is a body's, not the place the graph holds by that name)
		ms = slices.DeleteFunc(ms, func(x Mention) bool { return x.Entity != nil && isPlace(x.Kind) && x.bStart == m[2] && x.bEnd == m[3] })
		matches = append(matches, m)
	}
	for _, m := range matches {
		head := singularHeads[strings.ToLower(text[m[6]:m[7]])]
		for _, g := range [][2]int{{m[2], m[3]}, {m[4], m[5]}} {
			s, e := g[0], g[1]
			// a person's name that names a foundation is the foundation's
			ms = slices.DeleteFunc(ms, func(m Mention) bool { return m.Proposed != nil && m.Kind == kg.Person && m.bStart == s && m.bEnd == e })
			if !free(s, e) || slices.ContainsFunc(strings.Fields(text[s:e]), func(w string) bool {
				lw := strings.ToLower(w)
				return titleWords[lw] || !fieldNamedHead(head) && (notInNames[lw] || commonCapitalised[lw] || p.c.lower[FoldName(w)])
			}) {
				continue
			}
			ms = p.addNamed(ms, kg.Organization, s, e, text[s:e]+" "+head, 0.5)
		}
	}
	for _, m := range editionOf.FindAllStringSubmatchIndex(text, -1) {
		s, e := m[2], m[3]
		ws := strings.Fields(strings.ToLower(text[s:e]))
		if !free(s, e) || len(ws) < 2 || !pressWords[ws[len(ws)-1]] || len(p.g.entriesNamed(text[s:e])) > 0 {
			continue
		}
		ms = p.add(ms, kg.Company, s, e, 0.5)
	}
	return ms
}

// givenHolderOfBody finds the "of" in a run that opens with a given name the graph's
// people bear, two or three name words before it and a body's head after it ("Tora
// Lind of the Center for Velmar Studies"): the holder's name, then the body, as after
// a title (holderOfBody). It returns from when there is none.
func (p *proposer) givenHolderOfBody(from, to int) int {
	toks := p.c.toks
	if !p.givenAt(from) {
		return from
	}
	k := from + slices.IndexFunc(toks[from:to], func(t token) bool { return t.text == "of" })
	if k-from < 2 || k-from > 3 || k+2 > to || !slices.ContainsFunc(toks[k+1:to], func(t token) bool { return orgHeads[strings.ToLower(t.text)] }) {
		return from
	}
	if slices.ContainsFunc(toks[from:k], func(t token) bool {
		l := strings.ToLower(t.text)
		return !isNameWord(t.text) || commonCapitalised[l] || notInNames[l] || titleWords[l] || orgHeads[l] || companyHeads[l] ||
			eventHeads[l] || venueWords[l] || demonyms[l] != "" || possessive(t.text) != t.text || p.c.lower[FoldName(t.text)]
	}) {
		return from
	}
	return k
}

// nearGraphRegion reports whether name (without a closing "Region") misses by one
// letter the name of a region of a country some mention links, five letters or more.
func (p *proposer) nearGraphRegion(ms []Mention, name string) bool {
	word := FoldName(strings.TrimSuffix(strings.TrimSuffix(name, " Region"), " region"))
	if utf8.RuneCountInString(word) < 5 || strings.Contains(word, " ") {
		return false
	}
	return slices.ContainsFunc(ms, func(m Mention) bool {
		return m.Entity != nil && m.Kind == kg.Country && len(p.g.regionsOneEdit(word, *m.Entity)) > 0
	})
}
