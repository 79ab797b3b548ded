package ingest

import (
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
)

// titleAcronymBefore ends in a short word of capitals and a space ("CG "): an office's title
// abbreviated, when the text spells it out before the same name.
var titleAcronymBefore = regexp.MustCompile(`\b(\p{Lu}{2,4}) $`)

// countyOfBefore ends in "County of ": the name after it is a county's.
var countyOfBefore = regexp.MustCompile(`\bCounty of $`)

// hyphenPartBefore ends in a capitalised word and a hyphen, the word after a given name
// ("Ann Lowe-"): the first half of a double-barrelled surname.
var hyphenPartBefore = regexp.MustCompile(`\b(\p{Lu}[\p{L}’']+) \p{Lu}[\p{L}’']+-$`)

// generationAfter opens with a generational suffix ("III", "Jr."): the name before it
// is that generation's bearer.
var generationAfter = regexp.MustCompile(`^,? (II|III|IV|Jr\.?|Sr\.?)\b`)

// generationMark finds a generational suffix in a name of the graph, in either style
// ("III", "3rd").
var generationMark = regexp.MustCompile(`\b(II|III|IV|2nd|3rd|4th|Jr|Sr)\b`)

// generations folds each style of suffix to one.
var generations = map[string]string{"II": "2", "2nd": "2", "III": "3", "3rd": "3", "IV": "4", "4th": "4", "Jr": "jr", "Sr": "sr"}

// otherGeneration reports whether a person linked before a generational suffix is a
// namesake of another generation: the graph names that person with another suffix, or
// with none while the text matched only an alias of the name ("Joe Roe III" is not the
// graph's "Joseph Roe", known as "Joe Roe").
func (g *Gazetteer) otherGeneration(m Mention, suffix string) bool {
	if suffix == "" {
		return false
	}
	want := generations[strings.TrimSuffix(strings.TrimLeft(suffix, ", "), ".")]
	e := g.entries[m.entry]
	var have []string
	for _, n := range append([]string{e.Name}, e.Aliases...) {
		if k := generationMark.FindString(n); k != "" {
			have = append(have, generations[k])
		}
	}
	if len(have) == 0 {
		return m.How != "name"
	}
	return !slices.Contains(have, want)
}

// regionSecretaryAfter follows a region named as a cabinet office's portfolio ("Wessex
// Secretary"), not a general secretary or a party's.
var regionSecretaryAfter = regexp.MustCompile(`^ Secretary\b`)

// secretaryForBefore ends in a secretary of state's title for a region ("Secretary of
// State for "): the region is the office's portfolio.
var secretaryForBefore = regexp.MustCompile(`\bSecretary of State for $`)

// dropMisreadPlaces removes the place and person links a name's surroundings rule out: a
// place's name after an abbreviated title the text spells out before the same word ("CG
// Vell" after "Consul General Vell"), a state's name in "County of" (the county named
// after it), the second half of a double-barrelled surname after a given name, and a
// person whose name the text gives with a generational suffix the graph's namesake lacks.
func (g *Gazetteer) dropMisreadPlaces(c *linkCtx, ms []Mention) []Mention {
	given := g.givenNames()
	return slices.DeleteFunc(ms, func(m Mention) bool {
		before := c.text[:m.bStart]
		if m.Kind == kg.Person {
			return m.entry >= 0 && g.otherGeneration(m, generationAfter.FindString(c.text[m.bEnd:]))
		}
		if !isPlace(m.Kind) {
			return false
		}
		oneWord := !strings.ContainsAny(strings.TrimSpace(m.Text), " -")
		if oneWord && spelledTitleAcronym(c.text, before, m.Text) {
			return true
		}
		if g.countyOfState(c, m) {
			return true
		}
		if oneWord {
			if h := hyphenPartBefore.FindStringSubmatch(before); h != nil && given[FoldName(h[1])] {
				return true
			}
		}
		return false
	})
}

// countyOfState reports whether a region the graph holds as a state, not a county, is
// read in "County of": the county named after it is meant.
func (g *Gazetteer) countyOfState(c *linkCtx, m Mention) bool {
	return m.Kind == kg.Region && m.entry >= 0 && countyOfBefore.MatchString(c.text[:m.bStart]) && !strings.Contains(strings.ToLower(g.entries[m.entry].Name), "county")
}

// dropRegionPortfolios removes, once proposals are made (so that the name is not
// proposed afresh), a region that is a cabinet secretary's portfolio ("Secretary of
// State for Wessex", "Wessex Secretary"), and a state read in "County of" by a later
// rule.
func (g *Gazetteer) dropRegionPortfolios(c *linkCtx, ms []Mention) []Mention {
	return slices.DeleteFunc(ms, func(m Mention) bool {
		if m.Kind != kg.Region || m.Entity == nil {
			return false
		}
		after := c.text[m.bEnd:]
		return g.countyOfState(c, m) || secretaryForBefore.MatchString(c.text[:m.bStart]) ||
			regionSecretaryAfter.MatchString(after) && !strings.HasPrefix(after, " Secretary-") && !strings.HasPrefix(after, " Secretary General")
	})
}

// spelledTitleAcronym reports whether the word before the name is an acronym of capitals
// whose letters are the initials of a title the text writes out before the same name.
func spelledTitleAcronym(text, before, name string) bool {
	a := titleAcronymBefore.FindStringSubmatch(before)
	if a == nil {
		return false
	}
	acr := a[1]
	full := regexp.MustCompile(`\b((?:\p{Lu}[\p{L}]*\s+){` + strconv.Itoa(len(acr)) + `})` + regexp.QuoteMeta(name) + `\b`)
	for _, f := range full.FindAllStringSubmatch(text, -1) {
		ws := strings.Fields(f[1])
		initials := ""
		for _, w := range ws {
			initials += w[:1]
		}
		if initials == acr && slices.ContainsFunc(ws, func(w string) bool { return surnameTitles[strings.ToLower(w)] }) {
			return true
		}
	}
	return false
}

// stateCueBefore and stateCueAfter mark a region named like its country as the state ("State of Alba",
// "Alba State"), the one place where the text means it and not the country.
var (
	stateCueBefore = regexp.MustCompile(`\b(?:[Ss]tate|[Pp]rovince|[Dd]epartment) of $`)
	stateCueAfter  = regexp.MustCompile(`^ (?:[Ss]tate|[Pp]rovince|[Dd]epartment)\b`)
)

// countryNamedRegions reads as the country a region that bears its own country's name
// ("Alba", a state of Alba): a writer means the country by the bare name, and names the
// state with a word that says so.
func (g *Gazetteer) countryNamedRegions(c *linkCtx, ms []Mention) []Mention {
	for i, m := range ms {
		if m.Kind != kg.Region || m.entry < 0 || len(g.entries[m.entry].Countries) != 1 ||
			stateCueBefore.MatchString(c.text[:m.bStart]) || stateCueAfter.MatchString(c.text[m.bEnd:]) {
			continue
		}
		j, ok := g.byID[g.entries[m.entry].Countries[0]]
		if !ok || FoldName(g.entries[j].Name) != FoldName(m.Text) || FoldName(g.entries[m.entry].Name) != FoldName(m.Text) {
			continue
		}
		e := g.entries[j]
		ms[i].Entity, ms[i].Kind, ms[i].entry, ms[i].How = strPtr(e.ID), e.Kind, j, "name"
	}
	return ms
}

// countyBareNames reads a city's name written before "County" as the county where a
// longer name ("Alba County Government") left the name alone linked, when the text names
// that county in full elsewhere and never writes the city's name with "City". A bare name
// elsewhere (a dateline) stays the city.
func (g *Gazetteer) countyBareNames(c *linkCtx, ms []Mention) []Mention {
	counties := map[string]int{}
	for _, m := range ms {
		if stem, ok := strings.CutSuffix(m.Text, " County"); ok && m.Kind == kg.Region && m.entry >= 0 && !strings.Contains(c.text, stem+" City") {
			counties[FoldName(stem)] = m.entry
		}
	}
	for i, m := range ms {
		j, ok := counties[FoldName(m.Text)]
		if !ok || m.Kind != kg.City || !strings.HasPrefix(c.text[m.bEnd:], " County") {
			continue
		}
		e := g.entries[j]
		ms[i].Entity, ms[i].Kind, ms[i].entry, ms[i].How = strPtr(e.ID), e.Kind, j, "coreference"
	}
	return ms
}
