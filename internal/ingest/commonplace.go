package ingest

import (
	"regexp"
	"slices"

	"github.com/amity-graph/amity/internal/kg"
	"github.com/amity-graph/amity/internal/store"
)

// headWordName reports whether a folded one-word name is a common noun the rules
// already know as the head of a body's, firm's, event's, site's or venue's name
// ("alliance", "union", "harbor"): capitalised in prose, such a word names the thing
// ("the Alliance" for a treaty's members) far more often than a town that bears it.
func headWordName(folded string) bool {
	return orgHeads[folded] || companyHeads[folded] || eventHeads[folded] || siteHeads[folded] || venueWords[folded] ||
		programmeHeads[folded] || diplomaticNouns[folded]
}

// placeCueAround reads a place's cue about a word: "in", "to" or a visit before it, or
// a capitalised region or country set off by a comma after it ("Union, Ohio").
func placeCueAround(before, after string) bool {
	return placeBefore.MatchString(before) || stateAfter.MatchString(after)
}

// commonWordPlace reports whether a town or region named here by a common noun of the
// rules' heads has no place's cue about it, nor a cue word, its region or a partner
// (strong): the word is then the noun, whatever country the text names.
func commonWordPlace(before, after string, e store.NameRecord, folded string, strong bool) bool {
	return (e.Kind == kg.City || e.Kind == kg.Region) && headWordName(folded) && !strong && !placeCueAround(before, after)
}

// programmeAfter reads the rest of a capitalised name, a closing quotation mark, and a
// programme's word in lower case ("Harbour Green” project", "Clean Port initiative"):
// the name is the programme's, which the annotation leaves out, place words and all.
var programmeAfter = regexp.MustCompile(`^(?:[ -]\p{Lu}[\p{L}'’-]*)*[”"’]?[ \t]+(?:initiative|project|programme|program|scheme|campaign)s?\b`)

// dropProgrammePlaces drops the towns and regions, linked or proposed, read inside a
// programme's name ("the Green Harbour initiative"): a programme named after a place
// or a kind of town ("Smart City") is no mention of one.
func dropProgrammePlaces(c *linkCtx, ms []Mention) []Mention {
	return slices.DeleteFunc(ms, func(m Mention) bool {
		return (m.Kind == kg.City || m.Kind == kg.Region) && programmeAfter.MatchString(c.text[m.bEnd:])
	})
}

// theBefore ends in "the" right before a name; wordRunsOn starts a
// capitalised word after it.
var (
	theBefore  = regexp.MustCompile(`\b[Tt]he $`)
	wordRunsOn = regexp.MustCompile(`^[ -]\p{Lu}`)
)

// aliasAfterThe reports whether a town or region named here only by another of its
// names (not its own), with nothing strong for it in the text, stands after "the" and
// ends the phrase ("members of the Grin", "The Grin meets"): a town's name takes no
// article, so the word names a group, a thing or a people (a town whose own name opens
// with the article, "The Hague", is matched by that name). A capitalised word after it
// makes it the start of a longer name ("the Alba Trust"), left to the rules for those.
func aliasAfterThe(before, after string, e store.NameRecord, folded string, strong bool) bool {
	return (e.Kind == kg.City || e.Kind == kg.Region) && FoldName(e.Name) != folded && !strong &&
		theBefore.MatchString(before) && !wordRunsOn.MatchString(after)
}
