package ingest

import "strings"

// Spanish-speaking countries write a degree's style before the name of its holder
// ("Lic. Ana Ruiz", a licentiate; "Ing.", an engineer; "Arq.", an architect), after
// the office ("Presidente Municipal Lic. Ana Ruiz"): like "Dr." they are titles, never
// part of the name. The list is the class of such abbreviated styles, masculine and
// feminine, with the offices English texts leave untranslated before a name
// ("Presidente Municipal", "Alcalde", "Intendente"). "Don" and "Doña" are left out: Don
// is an English given name too. A legislature's presiding officer ("Speaker Ana Ruiz")
// is named before the holder the same way.
var spanishStyles = []string{"lic", "licda", "licdo", "ing", "inga", "arq", "dra", "mtro", "mtra", "profr", "profra",
	"abog", "sra", "srta", "presidente", "presidenta", "alcalde", "alcaldesa", "gobernador", "gobernadora",
	"intendente", "intendenta", "regidor", "regidora", "diputado", "diputada", "senador", "senadora", "síndico",
	"síndica", "speaker"}

// spanishAbbreviations are the styles above written abbreviated, whose full stop
// ends no sentence ("Lic. Ana Ruiz").
var spanishAbbreviations = []string{"lic", "licda", "licdo", "ing", "inga", "arq", "dra", "mtro", "mtra", "profr", "profra",
	"abog", "sra", "srta"}

func init() {
	for _, w := range spanishStyles {
		titleWords[w] = true
	}
	for _, w := range spanishAbbreviations {
		notEnds[w] = true
	}
}

// abbreviatedTitleBefore reports whether a title abbreviated with a full stop that
// ends no sentence stands right before token i ("Dr. Ana Ruiz", "Lic. Ana Ruiz"): the
// name after it is titled, as after a title written in full.
func (p *proposer) abbreviatedTitleBefore(i int) bool {
	toks := p.c.toks
	if i == 0 || i >= len(toks) || toks[i-1].sentence != toks[i].sentence {
		return false
	}
	return titleWords[strings.ToLower(toks[i-1].text)] && notEnds[strings.ToLower(toks[i-1].text)] &&
		strings.TrimSpace(p.c.text[toks[i-1].end:toks[i].start]) == "."
}
