package ingest

import (
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/amity-graph/amity/internal/kg"
)

// honorifics are title words that name no office: "Mr Tan" says nothing of what he holds.
var honorifics = set("mr", "mrs", "ms", "dr", "prof", "professor", "sir", "madam", "excellency", "h.e", "he")

// officeHolder links a surname after a title ("President Obama", "Secretary Kerry")
// that no earlier full name explains, when the graph holds exactly one person of that
// family name in an office of that title at a place or body the article names, at the
// time it was published. Anything less certain is left unlinked: a wrong link costs
// more than a missed one.
func (p *proposer) officeHolder(ms []Mention, i int, t token) []Mention {
	toks := p.c.toks
	if i <= 0 || !onlySpace(p.c.text[toks[i-1].end:t.start]) {
		return ms
	}
	// the title words just before the name ("Special Representative Hachigian")
	k := i
	for k > 0 && titleWords[strings.ToLower(toks[k-1].text)] && toks[k-1].sentence == t.sentence &&
		(k == i || onlySpace(p.c.text[toks[k-1].end:toks[k].start])) {
		k--
	}
	if k == i || honorifics[strings.ToLower(toks[i-1].text)] {
		return ms
	}
	var title []string
	for _, x := range toks[k:i] {
		title = append(title, FoldName(x.text))
	}
	title = sameOffice(title)
	family := kg.Slug(t.text)
	context := map[string]bool{}
	for id := range p.c.countries {
		context[id] = true
	}
	for _, m := range ms {
		if m.Entity == nil {
			continue
		}
		context[*m.Entity] = true
		e := p.g.entries[m.entry]
		for _, id := range slices.Concat(e.Countries, e.Regions, e.BasedIn) {
			context[id] = true
		}
	}
	var who []int
	for body := range context {
		for _, h := range p.g.holders[body] {
			e := p.g.entries[h.person]
			if e.Kind != kg.Person || !strings.HasPrefix(e.ID, "person:"+family+"-") || !heldAt(h, p.c.published) {
				continue
			}
			held := sameOffice(strings.Fields(FoldName(h.title)))
			if len(held) < len(title) || !slices.Equal(held[:len(title)], title) {
				continue
			}
			if !slices.Contains(who, h.person) {
				who = append(who, h.person)
			}
		}
	}
	if len(who) != 1 {
		return ms
	}
	e := p.g.entries[who[0]]
	ms = append(ms, Mention{Text: t.text, bStart: t.start, bEnd: t.end, Entity: strPtr(e.ID), Kind: kg.Person,
		How: "title", Confidence: 0.6, entry: who[0]})
	sortMentions(ms)
	return ms
}

// sameOffice writes the head of government's two English titles as one ("Prime
// Minister" as "premier"): a premier named by surname may be held in the graph under
// either, so a namesake under the other is a rival, not another office.
func sameOffice(words []string) []string {
	if len(words) >= 2 && words[0] == "prime" && words[1] == "minister" {
		return append([]string{"premier"}, words[2:]...)
	}
	return words
}

// acronymDef finds an acronym defined in brackets: "the U.S. Conference of Mayors
// (USCM)".
var acronymDef = regexp.MustCompile(`\(([A-Z][A-Za-z0-9/&.\-]*[A-Z0-9])\)`)

// numberedAfter is a number that ends a body's name ("Public Junior High School 1").
var numberedAfter = regexp.MustCompile(`^ \d{1,3}$`)

// acronyms makes an acronym the text defines in brackets after a name the same entity
// as that name, there and wherever the article uses it again. When no mention ends
// before the brackets, the name is the run of words whose initials spell the acronym
// ("Conference of the Parties (COP19)"). An acronym the text does not define is never
// proposed on its own.
func (p *proposer) acronyms(ms []Mention) []Mention {
	text := p.c.text
	for _, d := range acronymDef.FindAllStringSubmatchIndex(text, -1) {
		acr := text[d[2]:d[3]]
		letters := acronymLetters(acr)
		if len(letters) < 2 {
			continue
		}
		end := len(strings.TrimRight(text[:d[0]], " ,"))
		var ref *Mention
		for i := range ms {
			if ms[i].bEnd == end && ms[i].id() != "" && ms[i].Kind != kg.Person && spells(letters, text[ms[i].bStart:end]) {
				ref = &ms[i]
			}
			// a body may be known by the initials of its name in its own language
			// ("Indonesian Chamber of Commerce (KADIN)") or by a compound's parts
			// ("Southeast"): an acronym of three or more capitals right after a body's
			// name is that body's
			if ref == nil && (ms[i].bEnd == end || ms[i].bEnd < end && numberedAfter.MatchString(text[ms[i].bEnd:end])) && ms[i].id() != "" && (ms[i].Kind == kg.Organization || ms[i].Kind == kg.Company) &&
				len(letters) >= 3 && isUpperWord(strings.TrimRight(acr, "0123456789")) {
				ref = &ms[i]
			}
		}
		if ref == nil {
			s, kind := p.spelled(letters, acr, end)
			if s < 0 {
				continue
			}
			ms = p.add(ms, kind, s, end, 0.6)
			for i := range ms {
				if ms[i].bStart == s && ms[i].bEnd == end {
					ref = &ms[i]
				}
			}
			if ref == nil {
				continue
			}
		}
		base := *ref
		if base.Proposed != nil {
			for _, pr := range p.props {
				if pr.id == *base.Proposed && !slices.Contains(pr.aliases, acr) {
					pr.aliases = append(pr.aliases, acr)
				}
			}
		}
		use := regexp.MustCompile(`(?:^|[^\p{L}\p{N}/])(` + regexp.QuoteMeta(acr) + `)(?:$|[^\p{L}\p{N}/])`)
		// an acronym names the body before its definition too ("SMPN1 ... Public
		// Junior High School 1 (SMPN1)")
		for from := 0; ; {
			u := use.FindStringSubmatchIndex(text[from:])
			if u == nil {
				break
			}
			s, e := from+u[2], from+u[3]
			from = e
			if coveringMention(ms, s, e) >= 0 {
				continue
			}
			m := base
			m.Text, m.bStart, m.bEnd, m.How, m.Confidence, m.cue = acr, s, e, "acronym", 0.7, false
			ms = append(ms, m)
			sortMentions(ms)
		}
	}
	return ms
}

// spells reports whether the letters follow the initials of the name's words, in
// order: "SRGIA" those of "Office of the Special Representative for Global
// Intergovernmental Affairs"; "USA" not those of "Washington".
func spells(letters []rune, name string) bool {
	i := 0
	for _, w := range wordRe.FindAllString(name, -1) {
		if i < len(letters) && unicode.ToUpper([]rune(w)[0]) == letters[i] {
			i++
		}
	}
	return i == len(letters)
}

// acronymLetters are the capitals an acronym spells its name with: after an office's
// prefix ("S/SRGIA": SRGIA), without an edition's number ("COP19": COP).
func acronymLetters(acr string) []rune {
	if i := strings.LastIndex(acr, "/"); i >= 0 {
		acr = acr[i+1:]
	}
	var out []rune
	for _, r := range acr {
		if unicode.IsUpper(r) {
			out = append(out, r)
		}
	}
	return out
}

// spelled finds the words before end whose initials spell letters, capitalised words
// each giving one letter and a connector giving one or none ("Conference of the
// Parties": COP). It returns where they start and the kind of body they name: a
// company by its head word, an event when the acronym numbers an edition ("COP19"),
// otherwise an organisation; -1 when nothing spells it or no word of it is a body's
// head.
func (p *proposer) spelled(letters []rune, acr string, end int) (int, kg.Kind) {
	toks := p.c.toks
	k := slices.IndexFunc(toks, func(t token) bool { return t.end == end })
	if k < 0 {
		return -1, ""
	}
	sent := toks[k].sentence
	li := len(letters) - 1
	first := -1
	// a company's short form may leave out its legal word ("Velmar Kessing Company
	// (VK)")
	if lw := strings.ToLower(toks[k].text); k > 0 && companyHeads[lw] && unicode.ToUpper([]rune(toks[k].text)[0]) != letters[li] {
		k--
	}
	for ; k >= 0 && li >= 0 && toks[k].sentence == sent; k-- {
		w := toks[k].text
		r := unicode.ToUpper([]rune(w)[0])
		// an acronym of its own spells its letters all ("UK Trade & Investment (UKTI)")
		if ws := []rune(w); len(ws) >= 2 && isUpperWord(w) && li+1 >= len(ws) && string(letters[li+1-len(ws):li+1]) == w {
			li -= len(ws)
			first = k
			continue
		}
		switch {
		case isNameWord(w) && r == letters[li]:
			li--
			first = k
		case connectors[w] && r == letters[li] && k > 0 && isNameWord(toks[k-1].text):
			li--
		case connectors[w]:
		default:
			return -1, ""
		}
	}
	if li >= 0 || first < 0 || end-toks[first].start < 4 {
		return -1, ""
	}
	// a body's head word says it names a body, not a document ("Memorandum of
	// Understanding (MOU)")
	kind, head := kg.Organization, false
	for _, t := range toks[first:] {
		if t.end > end {
			break
		}
		lw := strings.ToLower(t.text)
		head = head || orgHeads[lw] || companyHeads[lw] || eventHeads[lw]
		if companyHeads[lw] {
			kind = kg.Company
		}
	}
	// words joined by '&' name a body too ("UK Visas & Immigration")
	if !head && !strings.Contains(p.c.text[toks[first].start:end], " & ") {
		return -1, ""
	}
	if kind == kg.Organization && strings.ContainsAny(acr, "0123456789") {
		kind = kg.Event
	}
	return toks[first].start, kind
}

// appositionRe finds a name the text itself says is a company or a body: "AECOM, a
// multinational company", "X, the biggest Muslim organization in the region", "X,
// the government’s flagship scholarship programme".
var appositionRe = regexp.MustCompile(`([A-Z][\p{L}\p{N}&.\-]*(?: [A-Z][\p{L}\p{N}&.\-]*){0,4}), (?:a|an|the) (?:[\p{L}\-’']+ ){0,5}?(company|firm|corporation|conglomerate|manufacturer|bank|organization|organisation|association|nonprofit|non-profit|charity|foundation|programme|program)\b`)

var appositionKinds = map[string]kg.Kind{"company": kg.Company, "firm": kg.Company, "corporation": kg.Company,
	"conglomerate": kg.Company, "manufacturer": kg.Company, "bank": kg.Company}

// apposition proposes the names the text describes as a company or a body in
// apposition, when nothing else was found there.
func (p *proposer) apposition(ms []Mention) []Mention {
	for _, a := range appositionRe.FindAllStringSubmatchIndex(p.c.text, -1) {
		s, e := a[2], a[3]
		// words opening a sentence ("This", "The") belong to no name
		for {
			w := wordRe.FindString(p.c.text[s:e])
			lw := strings.ToLower(w)
			if w == "" || !(commonCapitalised[lw] || notInNames[lw] || titleWords[lw] || connectors[lw]) {
				break
			}
			s = min(e, s+len(w)+1)
		}
		if s >= e || coveringMention(ms, s, e) >= 0 {
			continue
		}
		kind := appositionKinds[p.c.text[a[4]:a[5]]]
		if kind == "" {
			kind = kg.Organization
		}
		ms = p.add(ms, kind, s, e, 0.5)
	}
	return ms
}
