package ingest

import (
	"regexp"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
)

var (
	// pressApposition: a name the text calls a news outlet or a young firm in
	// apposition ("Tidewire, a regional TV network", "eZeitung, the school's online
	// newspaper", "Ostbrut, a startup incubator"); the name may open in lower case, as a
	// brand's does.
	pressApposition = regexp.MustCompile(`(?:^|[^\p{L}\p{N}])((?:[A-Z]|[a-z][A-Z])[\p{L}\p{N}&.\-]*(?: [A-Z][\p{L}\p{N}&.\-]*){0,3}), (?:a|an|the) (?:[\p{L}\-’']+ ){0,4}?(network|newspaper|paper|broadcaster|channel|station|agency|daily|weekly|magazine|startup|start-up|incubator|accelerator)\b`)
	// pressSubject: a name that opens its sentence and reports ("Tidewire reported",
	// "Tidewire and Ostpost reported", "Tidewire filed a similar report"); mediaCues
	// skips a sentence's first word, which may be any capitalised word.
	pressSubject = regexp.MustCompile(`([A-Z][\p{L}]+)(?: and ([A-Z][\p{L}]+))? (?:also )?(?:reported|quoted|filed an? (?:[\p{L}]+ )?report)\b`)
)

// reportingNouns are plural nouns a sentence opens with before a press verb
// ("Officials reported"), no outlet's name.
var reportingNouns = set("officials", "media", "police", "witnesses", "reports", "sources", "analysts", "observers",
	"residents", "authorities", "newspapers", "papers", "outlets", "critics", "experts", "participants", "organizers",
	"organisers", "students", "journalists", "reporters", "others", "many", "some", "several", "both", "local", "state",
	"national", "foreign", "japanese", "chinese", "korean")

// pressNames proposes the news outlets and young firms the text names by apposition,
// and the outlets that open a sentence as a press verb's subject.
func (p *proposer) pressNames(ms []Mention) []Mention {
	text := p.c.text
	plain := func(w string) bool {
		lw := strings.ToLower(w)
		return !(commonCapitalised[lw] || notInNames[lw] || titleWords[lw] || connectors[lw] || determiners[lw] ||
			reportingNouns[lw] || demonyms[lw] != "" || months[lw] > 0 ||
			// (a brand that opens in lower case is itself a word in lower case)
			isCapitalized(w) && p.c.lower[FoldName(w)])
	}
	for _, a := range pressApposition.FindAllStringSubmatchIndex(text, -1) {
		s, e := a[2], a[3]
		ws := strings.Fields(text[s:e])
		// (a sentence's opening word belongs to no name: "The", "This")
		if !plain(ws[0]) || p.covered(ms, s, e) || len(p.g.entriesNamed(text[s:e])) > 0 {
			continue
		}
		kind := kg.Organization
		if w := text[a[4]:a[5]]; w == "startup" || w == "start-up" {
			kind = kg.Company
		}
		ms = p.add(ms, kind, s, e, 0.5)
	}
	for _, a := range pressSubject.FindAllStringSubmatchIndex(text, -1) {
		if !p.sentenceStart(a[2]) {
			continue // mediaCues reads these
		}
		for g := 2; g+1 < len(a); g += 2 {
			s, e := a[g], a[g+1]
			if s < 0 || !plain(text[s:e]) || p.covered(ms, s, e) || len(p.g.entriesNamed(text[s:e])) > 0 {
				continue
			}
			ms = p.add(ms, kg.Organization, s, e, 0.5)
		}
	}
	return ms
}
