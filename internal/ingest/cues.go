package ingest

import (
	"regexp"
	"slices"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
)

// The cues below name a new entity by the words around it, where its own words (no
// head such as "Association", no title) say nothing of its kind.
var (
	// reportedBy: a body named by its acronym reports ("NHK reported online").
	reportedBy = regexp.MustCompile(`\b([A-Z][A-Z0-9]{1,5})\s+(?:also\s+)?(?:reported|reports|said|says|quoted|quotes|announced|wrote|broadcast|aired)\b`)
	// edition: a paper's edition, named by its possessive, and the region it covers
	// ("Mainichi’s Kyushu edition").
	edition = regexp.MustCompile(`\b([A-Z][\p{L}]+)['’]s\s+((?:[\p{L}]+\s+){0,2}?)(?:morning\s+|evening\s+|online\s+|print\s+)?(?:edition|editorial)\b`)
	// kinship: a relative in apposition is a person ("his wife, Susie").
	kinship = regexp.MustCompile(`\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ww]hose) (?:wife|husband|spouse|son|daughter|mother|father|brother|sister|partner),? ([A-Z][\p{L}]+(?: [A-Z][\p{L}]+){0,2})\b`)
	// officeOf: a body whose head the text writes in lowercase ("the office of Global
	// Intergovernmental Affairs").
	officeOf = regexp.MustCompile(`\bthe ((?:office|bureau|department|ministry|commission|agency) of [A-Z][\p{L}]+(?: (?:and |for |of (?:the )?)?[A-Z][\p{L}]+)*)`)
	// regionNoun: a name before a region's noun in lowercase ("the Tohoku region").
	regionNoun = regexp.MustCompile(`\b([A-Z][\p{L}]+(?: [A-Z][\p{L}]+)?) (?:region|prefecture|province)\b`)
	// companyNoun: a name before a company's noun in lowercase ("the Acme company").
	companyNoun = regexp.MustCompile(`\b([A-Z][\p{L}&]+(?: [A-Z][\p{L}&]+)?) (?:company|firm|corporation)\b`)
	// acronymTitle: capitals before an office name the body it is held at ("FCO
	// Minister for Asia").
	acronymTitle = regexp.MustCompile(`\b([A-Z]{3,6}) (?:Minister|Secretary|Director|Spokesperson|Spokesman|Chairman|Chairwoman|Chair|President)\b`)
	// nounCompany: a name after a company's noun in lowercase ("American company LP
	// Amina is working").
	nounCompany = regexp.MustCompile(`\b(?:company|firm) ([A-Z][\p{L}&]+(?: [A-Z][\p{L}&]+)?)\b`)
	// viaPlatform: a one-word name a message goes out through ("a web chat via
	// Facebook", "photos were shared on Instagram."), a platform, and so a company;
	// after "on" only where something is posted and the clause ends ("on Migrants and
	// Tourists" names a topic, "travelled on Monday" a day, "focused on Borneo." a place).
	viaPlatform = regexp.MustCompile(`\bvia ([A-Z][\p{L}]+)(?:[.,;:)]|\s+[a-z]|\s*\n|$)|\b(?:posted|shared|streamed|livestreamed|published|broadcast|uploaded|announced|followers|chat|questions|videos?|photos?|messages?|updates?)\b[^.;\n]{0,40}?\bon ([A-Z][\p{L}]+)(?:[.,;:)]|\s*\n|$)`)
	// mediaOwner: a name whose paper, site or channel the text speaks of ("Dan Tri's
	// online newspaper", "the Acme website"), its publisher, a company.
	mediaOwner = regexp.MustCompile(`\b([A-Z][\p{L}]+(?: [A-Z][\p{L}]+){0,2})(?:['’]s)? (?:(?:online|daily|weekly|official|news) )?(?:newspaper|website|web site|news site|TV channel|channel|app|platform|magazine|broadcaster|page|account|feed)\b`)
	// reportedByName: a name of one or two words that reports ("Yonhap reported"), a
	// news body;
	// "said" is left out: a surname says things too.
	reportedByName = regexp.MustCompile(`\b([A-Z][\p{L}]+(?: [A-Z][\p{L}]+)?) (?:also )?(?:reported|reports|quoted|broadcast|aired)\b`)
	// productMaker: a name of one or two words before a product's noun in lowercase
	// makes it ("doses of Acme vaccines", "Johan Berg tractors"), a company, though its
	// words may be shaped like a person's.
	productMaker = regexp.MustCompile(`\b([A-Z][\p{L}&]+(?: [A-Z][\p{L}&]+)?)` + productAfter.String()[1:])
	// described: a name followed by a demonym in apposition is a person's ("Sara Brown,
	// an American working as ...").
	described = regexp.MustCompile(`^,\s+(?:a|an)\s+([A-Z][\p{L}]+)\b(?:\s+([\p{L}]+))?`)
)

// cues proposes what the patterns above find and no mention covers.
func (p *proposer) cues(ms []Mention) []Mention {
	text := p.c.text
	free := func(s, e int) bool {
		return coveringMention(ms, s, e) < 0
	}
	for _, m := range reportedBy.FindAllStringSubmatchIndex(text, -1) {
		// one the text defines in brackets, or the initials of a body named before, is
		// that body's (acronyms, coreference)
		acr := text[m[2]:m[3]]
		if s, e := m[2], m[3]; free(s, e) && abbreviations[acr] == "" && !strings.Contains(text, "("+acr+")") &&
			!slices.ContainsFunc(ms, func(x Mention) bool {
				return x.bEnd <= s && (x.Kind == kg.Organization || x.Kind == kg.Company) && initials(x.Text) == acr
			}) {
			ms = p.add(ms, kg.Organization, s, e, 0.5)
		}
	}
	for _, m := range edition.FindAllStringSubmatchIndex(text, -1) {
		s, e := m[2], m[3]
		if lw := strings.ToLower(text[s:e]); free(s, e) && !commonCapitalised[lw] && !notInNames[lw] && !titleWords[lw] {
			ms = p.add(ms, kg.Organization, s, e, 0.5)
		}
		// the one capitalised word between the paper and its edition, unknown, is the
		// region it covers
		words := wordRe.FindAllStringIndex(text[m[4]:m[5]], -1)
		if len(words) == 1 {
			ws, we := m[4]+words[0][0], m[4]+words[0][1]
			if w := text[ws:we]; isNameWord(w) && free(ws, we) && demonyms[strings.ToLower(w)] == "" && !commonCapitalised[strings.ToLower(w)] {
				ms = p.add(ms, kg.Region, ws, we, 0.5)
			}
		}
	}
	for _, m := range acronymTitle.FindAllStringSubmatchIndex(text, -1) {
		if s, e := m[2], m[3]; free(s, e) && !titleWords[strings.ToLower(text[s:e])] {
			ms = p.add(ms, kg.Organization, s, e, 0.5)
		}
	}
	for _, m := range kinship.FindAllStringSubmatchIndex(text, -1) {
		if s, e := m[2], m[3]; free(s, e) && !slices.ContainsFunc(strings.Fields(text[s:e]), func(w string) bool {
			lw := strings.ToLower(w)
			return notInNames[lw] || titleWords[lw] || commonCapitalised[lw]
		}) {
			ms = p.add(ms, kg.Person, s, e, 0.5)
		}
	}
	for _, m := range officeOf.FindAllStringSubmatchIndex(text, -1) {
		s, e := m[2], m[3]
		// its words name a field ("Affairs", "Global"), not a person ("the office of
		// John Smith")
		name := wordRe.FindAllString(text[s:e], -1)
		if slices.ContainsFunc(name[2:], func(w string) bool { return titleWords[strings.ToLower(w)] }) ||
			!slices.ContainsFunc(name[2:], func(w string) bool { return commonCapitalised[strings.ToLower(w)] || notInNames[strings.ToLower(w)] }) ||
			slices.ContainsFunc(ms, func(x Mention) bool { return x.bStart < e && s < x.bEnd && (x.Entity == nil || !isPlace(x.Kind)) }) {
			continue
		}
		ms = p.add(ms, kg.Organization, s, e, 0.5)
	}
	ms = p.patternCues(ms, []patternCue{{kg.Region, regionNoun, false}}, func(s, e int) bool {
		// (an acronym the text never defines, "the MENA region", names a world region,
		// not a new place; nor does the second half of a hyphened name, "the
		// Indo-Pacific region")
		return !free(s, e) || p.wideArea(p.c.text[s:e]) || s > 0 && p.c.text[s-1] == '-' || isUpperWord(p.c.text[s:e]) && !strings.Contains(p.c.text, "("+p.c.text[s:e]+")")
	})
	ms = p.patternCues(ms, []patternCue{{kg.Company, companyNoun, false}, {kg.Company, nounCompany, false}, {kg.Company, productMaker, false}}, func(s, e int) bool {
		return !free(s, e)
	})
	ms = p.mediaCues(ms, free)
	return p.pairedRegions(ms)
}

// pairedRegions proposes the unknown places of a "from X to Y" series as regions when
// the series pairs a region the graph knows ("From Hokkaido to Okinawa, from the
// Kansai to the Kanto").
func (p *proposer) pairedRegions(ms []Mention) []Mention {
	type side struct{ s, e int }
	bySentence := map[int][]side{}
	for _, m := range fromTo.FindAllStringSubmatchIndex(p.c.text, -1) {
		si := p.sentenceAt(m[0])
		bySentence[si] = append(bySentence[si], side{m[2], m[3]}, side{m[4], m[5]})
	}
	for _, sides := range bySentence {
		region := slices.ContainsFunc(sides, func(x side) bool {
			return slices.ContainsFunc(ms, func(m Mention) bool { return m.bStart == x.s && m.Entity != nil && m.Kind == kg.Region })
		})
		if !region {
			continue
		}
		for _, x := range sides {
			lw := strings.ToLower(p.c.text[x.s:x.e])
			if slices.ContainsFunc(ms, func(m Mention) bool { return m.bStart < x.e && x.s < m.bEnd }) || commonCapitalised[lw] || p.c.lower[lw] {
				continue
			}
			ms = p.add(ms, kg.Region, x.s, x.e, 0.5)
		}
	}
	return ms
}

func (p *proposer) sentenceAt(b int) int {
	for i, s := range p.c.sents {
		if b >= s[0] && b < s[1] {
			return i
		}
	}
	return -1
}

// describedAsPerson reports whether a demonym in apposition follows the name ("Sara
// Brown, an American ...").
func (p *proposer) describedAsPerson(seg run) bool {
	rest := p.c.text[p.c.toks[seg.to-1].end:]
	if m := described.FindStringSubmatch(rest); m != nil && demonyms[strings.ToLower(m[1])] != "" && !bodyNouns[strings.ToLower(m[2])] {
		return true
	}
	if m := servesAs.FindStringSubmatch(rest); m != nil && (titleWords[strings.ToLower(m[1])] || titleWords[strings.ToLower(m[2])]) {
		return true
	}
	return describedByRole.MatchString(rest) || officeAfter.MatchString(rest)
}

// servesAs: a name followed by the office its bearer holds ("Tora Lind serves as
// Deputy Minister"): only a person serves as one.
var servesAs = regexp.MustCompile(`^\s+(?:serves|served|will serve|is serving|has served|was appointed|was named)\s+as\s+(?:the\s+|an?\s+)?(\p{Lu}\p{L}*)(?:\s+(\p{Lu}\p{L}*))?`)

// describedByRole: a name followed by what its bearer does ("Kim Min-jung, a researcher
// at the Institute").
var describedByRole = regexp.MustCompile(`^,\s+(?:a|an|the)\s+(?:[a-z]+\s+)?(?:researcher|professor|student|official|spokesperson|spokesman|spokeswoman|adviser|advisor|expert|teacher|lecturer|engineer|scientist|journalist|reporter|resident|entrepreneur|farmer|activist|artist|economist|analyst|volunteer|graduate|alumnus|alumna|veteran|diplomat|lawyer|doctor|nurse|architect|historian|curator|founder|co-founder|owner|chef|athlete|coach|poet|writer|author)\b`)

// bodyNouns after a demonym describe a body, not a person ("an American company").
var bodyNouns = set("company", "firm", "corporation", "conglomerate", "manufacturer", "bank", "organization",
	"organisation", "nonprofit", "group", "university", "city", "town", "newspaper", "broadcaster", "agency", "airline")

// repeats links a later bare word that is the whole name of a one-word body, place or
// person proposed earlier ("Sankei quoted ...") or a place's, said earlier too, and a person's full name said again,
// earlier too (a standfirst naming one the body shows to be a person).
// beforeCommonNoun: a lowercase noun follows ("Velmar residents").
var beforeCommonNoun = regexp.MustCompile(`^ \p{Ll}+\b`)

func (p *proposer) repeats(ms []Mention) []Mention {
	ms = p.spellingRepeats(p.tailRepeats(ms))
	for _, pr := range p.props {
		if pr.kind == kg.Person && len(strings.Fields(pr.name)) >= 2 {
			ms = p.styledSurname(p.fullNameRepeats(ms, pr), pr)
			continue
		}
		if strings.Contains(pr.name, " ") || pr.kind == kg.Person {
			continue
		}
		for _, t := range p.c.toks {
			w := possessive(t.text)
			// a place's name said before the cue that proposed it, qualifying a common
			// noun, is that place too ("Velmar residents ... in Velmar"; not "Asia-Velmar"
			// or "Velmar Ren", another name)
			before := t.start < pr.first && (pr.kind == kg.City || pr.kind == kg.Region) && beforeCommonNoun.MatchString(p.c.text[t.start+len(w):]) &&
				(t.start == 0 || p.c.text[t.start-1] != '-')
			if w != pr.name || t.start <= pr.first && !before || slices.ContainsFunc(ms, func(m Mention) bool { return m.bStart < t.end && t.start < m.bEnd }) {
				continue
			}
			ms = p.addNamed(ms, pr.kind, t.start, t.start+len(w), pr.name, 0.5)
		}
	}
	return ms
}

// fullNameRepeats proposes every other whole-word occurrence of a person's full name
// that no mention covers.
func (p *proposer) fullNameRepeats(ms []Mention, pr *proposal) []Mention {
	// a proposal whose mention a longer name took is no one's
	if !slices.ContainsFunc(ms, func(m Mention) bool { return m.Proposed != nil && *m.Proposed == pr.id }) {
		return ms
	}
	re := regexp.MustCompile(`\b` + regexp.QuoteMeta(pr.name) + `\b`)
	for _, m := range re.FindAllStringIndex(p.c.text, -1) {
		if slices.ContainsFunc(ms, func(o Mention) bool { return o.bStart < m[1] && m[0] < o.bEnd }) {
			continue
		}
		ms = p.addNamed(ms, kg.Person, m[0], m[1], pr.name, 0.5)
	}
	return ms
}

// mediaCues proposes the platforms, publishers and news bodies viaPlatform, mediaOwner
// and reportedByName find: only a name that holds no head, no word in capitals, is no
// place or other name the graph knows, no month, and not the first word of its
// sentence.
func (p *proposer) mediaCues(ms []Mention, free func(s, e int) bool) []Mention {
	return p.patternCues(ms, []patternCue{{kg.Company, viaPlatform, false}, {kg.Company, handlePlatform, false}, {kg.Company, mediaOwner, true}, {kg.Organization, reportedByName, false}}, func(s, e int) bool {
		name := p.c.text[s:e]
		ws := strings.Fields(name)
		return !free(s, e) || p.sentenceStart(s) || months[strings.ToLower(name)] > 0 || len(p.g.entriesNamed(name)) > 0 ||
			slices.ContainsFunc(ws, func(w string) bool {
				lw := strings.ToLower(w)
				// a paper's common words are written in lowercase elsewhere too ("the news")
				lower := p.c.lower[FoldName(w)] && (w == ws[0] || !pressWords[lw])
				return lower || orgHeads[lw] || companyHeads[lw] || eventHeads[lw] || isUpperWord(w) || abstractNoun(lw)
			})
	})
}

// patternCue proposes what its pattern's first matching group holds, as kind.
type patternCue struct {
	kind kg.Kind
	re   *regexp.Regexp
	// press: the name may hold a paper's common words ("Evening News")
	press bool
}

// pressWords are common words a paper's or a channel's name may hold.
var pressWords = set("news", "daily", "evening", "morning", "weekly", "times", "post", "herald", "tribune", "gazette", "press", "world", "today", "journal")

// patternCues proposes the names the cues find, unless skip says no or a word of the
// name is common, a title, a connector, a demonym or written in lowercase elsewhere.
func (p *proposer) patternCues(ms []Mention, cues []patternCue, skip func(s, e int) bool) []Mention {
	text := p.c.text
	for _, c := range cues {
		for _, m := range c.re.FindAllStringSubmatchIndex(text, -1) {
			s, e := m[2], m[3]
			if s < 0 {
				s, e = m[4], m[5]
			}
			// a two-word match may open with its sentence's first word ("Later
			// Tidewire reported")
			if sp := strings.IndexByte(text[s:e], ' '); sp > 0 && p.sentenceStart(s) {
				s += sp + 1
			}
			if skip(s, e) || slices.ContainsFunc(strings.Fields(text[s:e]), func(w string) bool {
				lw := strings.ToLower(w)
				// a paper's name may hold common words after its first ("Manchester
				// Evening News")
				if c.press && pressWords[lw] && !strings.HasPrefix(text[s:e], w) {
					return false
				}
				return commonCapitalised[lw] || notInNames[lw] || titleWords[lw] || connectors[lw] || demonyms[lw] != "" || p.c.lower[lw]
			}) {
				continue
			}
			ms = p.add(ms, c.kind, s, e, 0.5)
		}
	}
	return ms
}
