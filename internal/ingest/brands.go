package ingest

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// brandBefore reports whether the capitalised word prev, standing right before a
// country's name in running text, is a name the article also uses on its own: then
// the two words name the brand's national arm ("Acme Freedonia" after "Acme's
// plant"), a body of its own, not the country. A word the graph holds as a name (a
// place, "Tokyo Japan") says nothing, nor does a word never seen alone.
func (g *Gazetteer) brandBefore(c *linkCtx, prev string, countryStart int) bool {
	if prev == "" || len(g.entriesNamed(prev)) > 0 {
		return false
	}
	re, err := regexp.Compile(`\b` + regexp.QuoteMeta(prev) + `\b`)
	if err != nil {
		return false
	}
	for _, loc := range re.FindAllStringIndex(c.text, -1) {
		if loc[1]+1 == countryStart {
			continue // this very use
		}
		if aloneAt(c.text, loc[1]) {
			return true
		}
	}
	return false
}

// aloneAt reports whether the word ending at i ends a name there: punctuation, a
// possessive or a lower-case word follows, not another capitalised word.
func aloneAt(text string, i int) bool {
	if i >= len(text) {
		return true
	}
	if possessiveAt(text, i) {
		return true
	}
	if text[i] != ' ' {
		return true
	}
	r, _ := utf8.DecodeRuneInString(text[i+1:])
	return !unicode.IsUpper(r)
}

// diplomaticNouns are words of this genre's prose that some towns bear as their name
// ("the U.S. Mission", Mission in Texas): capitalised, they are a post's name more
// often than the town.
var diplomaticNouns = set("mission", "missions", "post", "posts", "residence", "legation", "chancery", "envoy",
	"attache", "protocol", "consul")

var placePrepBefore = regexp.MustCompile(`(?:^|[^\p{L}])(?:in|to|from|near|outside|of)\s+$`)

var stateAfter = regexp.MustCompile(`^,\s*\p{Lu}`)

// weakGenreNoun reports whether h is a lone word of diplomaticNouns with no place's
// cue about it: a preposition of place before ("in Mission") or a state after
// ("Mission, Texas").
func (g *Gazetteer) weakGenreNoun(c *linkCtx, h hit) bool {
	f := g.patterns[h.pat].folded
	if !diplomaticNouns[f] {
		return false
	}
	return !placePrepBefore.MatchString(c.text[:h.start]) && !stateAfter.MatchString(c.text[h.end:])
}

// teamHeads end a side's name: the short form before them is part of it ("U.S.
// National Team").
var teamHeads = set("team", "squad")

// headRunsOn reports whether the capitalised words after a title go straight on, with
// no connector between, to a body's head: the title is then a word of the body's name
// ("Envoy Exchange Program"), where "Secretary of Commerce" stays a title.
func headRunsOn(ws []string) bool {
	for _, w := range ws {
		w = strings.ToLower(possessive(w))
		if connectors[w] {
			return false
		}
		if isBodyHead(w) || eventHeads[w] || companyHeads[w] {
			return true
		}
	}
	return false
}
