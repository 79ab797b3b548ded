package ingest

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/amity-graph/amity/internal/kg"
)

var (
	// missionBefore ends in a mission's own word, with "to" or "in" and "the": the
	// country after it is part of the mission's name ("Mission Freedonia", "the U.S.
	// Mission to the Freedonia"), a mission as a whole, which the graph holds as no node.
	missionBefore = regexp.MustCompile(`\bMission\s+(?:(?:to|in)\s+(?:the\s+)?)?$`)
	// holidayAfter starts a holiday's name after a place ("Founders Day"): a saint's
	// or a nation's day names no place the text speaks of.
	holidayAfter = regexp.MustCompile(`^[’']?s?\s+Day\b`)
	// givenBefore ends in a capitalised word and one space: a given name there makes
	// the next word a surname.
	givenBefore = regexp.MustCompile(`\b(\p{Lu}[\p{L}]+) $`)
	// peopleAfter starts "people" in lower case after a name: "the Alpha people" are a
	// people, named as a demonym names them, not the region they share the name with.
	peopleAfter = regexp.MustCompile(`^\s+peoples?\b`)
	// nationalBefore ends in "National" or "Federal": a one-word town's name after it is
	// the noun of a body's or a symbol's name ("the National Anthem", "Federal Reserve"),
	// which a town's never follows
	nationalBefore = regexp.MustCompile(`\b(?:National|Federal|NATIONAL|FEDERAL) $`)
	// doubleSurnameAfter starts the second half of a hyphenated surname ("-Russell").
	doubleSurnameAfter = regexp.MustCompile(`^-\p{Lu}\p{Ll}+\b`)
)

// notPlaces drops towns and regions read where the words around them make them part of
// another name: a place before "Day" (a holiday) or "people" (a people), and a one-word
// town or region right after a given name of the lexicon ("Amos Hartley's parents": a
// person's surname, however many towns bear it) unless that word is a place too, or
// before a hyphen and a second surname, whatever the given name.
func (g *Gazetteer) notPlaces(c *linkCtx, ms []Mention) []Mention {
	family := g.familyNames(c.text, c.lower)
	ms = headNounAliases(c, peoplesNotPlaces(c, ms))
	return slices.DeleteFunc(ms, func(m Mention) bool {
		before, after := c.text[:m.bStart], c.text[m.bEnd:]
		switch m.Kind {
		case kg.City, kg.Region:
			if holidayAfter.MatchString(after) || peopleAfter.MatchString(after) || family[FoldName(m.Text)] ||
				nationalBefore.MatchString(before) && !strings.Contains(m.Text, " ") {
				return true
			}
			gm := givenBefore.FindStringSubmatch(before)
			if gm == nil || !g.givenNames()[FoldName(gm[1])] {
				return false
			}
			// "Ada Cole-Brandt": a given name, even one a town bears, then a
			// hyphenated name is a double surname
			if doubleSurnameAfter.MatchString(after) && !strings.Contains(m.Text, " ") {
				return true
			}
			if len(g.entriesNamed(gm[1])) > 0 {
				return false
			}
			return !slices.ContainsFunc([]rune(m.Text), func(r rune) bool { return r == ' ' })
		}
		return false
	})
}

// fullNameRe finds two capitalised words, or two in capitals ("ADA COLE" in a headline),
// maybe with a middle initial ("Ada B. Cole", "Ada McCole"): a given name and a family
// name when the first is a given name of the lexicon.
var fullNameRe = regexp.MustCompile(`\b(\p{Lu}\p{Ll}+|\p{Lu}+) (?:\p{Lu}\. )?(\p{Lu}\p{Ll}*\p{Lu}?\p{Ll}+|\p{Lu}{2,})\b`)

// appositiveTitle starts a title set off by a comma after a name ("Ada Cole, Under
// Secretary of ..."): the two words before it are a person's given and family names,
// whether or not the lexicon knows the given one.
// The title must go on with "of" or end the phrase: one followed by a name is that
// other person's ("In Lindby, Ambassador Cole met ...").
var appositiveTitle = regexp.MustCompile(`^, (?:the )?(?:Under|Deputy|Assistant|Acting|Chief|Special|Senior|U\.S\.|US)? ?(\p{Lu}\p{Ll}+)(?: of\b|,)`)

// familyNames are the one-word names the text gives a person as a family name: right
// after a given name of the lexicon, or in a full name a title follows after a comma,
// the first word bearing no place's name and never written in lower case in the text
// (a fronted "In Lindby, Ambassador ..." is no name). Such a word is that person wherever the text
// repeats it (in capitals too), never a town of that name; the rule only drops links,
// so it costs a missing one at worst.
func (g *Gazetteer) familyNames(text string, lower map[string]bool) map[string]bool {
	out := map[string]bool{}
	for _, m := range fullNameRe.FindAllStringSubmatchIndex(text, -1) {
		first, family := text[m[2]:m[3]], text[m[4]:m[5]]
		if len(g.entriesNamed(first)) > 0 || lower[FoldName(first)] {
			continue
		}
		t := appositiveTitle.FindStringSubmatch(text[m[1]:])
		if g.givenNames()[FoldName(first)] || t != nil && (surnameTitles[strings.ToLower(t[1])] || titleWords[strings.ToLower(t[1])]) {
			out[FoldName(family)] = true
		}
	}
	return out
}

// lowerWordInName reports whether a place's mention is "The" and a word in lower case
// ("The mission"): a name capitalises its word after the article, so such a run is a
// common noun that a name's case-folded form matched.
func lowerWordInName(m Mention) bool {
	ws := strings.Fields(m.Text)
	if !isPlace(m.Kind) || len(ws) != 2 || ws[0] != "The" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(ws[1])
	return unicode.IsLower(r)
}

// trailingFunctionWord is an English function word in lower case.
var trailingFunctionWord = map[string]bool{"by": true, "in": true, "of": true, "to": true, "and": true, "or": true, "on": true, "at": true, "for": true, "the": true, "with": true, "from": true, "as": true}

// functionWordEnd reports whether a run of words a name matched ends in an English
// function word in lower case ("innovation in Mexico by sharing"): a name of another
// tongue ("Mexico by", the Danish for its capital) that the words merely spell, since an
// English name does not end in such a word. The shorter name inside is then read alone.
func functionWordEnd(orig string) bool {
	ws := strings.Fields(orig)
	return len(ws) > 1 && trailingFunctionWord[ws[len(ws)-1]]
}

// structureAfter is a structure's head in lower case right after a name ("the Alba
// bridge", "at Alba dam").
var structureAfter = regexp.MustCompile(`^\s+(?:bridge|bridges|dam|tunnel)\b`)

// structureNamed reports whether a place's mention names a structure built there or
// after it: the bridge is a site, left out with its name, as "Alba Bridge" is.
func structureNamed(text string, m Mention) bool {
	return (m.Kind == kg.City || m.Kind == kg.Region) && structureAfter.MatchString(text[m.bEnd:])
}

// possessorBefore ends in a capitalised word's possessive right before a name ("London’s
// ").
var possessorBefore = regexp.MustCompile(`['’]s\s+$`)

// withoutForeignPossessed drops a place after another place's possessive ("London’s
// Kew Gardens") when the graph puts the two in no common country: what a city owns lies
// in it, so a namesake abroad is not meant.
func (g *Gazetteer) withoutForeignPossessed(text string, ms []Mention) []Mention {
	byEnd := map[int]Mention{}
	for _, m := range ms {
		byEnd[m.bEnd] = m
	}
	return slices.DeleteFunc(ms, func(m Mention) bool {
		if m.Kind != kg.City && m.Kind != kg.Region || m.Entity == nil {
			return false
		}
		loc := possessorBefore.FindStringIndex(text[:m.bStart])
		if loc == nil {
			return false
		}
		owner, ok := byEnd[loc[0]]
		if !ok {
			// a mention that keeps its possessive ("London’s")
			owner, ok = byEnd[loc[0]+len(strings.TrimRight(text[loc[0]:loc[1]], " \t\n"))]
		}
		if !ok || owner.Entity == nil || owner.Kind != kg.City && owner.Kind != kg.Region && owner.Kind != kg.Country {
			return false
		}
		return !g.shareCountry(*owner.Entity, *m.Entity)
	})
}

// shareCountry reports whether two places lie in one country (a country in itself).
func (g *Gazetteer) shareCountry(a, b string) bool {
	countries := func(id string) []string {
		i, ok := g.byID[id]
		if !ok {
			return nil
		}
		if g.entries[i].Kind == kg.Country {
			return []string{id}
		}
		return g.entries[i].Countries
	}
	ca, cb := countries(a), countries(b)
	if len(ca) == 0 || len(cb) == 0 {
		return true
	}
	return slices.ContainsFunc(ca, func(x string) bool { return slices.Contains(cb, x) })
}
