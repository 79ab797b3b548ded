package ingest

import (
	"regexp"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
	"github.com/amity-graph/amity/internal/store"
)

// venueAfter reads a venue's or a court's head right after a place's name, at most one
// capitalised word between ("Springfield Square", "Dover Memorial Park", "Dover
// Tribunal"): a square, street, park or court named after a town. The annotation keeps
// such a name whole and links no place in it.
var venueAfter = regexp.MustCompile(`^[ \t]+(?:[A-Z][\p{L}'’-]+[ \t]+)?(?:Place|Square|Plaza|Street|Avenue|Boulevard|Road|Lane|Park|Gardens?|Tribunal|Trials)\b`)

// leftOutVenueAfter reads, right after a place's name, the head of a venue the
// annotation leaves out whole with its place word ("Dover House", "the Dover American
// Corner", "Dover Library", "the Dover Palace of Culture"): a house, corner, library,
// museum or palace is named after the town it stands in, and the name is the venue's.
var leftOutVenueAfter = regexp.MustCompile(`^[ \t]+(?:American[ \t]+)?(?:House|Corner|Library|Museum|Palace)\b`)

// leftOutVenueBefore ends in such a head right before a place's name, or a library or
// museum and "of" ("American Corner Dover", "the Central Library of Dover"): the place
// closes the venue's name. A hyphen's first part before the name is the name's own
// ("Corner Dover-Upon"; the graph may hold the town under its second part alone).
var leftOutVenueBefore = regexp.MustCompile(`\b(?:(?:House|Corner|Library|Museum)|(?:Library|Museum)[ \t]+of)[ \t]+(?:\p{L}+-)?$`)

// inVenueName reports whether a place's name at [start, end) opens or closes a venue's
// name.
func inVenueName(text string, start, end int) bool {
	return venueAfter.MatchString(text[end:]) || leftOutVenueAfter.MatchString(text[end:]) || leftOutVenueBefore.MatchString(text[:start]) ||
		lowerSquareAfter.MatchString(text[end:]) && !squareUnitAfter.MatchString(text[end:]) || inRouteName(text, start, end)
}

// routeName is a road or line named by its two ends ("the Dover to Alba Road", "Dover to
// Alba Highway"): both places are the route's name, which the annotation leaves out as
// it does roads.
var routeName = regexp.MustCompile(`\b[A-Z][\p{L}'’-]*(?: [A-Z][\p{L}'’-]*){0,3} to [A-Z][\p{L}'’-]*(?: [A-Z][\p{L}'’-]*){0,3} (?:Road|Highway|Railway|Railroad|Expressway|Pipeline)\b`)

// inRouteName reports whether [start, end) lies inside such a route's name.
func inRouteName(text string, start, end int) bool {
	lo := max(0, start-80)
	hi := min(len(text), end+80)
	for _, m := range routeName.FindAllStringIndex(text[lo:hi], -1) {
		if lo+m[0] <= start && end <= lo+m[1] {
			return true
		}
	}
	return false
}

// lowerSquareAfter reads "square" or "plaza" in lower case right after a place's name
// ("an event on Dover square"): a town is not said to have a square of its name that
// way, the square bears the name. squareUnitAfter is a measure ("square kilometres").
var (
	lowerSquareAfter = regexp.MustCompile(`^[ \t]+(?:square|plaza)\b`)
	squareUnitAfter  = regexp.MustCompile(`^[ \t]+square[ \t]+(?:kilomet|met|mile|feet|foot|yard|km|m\b)`)
)

// linkTitleLine finds a quotation that opens its line and is followed by a colon: a
// press link's title and what it is ("“Harbour Days Begin”: article in ..."). Its words
// are the work's, in whatever language and case, not mentions.
var linkTitleLine = regexp.MustCompile(`(?m)^[ \t]*[“"]([^”"\n]+)[”"][ \t]*:`)

// inLinkTitle reports whether start lies inside such a title.
func inLinkTitle(text string, start int) bool {
	for _, m := range linkTitleLine.FindAllStringSubmatchIndex(text, -1) {
		if m[2] <= start && start < m[3] {
			return true
		}
		if m[2] > start {
			break
		}
	}
	return false
}

// partOfWork reports whether the name at [start, end) stands inside a longer name the
// graph does not hold and the annotation leaves out: a venue's or a linked work's title.
func partOfWork(text string, start, end int) bool {
	return inVenueName(text, start, end) || inLinkTitle(text, start) && !strings.Contains(text[start:end], "\n")
}

// newBefore matches "New" right before a name, not opening a sentence's first word.
var newBefore = regexp.MustCompile(`[^.!?\n“"]\s*\bNew $`)

// namesakeNew reports whether a place's name at start follows "New": "New <Place>" is
// another place, named after it (a town in Missouri named after a German one); where
// the graph holds that place whole, its longer hit wins before this is asked.
func namesakeNew(text string, start int) bool {
	return newBefore.MatchString(text[:start])
}

// placeBefore is a word that says a place follows: a visit, or "in"/"to" in lower case.
var placeBefore = regexp.MustCompile(`(?:\b(?:in|to|visit|visits|visited|visiting)|\btravel(?:led|ed|s)? to|\barrived in) $`)

// soleCityVisited reports whether a one-word name is borne, as its own name, by one city
// alone, which the graph knows beyond its country and region, and the text says a place
// follows ("visited Bremen", "while in Bremen"): nothing else could be meant, so the
// city needs no country named to be linked. A capitalised word after it makes it the
// opening of a longer name ("to Bremen Tribunal"), which this does not vouch for.
func soleCityVisited(before, after string, e store.NameRecord, p pattern) bool {
	return e.Kind == kg.City && len(p.refs) == 1 && FoldName(e.Name) == p.folded && e.Degree > minorDegree &&
		placeBefore.MatchString(before) && !nameGoesOn.MatchString(after)
}

// officialNameBefore reads a city's official name before its own: capitalised words,
// "and" between them, then "City of" ("the Free and Hanseatic City of Bremen").
var officialNameBefore = regexp.MustCompile(`\b((?:[A-Z][\p{L}]+ (?:and )?)+City of )$`)

// officialCityName widens a linked city to its official name, whose words are the
// city's, not other places or bodies.
func officialCityName(text string, m Mention) Mention {
	o := officialNameBefore.FindStringSubmatchIndex(text[:m.bStart])
	if o == nil {
		return m
	}
	start := o[2]
	if strings.HasPrefix(text[start:], "The ") {
		start += len("The ") // a sentence's article, not a word of the name
	}
	if !strings.HasPrefix(text[start:], "City ") {
		m.bStart = start
		m.Text = text[m.bStart:m.bEnd]
	}
	return m
}
