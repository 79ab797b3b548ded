package ingest

import (
	"regexp"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
)

// A place's name inside a longer name is a word of that name, not a mention of the place
// ("the Treaty of Alba", "Alba Business Week", "La Voz de Alba"). The longer name is the
// run of capitalised words around the place, joined by "of", "for", Romance connectives
// or a dash; it is a body's, programme's, treaty's, event's or company's name when one
// of its words is such a head. Without a head the run may still be a title ("Mayor of
// Alba"), a region's own name ("Province of Alba") or a list ("Alba and Bela"), so then
// only a Romance connective after a word that is neither a title nor a place's generic
// makes the run one name ("Juntos por Alba": in a Spanish or Portuguese text's name,
// "de" or "por" joins the name's own words, while an English text says "in" or "of").

// nameWord is a capitalised word or an initialism ("U.S.").
const nameWord = `(?:[A-Z][\p{L}’'-]*|[A-Z]\.(?:[A-Z]\.)+)`

var (
	// connectiveBefore ends in capitalised words and a connective right before a place: the
	// words are the name's start when one of them is a head.
	connectiveBefore = regexp.MustCompile(`((?:` + nameWord + `[ \t]+)*` + nameWord + `)[ \t]+(of|for|de|del|da|do|dos|das|di|por|para|pour)[ \t]+(?:(?:the|la|el|los|las|le|les|o|a)[ \t]+)?$`)
	// wordsAfter reads the capitalised words right after a place, a space or a dash
	// between.
	wordsAfter = regexp.MustCompile(`^(?:[ \t]*[–—][ \t]*|[ \t]+)((?:` + nameWord + `[ \t]+)*` + nameWord + `)`)
	// romanceJoin are the connectives that join a name's own words in Spanish, Portuguese,
	// Italian and French.
	romanceJoin = set("de", "del", "da", "do", "dos", "das", "di", "por", "para", "pour")
	// longNameHeads close the names of treaties, alliances and bases, besides the heads of
	// bodies, companies, events and programmes.
	longNameHeads = set("treaty", "agreement", "accord", "accords", "pact", "alliance", "base")
	// placeGenerics open a place's own name or a description of it ("Province of Alba",
	// "Ciudad de Alba"): no longer name.
	placeGenerics = set("province", "provincia", "state", "estado", "city", "ciudad", "cidade", "città", "ville", "region",
		"región", "região", "department", "departamento", "département", "municipality", "municipio", "município",
		"district", "distrito", "county", "prefecture", "oblast", "republic", "república", "kingdom", "island", "islands",
		"isla", "ilha", "governorate", "canton", "comune", "commune", "gulf", "bay", "port", "puerto", "porto", "san",
		"santa", "são", "santo", "mount", "lake", "río", "rio", "valle", "vale", "sierra", "serra", "cape", "cabo")
)

// isLongNameHead reports whether a word closes the name of a body, programme, treaty,
// event, company or facility. Government and the posts of a country abroad are left out:
// "the Government of Alba" and "the Embassy of Alba" speak of the place.
func isLongNameHead(w string) bool {
	w = strings.ToLower(strings.Trim(w, ".,"))
	switch w {
	case "government", "embassy", "consulate", "consulate-general", "international", "office", "ministry", "parliament", "assembly", "congress", "party":
		return false
	}
	return orgHeads[w] || companyHeads[w] || eventHeads[w] || programmeHeads[w] || longNameHeads[w]
}

// romanceAfter is a Romance connective and a capitalised word after a place's name:
// Portuguese, Spanish and Italian names run on so ("Vila do Conde"), and English prose
// never joins a place to what follows that way.
var romanceAfter = regexp.MustCompile(`^ (?:do|da|dos|das|del|della|di) \p{Lu}`)

// insideLongName reports whether the place mention m stands inside a longer name.
func insideLongName(text string, m Mention) bool {
	if m.Kind != kg.City && m.Kind != kg.Region && m.Kind != kg.Country {
		return false
	}
	if quotedSlogan(text, m) {
		return true
	}
	headline := headlineLine(text, m.bStart) // every word of a headline is capitalised
	if !headline && glossOfName(text, m) {
		return true
	}
	if w := wordsAfter.FindStringSubmatch(text[m.bEnd:]); !headline && w != nil && !articleWord[strings.Fields(w[1])[0]] && !sentenceStartWord(text, m.bStart) {
		fs := strings.Fields(w[1])
		for _, x := range fs {
			if isLongNameHead(x) {
				return true
			}
		}
		// "Alba Bela Friendship Day": a day named by more than the place and its occasion
		// ("Alba Independence Day" is the place's own day, and names it)
		if len(fs) >= 3 && fs[len(fs)-1] == "Day" {
			return true
		}
	}
	if !headline && romanceAfter.MatchString(text[m.bEnd:]) && !sentenceStartWord(text, m.bStart) {
		return true // "Reserva do Paiva": the place word heads a longer Romance name
	}
	end := m.bStart
	for {
		b := connectiveBefore.FindStringSubmatchIndex(text[max(0, end-200):end])
		if b == nil {
			return false
		}
		off := max(0, end-200)
		words := strings.Fields(text[off+b[2] : off+b[3]])
		join := text[off+b[4] : off+b[5]]
		last := strings.ToLower(words[len(words)-1])
		if titleWords[last] {
			return false // "the Mayor of Alba"
		}
		if romanceJoin[join] && !placeGenerics[last] && (headline || len(words) <= 3 && !sentenceStartWord(text, off+b[2])) {
			return true // a headline's Romance connective joins a name's words too
		}
		if headline {
			return false
		}
		for _, x := range words {
			if isLongNameHead(x) {
				return true
			}
		}
		end = off + b[2] // "Institute of the Province of Alba": on to the words before
	}
}

// sentenceStartWord reports whether the word at i opens a sentence or line, where any
// word is capitalised.
func sentenceStartWord(text string, i int) bool {
	before := strings.TrimRight(text[:i], " \t")
	return before == "" || strings.HasSuffix(before, "\n") || strings.HasSuffix(before, ".") || strings.HasSuffix(before, "!") || strings.HasSuffix(before, "?")
}

// articleWord opens a sentence after a dateline's dash ("ALBA – The mayor ..."), not a
// name's next word.
var articleWord = set("The", "A", "An")

// headlineLine reports whether the line holding i is a headline: no full stop at its end,
// most of its longer words capitalised.
func headlineLine(text string, i int) bool {
	start := strings.LastIndexByte(text[:i], '\n') + 1
	end := strings.IndexByte(text[i:], '\n')
	if end < 0 {
		end = len(text) - i
	}
	line := strings.TrimSpace(text[start : i+end])
	if lowerSentenceEnd.MatchString(line) {
		return false // a sentence, however many names it holds
	}
	capital, long := 0, 0
	for _, w := range strings.Fields(line) {
		if len([]rune(w)) <= 3 {
			continue
		}
		long++
		if r := []rune(w)[0]; r >= 'A' && r <= 'Z' || r > 127 && strings.ToUpper(string(r)) == string(r) {
			capital++
		}
	}
	return long >= 3 && capital*10 >= long*8
}

// lowerSentenceEnd is a full stop after a word in lower case (not an initialism's: "in D.C.").
var lowerSentenceEnd = regexp.MustCompile(`\p{Ll}[.!?]["”’]?$`)

// glossOfName reports whether m stands in brackets right after a longer name that holds
// the same place word ("Unidos por Alba (United for Alba)"): the bracketed words translate
// that name, so they are a name too.
func glossOfName(text string, m Mention) bool {
	open := strings.LastIndexByte(text[:m.bStart], '(')
	if open < 0 || strings.ContainsAny(text[open:m.bStart], ")\n") {
		return false
	}
	before := strings.TrimRight(text[:open], " \t")
	if !strings.HasSuffix(before, m.Text) {
		return false
	}
	prev := Mention{Text: m.Text, Kind: m.Kind, bStart: len(before) - len(m.Text), bEnd: len(before)}
	return insideLongName(text, prev)
}

// quotedSlogan reports whether m stands inside a quoted exclamation of a few words
// (“Thank You, Alba!”): the name of a celebration or campaign, a slogan, whose place word
// is addressed, not spoken of.
func quotedSlogan(text string, m Mention) bool {
	open := strings.LastIndexAny(text[:m.bStart], "“\"")
	if open < 0 || strings.ContainsAny(text[open+1:m.bStart], "”\"\n") {
		return false
	}
	rest := text[m.bEnd:]
	end := strings.IndexAny(rest, "”\"\n")
	if end < 0 || rest[end] == '\n' {
		return false
	}
	quote := strings.TrimSpace(text[open : m.bEnd+end])
	return strings.HasSuffix(quote, "!") && len(strings.Fields(quote)) <= 6
}
