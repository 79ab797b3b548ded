package ingest

import (
	"regexp"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
)

// federalOpener is the United States' short form before a space and a capitalised word
// ("U.S. Congress", "U.S. Customs and Border Protection").
var federalOpener = regexp.MustCompile(`\bU\.S\. \p{Lu}`)

// notFederal are first words after "U.S." that open no body the graph lacks: missions
// and the government are the linker's or the country, "Virgin Islands" a place, a
// holiday no body.
var notFederal = set("embassy", "embassies", "consulate", "consulates", "mission", "government", "state", "states", "virgin",
	"independence", "department", "citizens", "citizen", "companies", "company", "firms", "officials", "delegation",
	"side", "team", "president", "administration", "flag", "dollar", "dollars", "national", "nationals", "exports", "imports", "trade")

// federalBodies proposes a body named by "U.S." and capitalised words no title, mission
// or place opens ("U.S. Pacific Fleet Commander ...": the fleet, up to the title or a
// commander's rank), the
// country's short form part of its name, where no mention covers any of its words.
func (p *proposer) federalBodies(ms []Mention) []Mention {
	text, toks := p.c.text, p.c.toks
	for _, a := range federalOpener.FindAllStringIndex(text, -1) {
		s := a[0]
		i := tokenAt(toks, a[1]-1)
		if i < 0 {
			continue
		}
		j := i
		for j < len(toks) && toks[j].sentence == toks[i].sentence {
			w := strings.ToLower(toks[j].text)
			if isNameWord(toks[j].text) && !titleWords[w] && w != "commander" && (j == i || onlySpace(text[toks[j-1].end:toks[j].start])) {
				j++
				continue
			}
			// "Customs and Border Protection", "Centers for Disease Control"
			if j > i && (w == "and" || w == "for" || w == "of") && j+1 < len(toks) && isNameWord(toks[j+1].text) && !titleWords[strings.ToLower(toks[j+1].text)] &&
				onlySpace(text[toks[j-1].end:toks[j].start]) && onlySpace(text[toks[j].end:toks[j+1].start]) {
				j++
				continue
			}
			break
		}
		if j == i || notFederal[strings.ToLower(possessive(toks[i].text))] || titleWords[strings.ToLower(toks[i].text)] || demonyms[strings.ToLower(toks[i].text)] != "" {
			continue
		}
		// a body's head ends it ("Congress", "Pacific Fleet", "Commercial Service"); a
		// headline's title case and a compound ("U.S. Government-funded") name none, but a
		// force word alone after "U.S." ("by the U.S. Army") is a force in any line
		last := strings.ToLower(possessive(toks[j-1].text))
		force := j == i+1 && armedForces[last] || j == i+2 && last == "force" && strings.EqualFold(toks[i].text, "air")
		if !federalHeads[last] && !orgHeads[last] || !force && !strings.Contains(text[:s], "\n") ||
			strings.HasPrefix(text[toks[j-1].end:], "-") {
			continue
		}
		e := headEnd(toks[j-1])
		if k := coveringMention(ms, toks[i].start, e); k >= 0 || headKind(toks[i:j]) == kg.Event || strings.EqualFold(toks[j-1].text, "day") {
			continue
		}
		ms = p.add(ms, kg.Organization, s, e, 0.5)
		if force {
			ms = p.laterForces(ms, toks[i:j], e, text[s:e])
		}
	}
	return ms
}

// laterForces proposes "the Marines" after "U.S. Marines" as that service: the genre
// drops the short form once the service is named ("the Army" later in the text).
func (p *proposer) laterForces(ms []Mention, words []token, after int, name string) []Mention {
	text := p.c.text
	var bare []string
	for _, w := range words {
		bare = append(bare, regexp.QuoteMeta(w.text))
	}
	re := regexp.MustCompile(`\b[Tt]he (` + strings.Join(bare, " ") + `)\b`)
	for _, m := range re.FindAllStringSubmatchIndex(text[after:], -1) {
		s, e := after+m[2], after+m[3]
		if coveringMention(ms, s, e) >= 0 {
			continue
		}
		ms = p.addNamed(ms, kg.Organization, s, e, name, 0.5)
	}
	return ms
}

// federalHeads end the names of federal bodies the genre names with "U.S." before them,
// beside orgHeads.
var federalHeads = set("congress", "fleet", "service", "protection", "prevention", "command", "corps", "guard", "senate", "marines")

// armedForces name a country's armed service by one word after its short form
// ("U.S. Army", "U.S. Marines").
var armedForces = set("army", "navy", "marines")

// tokenAt returns the index of the token starting at byte at, or -1.
func tokenAt(toks []token, at int) int {
	for i, t := range toks {
		if t.start == at {
			return i
		}
	}
	return -1
}
