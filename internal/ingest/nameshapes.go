package ingest

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/amity-graph/amity/internal/kg"
)

// Rules that read a name by its shape and setting (a wide area, an abbreviation, a
// handle, a headline, a style before a surname), each stated by its unit test in
// nameshapes_test.go.

// wideArea reports whether the text writes name as a wide geographic area, "the X"
// standing alone ("in the Arctic,", "the Sahel remains"): a region the conventions
// leave out, though "the X region" reads like "the Tohoku region", a region the text
// names alone without the article ("in Tohoku").
func (p *proposer) wideArea(name string) bool {
	re := regexp.MustCompile(`\b[Tt]he ` + regexp.QuoteMeta(name) + `(?:[,.;:)]|$| (?:is|was|will|would|can|could|has|had|have|continues?|remains?|may|must|and|or|to)\b)`)
	return re.MatchString(p.c.text)
}

// abbreviated reports whether a word is a month's or a state's abbreviation written
// with its period ("Jan.", "Colo."): a dateline's parts after a city, never a city.
// So is a professional style before a name ("Esc. Ana Lind").
func abbreviated(text string, t token) bool {
	return t.end < len(text) && text[t.end] == '.' && dotAbbreviations[strings.ToLower(t.text)] || honorificAbbreviation(text, t)
}

var dotAbbreviations = set(
	"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
	"ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "kans", "ky", "la", "md", "mass",
	"mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "va", "vt", "wash", "wis", "wyo",
	"alta", "ont", "que", "sask", "man",
)

// surnameOfNamed reports whether a word is the last word of a person's name the text
// gives ("Blinken" after "Antony Blinken"): that person again, not a place in a list.
func (p *proposer) surnameOfNamed(ms []Mention, w string) bool {
	return slices.ContainsFunc(ms, func(m Mention) bool {
		return m.Kind == kg.Person && strings.Contains(m.Text, " ") && FoldName(lastWord(m.Text)) == FoldName(w)
	})
}

// articleBefore reports whether "the" comes right before a would-be person's name ("for
// the Middle Class"): an article opens a thing's name or a class, not a person's.
func (p *proposer) articleBefore(seg run) bool {
	toks := p.c.toks
	return seg.from > 0 && strings.EqualFold(toks[seg.from-1].text, "the") && toks[seg.from-1].sentence == toks[seg.from].sentence
}

// clericStyles are a cleric's or a dignitary's styles before a person's name, no part of
// it ("the Monsignor Ana Ruiz", "the Reverend ...").
var clericStyles = set("monsignor", "reverend", "rev", "venerable", "honorable", "honourable", "hon", "rabbi", "imam", "father", "bishop", "archbishop", "cardinal",
	// Arabic honorifics ("Sheikh Ana Ruiz", later "Sheikh Ruiz")
	"sheikh", "shaikh", "sheik")

// handlePlatform: a name a social-media handle follows ("on Chirper: @cityhall", "on
// Chirper (@cityhall)") is the platform, a company.
var handlePlatform = regexp.MustCompile(`\bon ([A-Z][\p{L}]+)(?::\s*|\s+\(?)@\w`)

// handle reports whether a word is a social-media handle ("@cityhall"), no body's name.
func handle(text string, t token) bool {
	return t.start > 0 && (text[t.start-1] == '@' || text[t.start-1] == '#')
}

// headlinePreps are prepositions and the infinitive's "to" as a title-case headline
// writes them; inside a name they are in lowercase ("Museum of Art"), so written in
// capitals after a name's first word they end it.
var headlinePreps = set("To", "At", "In", "On", "From", "With", "By", "Into", "Over", "Via")

// headlineVerb reports whether token i is the verb of a title-case headline's
// infinitive ("To Attend the ..."): right after a capitalised "To", a word that is no
// place the graph knows.
func (p *proposer) headlineVerb(i int) bool {
	toks := p.c.toks
	if i == 0 || toks[i-1].text != "To" || !isNameWord(toks[i].text) || toks[i-1].sentence != toks[i].sentence {
		return false
	}
	city, region := p.g.placeKinds(toks[i].text)
	return !city && !region
}

// styledSurname proposes a later word of a person's name said alone after a style or
// a title ("Monsignor Ruiz" after "Ana Ruiz Vidal", "Mayor Núñez" after "Luis Nuñez"):
// that person again, the words compared without their accents. A greeting may name
// the person so before the full name comes ("Governor Lind, ..." then "Governor Tora
// Lind"), so the word counts wherever it stands. A Spanish name's
// first surname is its second word, so any word after the first counts.
func (p *proposer) styledSurname(ms []Mention, pr *proposal) []Mention {
	ws := strings.Fields(FoldName(pr.name))
	toks := p.c.toks
	for i := 1; i < len(toks); i++ {
		t := toks[i]
		w := possessive(t.text)
		fw := FoldName(w)
		prev := strings.ToLower(toks[i-1].text)
		// (a word in lowercase is never the name: "the Ambassador said" after "Simai Said")
		if !slices.Contains(ws[1:], fw) || !isNameWord(w) || nameParticles[w] || !(clericStyles[prev] || titleWords[prev] || p.titleAcronym(toks[i-1].text)) ||
			i+1 < len(toks) && isNameWord(toks[i+1].text) && onlySpace(p.c.text[t.end:toks[i+1].start]) ||
			slices.ContainsFunc(ms, func(m Mention) bool { return m.bStart < t.end && t.start < m.bEnd }) {
			continue
		}
		ms = p.addNamed(ms, kg.Person, t.start, t.start+len(w), pr.name, 0.5)
	}
	return ms
}

// affiliatedGap reports whether text[from:to] is a listed person's affiliation and the
// list's joint ("Ana Ruiz from the Harbour School and ..."): "from", "of" or "at", one
// mention of a body or place, then "and" or a comma, so the next name is a person's
// too.
func (p *proposer) affiliatedGap(ms []Mention, from, to int) bool {
	m := affiliation.FindStringSubmatchIndex(p.c.text[from:to])
	if m == nil {
		return false
	}
	s, e := from+m[2], from+m[3]
	return slices.ContainsFunc(ms, func(x Mention) bool { return x.bStart == s && x.bEnd == e && x.Kind != kg.Person })
}

var affiliation = regexp.MustCompile(`^ (?:from|of|at) (?:the )?(\S.*?),? (?:and )?$`)

// capsLine reports whether the line holding byte at is written in capitals (a
// headline or a section's title: three words or more, no lowercase letter). Its words
// say nothing of their kind by their capitals, so capsRun reads it instead of the
// rules for runs of capitalised words.
func (p *proposer) capsLine(at int) bool {
	text := p.c.text
	s := strings.LastIndexByte(text[:at], '\n') + 1
	e := strings.IndexByte(text[at:], '\n')
	if e < 0 {
		e = len(text)
	} else {
		e += at
	}
	line := text[s:e]
	return len(wordRe.FindAllString(line, 4)) >= 3 && !strings.ContainsFunc(line, unicode.IsLower)
}

// capsRunIn reports whether run r is read by capsRun: it lies on a line in capitals,
// or it is two words or more all in capitals ("the U.S. CONFERENCE OF MAYORS").
func (p *proposer) capsRunIn(r run) bool {
	toks := p.c.toks
	if p.capsLine(toks[r.from].start) {
		return true
	}
	if r.to-r.from < 3 {
		return false
	}
	for _, t := range toks[r.from:r.to] {
		if !isUpperWord(t.text) {
			return false
		}
	}
	return true
}

// titleCased writes a name from a line in capitals as prose would ("U.S. CONFERENCE
// OF MAYORS": "U.S. Conference of Mayors"; "DEPT": "Department").
func titleCased(s string) string {
	ws := strings.Fields(s)
	for i, w := range ws {
		lw := strings.ToLower(w)
		switch {
		case lw == "dept" || lw == "dept.":
			ws[i] = "Department"
		case strings.Contains(w, "."):
		case i > 0 && connectors[lw]:
			ws[i] = lw
		default:
			r, n := utf8.DecodeRuneInString(lw)
			ws[i] = string(unicode.ToUpper(r)) + lw[n:]
		}
	}
	return strings.Join(ws, " ")
}

// capsRun proposes, in a run of a line in capitals, only what such a line can still
// show: a body or event the text names elsewhere in prose ("STATE DEPT" for the State
// Department), "State Department" itself, and a body of office holders ("CONFERENCE OF
// MAYORS", a country's short form before it kept). No person and no other body: a
// headline's words ("DEDICATED PROGRAM") are no names.
func (p *proposer) capsRun(ms []Mention, r run) []Mention {
	toks := p.c.toks
	text := p.c.text
	for i := r.from; i < r.to; i++ {
		if connectors[strings.ToLower(toks[i].text)] {
			continue
		}
		for j := min(r.to, i+7); j > i; j-- {
			s, e := toks[i].start, toks[j-1].end
			if e < len(text) && text[e] == '.' && strings.EqualFold(toks[j-1].text, "dept") {
				e++
			}
			name := titleCased(text[s:e])
			ws := strings.Fields(name)
			kind, full := kg.Kind(""), ""
			switch {
			case len(ws) == 2 && ws[0] == "State" && ws[1] == "Department":
				kind, full = kg.Organization, "Department of State"
			case len(ws) >= 3 && ws[len(ws)-2] == "of" && (orgHeads[strings.ToLower(ws[len(ws)-3])] || eventHeads[strings.ToLower(ws[len(ws)-3])]) &&
				p.ofMembers(j-1) && (len(ws) == 3 || len(ws) == 4 && abbrevRe.MatchString(ws[0])):
				kind, full = kg.Organization, name
				// with the country's short form before it, which the linker took
				// ("U.S. CONFERENCE OF MAYORS")
				if a := abbrevRe.FindAllStringIndex(text[:s], -1); len(a) > 0 && len(ws) == 3 && text[a[len(a)-1][1]:s] == " " {
					s = a[len(a)-1][0]
					full = titleCased(text[s:e])
				}
			default:
				for _, k := range []kg.Kind{kg.Organization, kg.Event, kg.Company} {
					if pr := p.find(k, name); pr != nil && len(ws) >= 2 {
						kind, full = k, pr.name
						break
					}
				}
			}
			if kind == "" {
				continue
			}
			ms = p.addNamed(ms, kind, s, e, full, 0.5)
			i = j - 1
			break
		}
	}
	return ms
}
