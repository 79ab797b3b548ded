package ingest

import (
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
)

// Fact is a relation the article states, in the curated files' terms, with the
// sentence that states it and how sure the reading is.
type Fact struct {
	From       string         `json:"from"`
	Type       string         `json:"type"`
	To         string         `json:"to"`
	Props      map[string]any `json:"props,omitempty"`
	StartDate  string         `json:"startDate,omitempty"`
	Evidence   Evidence       `json:"evidence"`
	Confidence float64        `json:"confidence"`
	// Dates says how each date of the fact was obtained, by field (props.since, startDate).
	Dates map[string]DateMention `json:"dates,omitempty"`
	// Known is set when the graph already holds the relation.
	Known bool `json:"known,omitempty"`
}

// Evidence is the sentence a fact or event was read from.
type Evidence struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`

	bStart, bEnd int
}

// eventProposal is a visit or meeting the article reports.
type eventProposal struct {
	id, name, eventType string
	delegation          bool
	date                *DateMention
	evidence            Evidence
	mentionAt           int
}

var (
	partnerRe = regexp.MustCompile(`(?i)\b(sister[- ]cit(?:y|ies)|sisterhood|twin(?:ned)? cit(?:y|ies)|twinning|twinned|friendship cit(?:y|ies)|friendly cit(?:y|ies)|cooperative relations?(?:hip)?)\b`)
	visitRe   = regexp.MustCompile(`(?i)\b(visit(?:ed|s|ing)?|led (?:a|the) delegation|leading (?:a|the) delegation|(?-i:leads|heads) (?:a|the) delegation|delegation (?:led by|from|of)|called on|met (?:with )?|meeting with|held (?:a )?(?:work )?(?:meeting|talks)|signed|inked|travell?ed to|will travel to|travels to)`)
	ledByRe   = regexp.MustCompile(`(?i)\b(led by|headed by)\b`)
	leadsRe   = regexp.MustCompile(`(?i)\b(led|leading|headed) (?:a|the) delegation\b`)
	metRe     = regexp.MustCompile(`(?i)\b(met|meeting) (?:with )?`)
	// lowerVerbAfter: a clause's verb right after its subject ("X discussed")
	lowerVerbAfter = regexp.MustCompile(`^ (?:also )?[a-z]+ed\b`)
	// afterComma: a comma, then only a style or title before a name ("..., Lord ", "...,
	// Chargé d’Affaires (CDA) ": a title's French particle and its bracketed acronym too)
	afterComma = regexp.MustCompile(`, (?:(?:\p{Lu}[\p{L}.]*|d[’']\p{Lu}\p{L}*|\(\p{Lu}+\)) )*$`)
	calledRe   = regexp.MustCompile(`(?i)\bcalled on\b`)
	// visitPhrase: the words before "visit to" of a phrase that opens a sentence
	// ("During the September 29-30 visit to ...")
	visitPhrase = regexp.MustCompile(`^\s*(?:During|On|After|Following)\b[^,;]*$`)
	visitToRe   = regexp.MustCompile(`(?i)\b(visited|visit to|visit in|visiting|arrived in|travell?ed to|will travel to|travels to)\b`)
	fromRe      = regexp.MustCompile(`(?i)\b(?:delegations? from|delegations? led by|from)\b`)
	titleOfRe   = regexp.MustCompile(`^, (?:the )?([A-Z][\p{L}-]*(?: (?:[A-Z][\p{L}-]*|and))*) of (?:the )?$`)
	// servesAsRe: "Name serves as Chair for the Body", "Name, who also serves as
	// Director of the Body": an office held at the body after it.
	servesAsRe = regexp.MustCompile(`^(?:, who)? (?:(?:also|now|currently) )?(?:serves|served|is serving|will serve|acts|acted|was appointed|was named|was elected|is) as (?:the |its )?([A-Z][\p{L}-]*(?: (?:[A-Z][\p{L}-]*|and))*) (?:of|for|at) (?:the )?$`)
	reportRe   = regexp.MustCompile(`\b(?:reported|reports|quoted|quotes)\b`)
	// possessiveBefore: "his visit to ..."
	possessiveBefore = regexp.MustCompile(`(?i)\b(?:his|her|their)\s+$`)
	sitesRe          = regexp.MustCompile(`(?i)\b(visited|toured)\b`)
	signRe           = regexp.MustCompile(`(?i)\b(signed|inked)\b`)
	atRe             = regexp.MustCompile(`\bat (?:the )?`)
	thisYear         = regexp.MustCompile(`(?i)\b(next|this|last) year\b`)
)

type factBuilder struct {
	g      *Gazetteer
	c      *linkCtx
	ms     []Mention
	dates  []DateMention
	source string
	facts  []Fact
	events []*eventProposal
}

// neutralGroundRe is a meeting held at a gathering, not at either party's place ("met
// with X on the sidelines of the summit", "at the Forum in Y"): neither receives the
// other, so both are met.
var neutralGroundRe = regexp.MustCompile(`(?i)\b(?:sidelines|summit|conference|forum|general assembly|G-?(?:7|8|20))\b`)

func (f *factBuilder) evidence(s [2]int) Evidence {
	return Evidence{Text: strings.TrimSpace(f.c.text[s[0]:s[1]]), bStart: s[0], bEnd: s[1]}
}

func (f *factBuilder) in(s [2]int) []Mention {
	var out []Mention
	for _, m := range f.ms {
		if m.bStart >= s[0] && m.bEnd <= s[1] && m.id() != "" {
			out = append(out, m)
		}
	}
	return out
}

func (f *factBuilder) datesIn(s [2]int) []DateMention {
	var out []DateMention
	for _, d := range f.dates {
		if d.bStart >= s[0] && d.bEnd <= s[1] {
			out = append(out, d)
		}
	}
	return out
}

// quoted reports whether the end of before (a sentence up to a point) lies inside a
// quotation: an odd number of quotation marks has opened one.
func quoted(before string) bool {
	return (strings.Count(before, `"`)+strings.Count(before, "“")+strings.Count(before, "”"))%2 == 1
}

func (f *factBuilder) add(x Fact) {
	if x.From == "" || x.To == "" || x.From == x.To {
		return
	}
	if kg.RelTypes[x.Type].Symmetric && x.To < x.From {
		x.From, x.To = x.To, x.From
	}
	for i, o := range f.facts {
		if o.From == x.From && o.Type == x.Type && o.To == x.To && keyOf(o) == keyOf(x) {
			// the same tie stated again may add its start
			if _, ok := o.Props["since"]; !ok && x.Props["since"] != nil {
				f.facts[i].Props["since"], f.facts[i].Dates = x.Props["since"], x.Dates
			}
			return
		}
	}
	f.facts = append(f.facts, x)
}

func keyOf(x Fact) string {
	k := kg.RelTypes[x.Type].Key
	s, _ := x.Props[k].(string)
	return s
}

// home is the country of the dateline's place ("CEBU, Philippines - ...",
// "KARACHI, April 30: ..."): the first linked name of the body's first line, when
// it opens the line.
func (f *factBuilder) home() string {
	start := headerEnd(f.c.text)
	for _, m := range f.ms {
		if m.bStart < start || m.Entity == nil {
			continue
		}
		if m.bStart != start && f.c.text[m.bStart-1] != '\n' {
			return ""
		}
		if m.Kind == kg.Country {
			return *m.Entity
		}
		e, _ := f.g.Entry(*m.Entity)
		if len(e.Countries) > 0 {
			return e.Countries[0]
		}
		return ""
	}
	return ""
}

func isPlace(k kg.Kind) bool { return k == kg.City || k == kg.Region }

// build reads every sentence for partnerships, positions, visits and meetings.
func (f *factBuilder) build() {
	f.remarks()
	for _, s := range f.c.sents {
		if s[0] < headerEnd(f.c.text) {
			continue // title and dateline state no facts
		}
		f.partnership(s)
		f.positions(s)
		f.visit(s)
		f.recipient(s)
		f.hosting(s)
	}
	// who chairs the meeting leads it, however often the text says they visit (a
	// headline may say so)
	for _, s := range f.c.sents {
		f.chairs(s)
	}
	// A place hosts a visit when places visit it (a city's delegation); where no place
	// does (a person visits), the place visited is where the event was held (HELD_IN
	// says so), not a party to it.
	role := func(x Fact, r string, kinds ...kg.Kind) bool {
		k, _ := kg.KindOfID(x.From)
		return x.To == "\x00event" && x.Props["role"] == r && slices.Contains(kinds, k)
	}
	if !slices.ContainsFunc(f.facts, func(x Fact) bool { return role(x, "visitor", kg.City, kg.Region, kg.Country) }) {
		f.facts = slices.DeleteFunc(f.facts, func(x Fact) bool { return role(x, "host", kg.City, kg.Region, kg.Country) })
	}
}

// headerEnd is where the body starts: after the title and metadata lines.
func headerEnd(text string) int {
	at := 0
	for i, l := range strings.SplitAfter(text, "\n") {
		t := strings.TrimSpace(l)
		if i == 0 || t == "" || isMetaLine(t) && len(t) < 80 {
			at += len(l)
			continue
		}
		break
	}
	return at
}

func (f *factBuilder) partnership(s [2]int) {
	sent := f.c.text[s[0]:s[1]]
	m := partnerRe.FindStringSubmatch(sent)
	if m == nil {
		return
	}
	var places []Mention
	for _, x := range f.in(s) {
		if isPlace(x.Kind) && !slices.ContainsFunc(places, func(o Mention) bool { return o.id() == x.id() }) {
			places = append(places, x)
		}
	}
	if len(places) > 2 {
		var cities []Mention
		for _, p := range places {
			if p.Kind == kg.City {
				cities = append(cities, p)
			}
		}
		places = cities
	}
	if len(places) != 2 {
		return
	}
	kind := "sister"
	switch w := strings.ToLower(m[1]); {
	case strings.HasPrefix(w, "friend"):
		kind = "friendly"
	case strings.HasPrefix(w, "cooperative"):
		kind = "cooperative"
	}
	x := Fact{From: places[0].id(), Type: kg.PartnerOf, To: places[1].id(), Props: map[string]any{"partnership": kind},
		Evidence: f.evidence(s), Confidence: 0.75}
	for _, d := range f.datesIn(s) {
		if dd, _ := kg.ParseDate(d.Value); d.How == Stated && dd.Month == 0 && dd.HasYear() {
			x.Props["since"] = d.Value
			x.Dates = map[string]DateMention{"props.since": d}
			break
		}
	}
	if a := annivRe.FindStringSubmatch(sent); a != nil && x.Props["since"] == nil {
		n, _ := strconv.Atoi(a[1])
		y, why := f.yearOf(sent), ""
		if y == 0 && f.c.published.HasYear() {
			y, why = f.c.published.Year, " (the year of publication, as the sentence names none)"
		}
		if v, ok := anniversaryStart(n, y); ok {
			x.Props["since"] = v
			x.Dates = map[string]DateMention{"props.since": {Text: a[0], Value: v, How: Derived,
				Note: "the " + a[1] + " anniversary falls in " + strconv.Itoa(y) + why + "; the start is derived from it, not stated"}}
		}
	}
	if a, ok := f.g.Entry(x.From); ok && slices.Contains(a.Partners, x.To) {
		x.Known = true
	}
	f.add(x)
}

// yearOf is the year a sentence speaks of: a year it states, or this, next or last
// year counted from the publication date; 0 when neither.
func (f *factBuilder) yearOf(sent string) int {
	if m := regexp.MustCompile(`\b(19|20)\d{2}\b`).FindString(sent); m != "" {
		y, _ := strconv.Atoi(m)
		return y
	}
	if m := thisYear.FindStringSubmatch(sent); m != nil && f.c.published.HasYear() {
		switch strings.ToLower(m[1]) {
		case "next":
			return f.c.published.Year + 1
		case "last":
			return f.c.published.Year - 1
		}
		return f.c.published.Year
	}
	return 0
}

// positions reads "Name, Title of Body", "Body Title Name" and "Title of Body Name".
func (f *factBuilder) positions(s [2]int) {
	ms := f.in(s)
	for i, m := range ms {
		if m.Kind != kg.Person {
			continue
		}
		// Title to Country Name ("Ambassador to Japan John V. Roos")
		if i > 0 && ms[i-1].Kind == kg.Country && onlySpace(f.c.text[ms[i-1].bEnd:m.bStart]) {
			if t := titleToRe.FindStringSubmatch(f.c.text[max(s[0], ms[i-1].bStart-40):ms[i-1].bStart]); t != nil {
				f.add(Fact{From: m.id(), Type: kg.HoldsPosition, To: ms[i-1].id(), Props: map[string]any{"title": t[1]},
					Evidence: f.evidence(s), Confidence: 0.65})
				continue
			}
		}
		// Name, Title of Body
		if i+1 < len(ms) && isBody(ms[i+1].Kind) {
			between := f.c.text[m.bEnd:ms[i+1].bStart]
			t := titleOfRe.FindStringSubmatch(between)
			if t == nil {
				t = servesAsRe.FindStringSubmatch(between)
			}
			if t != nil && isTitle(t[1]) {
				f.add(Fact{From: m.id(), Type: kg.HoldsPosition, To: ms[i+1].id(), Props: map[string]any{"title": t[1]},
					Evidence: f.evidence(s), Confidence: 0.7})
				continue
			}
		}
		// Title Name of Place ("Mayor Brad Cole of Carbondale, Illinois")
		if i+1 < len(ms) && isPlace(ms[i+1].Kind) && f.c.text[m.bEnd:ms[i+1].bStart] == " of " {
			// (a peer's "of Place" is his peerage's, no office: "Lord Ahmad of Wimbledon")
			if t := titleBefore(f.c.text[max(s[0], m.bStart-40):m.bStart]); t != "" && !peerStyles[strings.ToLower(lastWord(t))] {
				f.add(Fact{From: m.id(), Type: kg.HoldsPosition, To: ms[i+1].id(), Props: map[string]any{"title": t},
					Evidence: f.evidence(s), Confidence: 0.6})
				continue
			}
		}
		if i == 0 || !isBody(ms[i-1].Kind) {
			continue
		}
		// Body Title Name, Title of Body Name
		prev := ms[i-1]
		between := strings.Trim(f.c.text[prev.bEnd:m.bStart], " ,")
		// "In addition to the University of Richmond Panel, Special Representative
		// Hachigian": a body in a phrase of its own holds no one's title
		if strings.Contains(f.c.text[prev.bEnd:m.bStart], ",") && (afterPreposition(f.c.text[s[0]:prev.bStart]) || inLocationPhrase(f.c.text[s[0]:prev.bStart])) {
			continue
		}
		before := f.c.text[max(s[0], prev.bStart-40):prev.bStart]
		title := ""
		switch {
		case between != "" && isTitle(between):
			title = between
		case between == "" || strings.TrimSpace(f.c.text[prev.bEnd:m.bStart]) == ",":
			// Title Body, Name ("Mayor Karachi, Waseem Akhtar")
			if t := regexp.MustCompile(`((?:[A-Z][\p{L}-]* )*[A-Z][\p{L}-]*) $`).FindStringSubmatch(before); t != nil && isTitle(t[1]) {
				title = t[1]
				break
			}
			fallthrough
		case between == "" || strings.TrimSpace(f.c.text[prev.bEnd:m.bStart]) == ",":
			if t := regexp.MustCompile(`((?:[A-Z][\p{L}-]* )*[A-Z][\p{L}-]*) of (?:the )?$`).FindStringSubmatch(before); t != nil && isTitle(t[1]) {
				title = t[1]
			}
		}
		// an envoy is no firm's ("At Radio Velmar Ambassador Lind met staff": where he
		// was, not whose envoy)
		lt := strings.ToLower(title)
		if title != "" && !(prev.Kind == kg.Company && (strings.Contains(lt, "ambassador") || strings.Contains(lt, "consul") || strings.Contains(lt, "envoy"))) {
			f.add(Fact{From: m.id(), Type: kg.HoldsPosition, To: prev.id(), Props: map[string]any{"title": title},
				Evidence: f.evidence(s), Confidence: 0.65})
		}
	}
}

// titleToRe finds an envoy's title before the country he is sent to.
var titleToRe = regexp.MustCompile(`\b(Ambassador|Envoy|Consul General|Consul|Special Envoy|Representative) to (?:the )?$`)

// prepositionEnd finds a preposition (and article) ending a text.
var prepositionEnd = regexp.MustCompile(`(?i)\b(?:to|at|in|on|during|after|before|from|for|with|by|of)(?: the| a| an)? $`)

// afterPreposition reports whether text ends with a preposition: what follows is the
// object of a phrase, not the subject of the clause.
func afterPreposition(text string) bool { return prepositionEnd.MatchString(text) }

func isBody(k kg.Kind) bool {
	return k == kg.Organization || k == kg.Company || k == kg.Consulate || k == kg.City || k == kg.Region || k == kg.Country
}

// titleBefore is the office named by the capitalised title words that end text
// ("... Chairman of the Board Mayor " gives Mayor), or "".
func titleBefore(text string) string {
	if !strings.HasSuffix(text, " ") {
		return ""
	}
	ws := strings.Fields(text)
	k := len(ws)
	for k > 0 && isCapitalized(ws[k-1]) && (titleWords[strings.ToLower(ws[k-1])] || leadingQualifiers[strings.ToLower(ws[k-1])]) {
		k--
	}
	if t := strings.Join(ws[k:], " "); isTitle(t) {
		return t
	}
	return ""
}

// isTitle reports whether words name an office: each a title word or a qualifier,
// neither first nor last a connector ("Illinois and President Patrick Madden" names
// no office of Illinois).
func isTitle(s string) bool {
	ws := strings.Fields(strings.ReplaceAll(s, "-", " "))
	if len(ws) == 0 || len(ws) > 5 || connectors[ws[0]] || connectors[ws[len(ws)-1]] {
		return false
	}
	hasTitle := false
	for _, w := range ws {
		lw := strings.ToLower(w)
		switch {
		case titleWords[lw]:
			hasTitle = true
		case leadingQualifiers[lw] || lw == "of" || lw == "and":
		default:
			return false
		}
	}
	return hasTitle
}

// remarks reads the byline of a speech ("Reta Jo Lewis / Special Representative ... /
// Washington, DC / June 7, 2011"): the occasion is an event held at the byline's place
// on its date, the speaker a participant. Only the lines before the first paragraph
// of prose are read, and all three (person, place, date) must stand alone on
// their lines.
func (f *factBuilder) remarks() {
	var speaker, place, host *Mention
	var date *DateMention
	at := 0
	for i, l := range strings.SplitAfter(f.c.text, "\n") {
		t := strings.TrimSpace(l)
		if i > 12 || len(t) > 100 || strings.HasSuffix(t, ".") && !strings.HasSuffix(t, "D.C.") {
			break
		}
		s, e := at+strings.Index(l, t), at+strings.Index(l, t)+len(t)
		at += len(l)
		if t == "" {
			continue
		}
		for j := range f.ms {
			m := &f.ms[j]
			// "Washington, D.C." may end before its last dot; "Beijing, China" names
			// its country after it
			if m.bStart != s || m.bEnd < e-1 && !(m.Kind == kg.City && bylineCountry.MatchString(f.c.text[m.bEnd:e])) {
				continue
			}
			switch {
			case m.Kind == kg.Person && speaker == nil:
				speaker = m
			case m.Kind == kg.City && place == nil && speaker != nil:
				place = m
			}
		}
		// "Luncheon Hosted by the Chinese People's Association ...": the occasion's host
		if speaker != nil && place == nil {
			if h := hostedBy.FindStringIndex(t); h != nil {
				for j := range f.ms {
					if m := &f.ms[j]; m.bStart == s+h[1] && isBody(m.Kind) && host == nil {
						host = m
					}
				}
			}
		}
		for j := range f.dates {
			if d := &f.dates[j]; d.bStart == s && d.bEnd == e && d.How == Stated && date == nil && place != nil {
				date = d
			}
		}
	}
	// a statement that announces a trip ("will travel to ... on May 2") is no occasion
	// of its own: its byline dates the release, and the trip is the event
	if speaker == nil || place == nil || date == nil || announceRe.MatchString(f.c.text[date.bEnd:]) {
		return
	}
	ev := Evidence{Text: strings.TrimSpace(f.c.text[speaker.bStart:date.bEnd]), bStart: speaker.bStart, bEnd: date.bEnd}
	f.events = append(f.events, &eventProposal{eventType: "meeting", evidence: ev, mentionAt: speaker.bStart, date: date})
	f.add(Fact{From: speaker.id(), Type: kg.ParticipatedIn, To: "\x00event", Props: map[string]any{"role": "speaker"},
		Evidence: ev, Confidence: 0.6})
	f.add(Fact{From: "\x00event", Type: kg.HeldIn, To: place.id(), Evidence: ev, Confidence: 0.6})
	if host != nil {
		f.add(Fact{From: host.id(), Type: kg.ParticipatedIn, To: "\x00event", Props: map[string]any{"role": "host"},
			Evidence: ev, Confidence: 0.55})
	}
}

var (
	// bylineCountry is the country after a byline's city ("Beijing, China").
	bylineCountry = regexp.MustCompile(`^, [A-Z][\p{L}]+(?: [A-Z][\p{L}]+)*$`)
	// hostedBy opens the host of a speech's occasion on its byline.
	hostedBy = regexp.MustCompile(`\b[Hh]osted [Bb]y (?:the )?`)
)

// hostingRe finds those who host the event the article reports: "X and Y are jointly
// hosting this event".
var hostingRe = regexp.MustCompile(`(?i)\b(?:is|are) (?:jointly |co-)?hosting (?:this|the) (?:event|visit|meeting|forum|conference)\b`)

// hosting makes the bodies and people named before "are hosting this event" its hosts.
func (f *factBuilder) hosting(s [2]int) {
	loc := hostingRe.FindStringIndex(f.c.text[s[0]:s[1]])
	if len(f.events) == 0 || loc == nil {
		return
	}
	for _, m := range f.in(s) {
		if (isBody(m.Kind) || m.Kind == kg.Person) && m.bStart-s[0] < loc[0] {
			f.add(Fact{From: m.id(), Type: kg.ParticipatedIn, To: "\x00event", Props: map[string]any{"role": "host"},
				Evidence: f.evidence(s), Confidence: 0.55})
		}
	}
}

// givenTo finds a thing handed over and the one it went to: "handed a letter of
// gratitude to ...", "presented the key to the city to ...".
var givenTo = regexp.MustCompile(`(?i)\b(?:presented|handed|gave|awarded|conferred)\b[^.;]*?\bto (?:the )?$`)

// recipient makes the person something was handed to during the event its recipient.
func (f *factBuilder) recipient(s [2]int) {
	if len(f.events) == 0 {
		return
	}
	for _, m := range f.in(s) {
		if m.Kind == kg.Person && givenTo.MatchString(f.c.text[s[0]:m.bStart]) {
			f.add(Fact{From: m.id(), Type: kg.ParticipatedIn, To: "\x00event", Props: map[string]any{"role": "recipient"},
				Evidence: f.evidence(s), Confidence: 0.55})
		}
	}
}

// endedRe finds a verb that says a visit ended.
var endedRe = regexp.MustCompile(`(?i)\b(?:conclude[ds]?|conclud(?:ing)|ended|ends|wrapped up|wraps up|completed|completes|finished|wound up)\b`)

// recalled marks a sentence that recalls a visit of long ago ("Fifty years ago, ...
// paid a visit"): history the text looks back on, not the event it reports.
var recalled = regexp.MustCompile(`(?i)\b(?:years|decades|centuries) ago\b`)

// visit reads a visit or meeting: the first sentence that reports one makes the event,
// later sentences add who met whom.
func (f *factBuilder) visit(s [2]int) {
	sent := f.c.text[s[0]:s[1]]
	if !visitRe.MatchString(sent) {
		return
	}
	ms := f.in(s)
	if len(ms) == 0 {
		return
	}
	var ev *eventProposal
	first := len(f.events) == 0
	if first && recalled.MatchString(sent) {
		return
	}
	if first {
		typ := "meeting"
		if regexp.MustCompile(`(?i)visit|delegation`).MatchString(sent) && !signRe.MatchString(sent) {
			typ = "visit"
		}
		ev = &eventProposal{eventType: typ, evidence: f.evidence(s), mentionAt: s[0],
			delegation: strings.Contains(strings.ToLower(sent), "delegation")}
		for _, d := range f.datesIn(s) {
			// quoted speech keeps its own time ("Last year I spoke with ..."), and a
			// visit said to end on a day did not start on it ("concluded her visit ...
			// on January 15th"): no start rather than a wrong one
			if !d.Publication && !quoted(f.c.text[s[0]:d.bStart]) && !endedRe.MatchString(f.c.text[s[0]:d.bStart]) && !notEventDate(f.c.text, d.bStart) && !recalledSecondVisit(f, s, d) {
				d = spanStart(f.dates, d)
				ev.date = &d
				break
			}
		}
		ev.date = arrivalDate(f, s, ev.date)
		if ev.date == nil {
			ev.date = undatedVisitDate(f)
		}
		f.events = append(f.events, ev)
	} else {
		ev = f.events[0]
		// another visit, dated apart from the event ("signed during President Hu's
		// visit to Washington in January 2011"), gives the event no party
		for _, d := range f.datesIn(s) {
			if ev.date != nil && !d.Publication && len(d.Value) >= 7 && len(ev.date.Value) >= 7 && d.Value[:7] != ev.date.Value[:7] {
				return
			}
		}
	}
	// the press that reports the visit takes no part in it ("NHK reported that ...",
	// "Sankei’s edition ... also reported")
	reportAt := -1
	if loc := reportRe.FindStringIndex(sent); loc != nil {
		reportAt = loc[0]
	}
	rel := func(m Mention, role string, conf float64) {
		if m.Kind == kg.Event || (m.Kind == kg.Organization || m.Kind == kg.Company) && m.bStart-s[0] < reportAt {
			return
		}
		f.add(Fact{From: m.id(), Type: kg.ParticipatedIn, To: "\x00event", Props: map[string]any{"role": role},
			Evidence: f.evidence(s), Confidence: conf})
	}
	off := func(m Mention) int { return m.bStart - s[0] }
	// a signing: the cities of the dateline's country host it, the others visit; it is
	// held at the body named after "at"
	if signRe.MatchString(sent) {
		home := f.home()
		for _, m := range ms {
			if m.Kind != kg.City || home == "" || m.bStart == headerEnd(f.c.text) {
				continue // the dateline's place is where the news is from
			}
			e, _ := f.g.Entry(m.id())
			if slices.Contains(e.Countries, home) {
				rel(m, "host", 0.5)
			} else {
				rel(m, "visitor", 0.5)
			}
		}
		if loc := atRe.FindStringIndex(sent); loc != nil {
			for _, m := range ms {
				if off(m) == loc[1] && (m.Kind == kg.Organization || isPlace(m.Kind)) {
					f.add(Fact{From: "\x00event", Type: kg.HeldIn, To: m.id(), Evidence: f.evidence(s), Confidence: 0.5})
				}
			}
		}
	}
	// leader: the person after "led by", or before "led a delegation"
	if loc := ledByRe.FindStringIndex(sent); loc != nil {
		for _, m := range ms {
			if m.Kind == kg.Person && off(m) > loc[1] {
				rel(m, "leader", 0.7)
				break
			}
		}
	}
	if loc := leadsRe.FindStringIndex(sent); loc != nil {
		var lead *Mention
		for i := range ms {
			if ms[i].Kind == kg.Person && off(ms[i]) < loc[0] {
				lead = &ms[i]
			}
		}
		if lead != nil {
			rel(*lead, "leader", 0.7)
		}
	}
	// visitors: the place a delegation comes from, named before the place it visits;
	// the body its leader heads
	visitAt := len(sent)
	if loc := visitToRe.FindStringIndex(sent); loc != nil {
		visitAt = loc[0]
	}
	if loc := fromRe.FindStringIndex(sent); loc != nil {
		for _, m := range ms {
			if isPlace(m.Kind) && off(m) > loc[1] && off(m) < visitAt {
				rel(m, "visitor", 0.6)
				break
			}
		}
	}
	for _, x := range f.facts {
		if x.Type == kg.HoldsPosition && x.Confidence > 0 && x.Evidence.bStart == s[0] && slices.ContainsFunc(f.facts, func(l Fact) bool {
			return l.From == x.From && l.To == "\x00event" && l.Props["role"] == "leader"
		}) {
			for _, m := range ms {
				if m.id() == x.To && m.Kind != kg.Country {
					rel(m, "visitor", 0.55)
				}
			}
		}
	}
	// sites: bodies a delegation visited or toured after its arrival; a body a place
	// visited houses ("the X Base, home to units of Y"), or one that made or ran what
	// was seen ("a mural by Y"), was not itself the site
	if loc := sitesRe.FindStringIndex(sent); loc != nil && !first {
		// another's visit ("Public Affairs visited ..."): an office or body named as the
		// subject, no person and no title among its words, saw its own site
		if sub := officeSubject.FindStringIndex(sent[:loc[0]]); sub != nil && !slices.ContainsFunc(ms, func(m Mention) bool {
			return off(m) < sub[1] && off(m)+len(m.Text) > sub[0] && m.Kind == kg.Person
		}) && !slices.ContainsFunc(strings.Fields(sent[sub[0]:sub[1]]), func(w string) bool {
			lw := strings.ToLower(w)
			return titleWords[lw] || lw == "the" || lw == "she" || lw == "he" || lw == "they" || lw == "we"
		}) {
			return
		}
		for _, m := range ms {
			if (m.Kind == kg.Organization || m.Kind == kg.Company) && off(m) > loc[1] && !housedAt.MatchString(sent[loc[1]:off(m)]) && !agentBefore.MatchString(sent[:off(m)]) && !backerAfter.MatchString(sent[m.bEnd-s[0]:]) {
				f.add(Fact{From: "\x00event", Type: kg.VisitedSite, To: m.id(), Evidence: f.evidence(s), Confidence: 0.55})
			}
		}
		return
	}
	// host: the place visited; visitor: the person who visits it
	if loc := visitToRe.FindStringIndex(sent); loc != nil {
		var who *Mention
		for i := range ms {
			if ms[i].Kind == kg.Person && off(ms[i]) < loc[0] {
				who = &ms[i]
			}
		}
		// "with his visit to Shimoda, Ambassador Roos has ...", "Visiting Cairo for two
		// days, Lord A met ...": the person after
		// ("During a two-day visit to Sohar, Ambassador X ...": the phrase opens the
		// sentence, its subject after the comma)
		if opening := strings.TrimSpace(sent[:loc[0]]) == "" || visitPhrase.MatchString(sent[:loc[0]]); who == nil && (possessiveBefore.MatchString(sent[:loc[0]]) || opening) {
			for i := range ms {
				// (after an opening participle, the subject after its phrase's comma)
				if ms[i].Kind == kg.Person && off(ms[i]) > loc[1] && (!opening || afterComma.MatchString(sent[:off(ms[i])])) {
					who = &ms[i]
					break
				}
			}
		}
		if who != nil {
			rel(*who, "visitor", 0.6)
		}
		for _, m := range ms {
			// a body visited is a site seen, not a host ("visited the ... International
			// Center", "a visit to Kumamoto Castle")
			// a country visited is the place visited: a place named later in the
			// sentence is no host ("a visit to Armenia ... the conflict in X")
			if m.Kind == kg.Country && off(m) >= loc[1] && strings.TrimSpace(sent[loc[1]:off(m)]) == "" {
				break
			}
			if (m.Kind == kg.Organization || m.Kind == kg.Company) && backerAfter.MatchString(sent[m.bEnd-s[0]:]) {
				continue // neither the site nor the host
			}
			if m.Kind == kg.Organization && off(m) > loc[1] && !housedAt.MatchString(sent[loc[1]:off(m)]) && !agentBefore.MatchString(sent[:off(m)]) {
				f.add(Fact{From: "\x00event", Type: kg.VisitedSite, To: m.id(), Evidence: f.evidence(s), Confidence: 0.55})
				break
			}
			if (isPlace(m.Kind) || m.Kind == kg.Organization) && off(m) > loc[1] {
				rel(m, "host", 0.6)
				if isPlace(m.Kind) && !slices.ContainsFunc(f.facts, func(x Fact) bool { return x.Type == kg.HeldIn }) && !f.countriesToured(s[0]) {
					f.add(Fact{From: "\x00event", Type: kg.HeldIn, To: m.id(), Evidence: f.evidence(s), Confidence: 0.6})
				}
				break
			}
		}
	}
	// met: who met (hosts) and whom (visitors); called on: the reverse. Where the one
	// who met is the visitor already ("during his visit, he met with ..."), those met
	// are the hosts.
	if loc := metRe.FindStringIndex(sent); loc != nil {
		// (an outlet that reports the meeting takes no part: "Tidewire reported that
		// the Ambassador met ...")
		party := func(m Mention) bool {
			return (m.Kind == kg.Person || m.Kind == kg.Consulate || m.Kind == kg.Organization) &&
				!(m.Kind == kg.Organization && reporterRe.MatchString(sent[m.bEnd-s[0]:]))
		}
		visiting := func(id string) bool {
			return slices.ContainsFunc(f.facts, func(x Fact) bool {
				return x.To == "\x00event" && (x.Props["role"] == "visitor" || x.Props["role"] == "leader") && (id == "" || x.From == id)
			})
		}
		before := -1 // the one who met: the last named before "met"
		for i, m := range ms {
			if party(m) && off(m) < loc[0] {
				before = i
			}
		}
		// "The Ambassador traveled to Osaka, where she met with ...": one who travelled
		// met them, named or not
		reverse := before < 0 && (visiting("") || visitToRe.MatchString(sent[:loc[0]]) || pronounSubjectRe.MatchString(sent[:loc[0]])) ||
			before >= 0 && visiting(ms[before].id())
		neutral := !reverse && neutralGroundRe.MatchString(sent[loc[1]:])
		for _, m := range ms {
			// "Meeting with X, Y discussed ...": the participle's subject, named after
			// the phrase and before its verb, is the one who met
			if loc[0] == 0 && m.Kind == kg.Person && off(m) > loc[1] && afterComma.MatchString(sent[:off(m)]) &&
				lowerVerbAfter.MatchString(sent[m.bEnd-s[0]:]) {
				rel(m, "visitor", 0.55)
				continue
			}
			// one named in a phrase before the clause takes no part ("In addition to
			// the Panel, she met with ...")
			if party(m) && !(off(m) < loc[0] && afterPreposition(sent[:off(m)]) && strings.Contains(sent[off(m):loc[0]], ",")) {
				switch {
				case off(m) < loc[0] && reverse:
					rel(m, "visitor", 0.55)
				case off(m) < loc[0] && neutral:
					rel(m, "met", 0.5)
				case off(m) < loc[0]:
					rel(m, "host", 0.55)
				case reverse && m.Kind == kg.Person && off(m) > loc[1] && strings.Contains(sent[loc[1]:off(m)], "alongside"):
					// those "alongside" whom one met others went with the meeting;
					// the text makes them neither hosts nor visitors
				case reverse && m.Kind == kg.Person:
					// the bodies one who travelled met (a chamber, a school) are
					// neither hosts nor visitors: the text says no more
					rel(m, "host", 0.55)
				case reverse:
				case m.Kind != kg.Organization && neutral:
					rel(m, "met", 0.5)
				case m.Kind == kg.Consulate && visitToRe.MatchString(sent):
					// a mission a body met during a visit to a place ("a delegation of
					// the X League in a meeting with officers of the Y Embassy during
					// their visit to Z") is at home there: it hosts
					rel(m, "host", 0.55)
				case m.Kind != kg.Organization:
					rel(m, "visitor", 0.55)
				}
			}
		}
	}
	if loc := calledRe.FindStringIndex(sent); loc != nil {
		for _, m := range ms {
			if m.Kind == kg.Person {
				if off(m) < loc[0] {
					rel(m, "visitor", 0.55)
				} else {
					rel(m, "host", 0.55)
				}
			}
		}
	}
}

// reporterRe follows a name that reports what the sentence tells ("Tidewire and Ostpost
// reported", "Tidewire filed a report").
var reporterRe = regexp.MustCompile(`^(?: and [A-Z][\p{L}]+)? (?:also )?(?:reported|reports|quoted|filed|wrote|said|says)\b`)

// pronounSubjectRe is a sentence opened by a pronoun as the one who met: in a mission's
// news the one it reports on, who travelled, so those met host.
var pronounSubjectRe = regexp.MustCompile(`^\s*(?:He|She|They|We)\s+(?:also\s+|then\s+|later\s+)?$`)

// chairRe: those named before it lead the meeting ("X and Y will co-chair the
// Dialogue").
var chairRe = regexp.MustCompile(`(?i)\b(?:co-?chairs?|co-?chaired|chairs|chaired|will (?:co-?)?chair|presides? over|presided over)\b (?:the|this|a)\b`)

// chairs makes the people who chair the reported meeting its leaders, not visitors.
func (f *factBuilder) chairs(s [2]int) {
	loc := chairRe.FindStringIndex(f.c.text[s[0]:s[1]])
	if loc == nil || len(f.events) == 0 {
		return
	}
	for _, m := range f.in(s) {
		if m.Kind != kg.Person || m.bStart-s[0] > loc[0] {
			continue
		}
		f.facts = slices.DeleteFunc(f.facts, func(x Fact) bool {
			return x.From == m.id() && x.To == "\x00event" && x.Props["role"] == "visitor"
		})
		f.add(Fact{From: m.id(), Type: kg.ParticipatedIn, To: "\x00event", Props: map[string]any{"role": "leader"},
			Evidence: f.evidence(s), Confidence: 0.6})
	}
}

// housedAt finds the words that say a place visited houses a body named after them.
var housedAt = regexp.MustCompile(`\b(?:home to|home of|which houses|housing)\b`)

// officeSubject: two capitalised words or more right before the verb, its subject.
var officeSubject = regexp.MustCompile(`(?:^|[^\p{L}])(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)+) (?:also )?$`)

// backerAfter: a body named in a backer's compound ("a Velco-funded farm"), before its
// partner or staff ("visited Velco partner Ann Kell") or as the owner of a named place
// ("toured Velco’s Tamsa Plant", "the Velco potato chip factory") paid for, worked
// with or owns what was seen; it was not itself the site.
var backerAfter = regexp.MustCompile(`^(?:-(?:funded|supported|backed|sponsored|financed)\b| (?:partners?|grantees?|staff|officials?|beneficiar(?:y|ies))\b|['’]s \p{Lu}|(?:['’]s)? (?:[a-z]+ (?:and )?){0,4}?` + worksNoun + `\b)`)

// agentBefore ends the words before a body that made or ran something ("painted by "),
// or that a programme seen is funded through ("support through the Agency").
var agentBefore = regexp.MustCompile(`\b(?:by|through) (?:the )?$`)
