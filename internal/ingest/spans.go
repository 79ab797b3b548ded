package ingest

import (
	"regexp"
	"slices"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
)

// siteHeads end the names of sites and services a place's name may open ("Kolkata
// Police", "Harbin Airport", "Changwon 1 Factory"): the graph's model has no kind for
// most of them, and the place inside such a name is no mention of its own.
var siteHeads = set("police", "hotel", "factory", "plant", "stadium", "airport", "station", "port", "harbour",
	"harbor", "tower", "bridge", "park", "cliff", "mall", "temple", "shrine", "church", "cathedral", "works", "mill",
	"mine", "store", "restaurant", "post")

// nameWords reads the words that continue a name after a place's name: capitalised
// words, numbers and the function words inside names, up to the first other word.
var nameWords = regexp.MustCompile(`^(?:[ -](?:(?:and|of|for|on|the) )*(?:[A-Z][\p{L}'’]*|[0-9]+))+`)

// namedSite reports whether the words after a place's name make it the opening of a
// body's, company's, event's or site's name ("Kolkata Police", "Changwon 1 Factory").
func namedSite(rest string) bool {
	for _, w := range strings.Fields(strings.ReplaceAll(nameWords.FindString(rest), "-", " ")) {
		w = strings.ToLower(possessive(w))
		if siteHeads[w] || orgHeads[w] || companyHeads[w] || eventHeads[w] {
			return true
		}
	}
	return false
}

var commaBefore = regexp.MustCompile(`\b([A-Z][\p{L}]+(?: [A-Z][\p{L}]+)?),\s*$`)

// cityInBefore reports whether a city that lies in a region of this name stands right
// before it, joined by "in" ("Lomar in Alba"): a town placed in a twin name places it in
// the region, as a comma does.
func (g *Gazetteer) cityInBefore(before, name string) bool {
	m := inBefore.FindStringSubmatch(before)
	if m == nil {
		return false
	}
	for _, i := range g.entriesNamed(m[1]) {
		if e := g.entries[i]; e.Kind == kg.City && FoldName(m[1]) != FoldName(name) && g.regionNamed(name, e.Regions) {
			return true
		}
	}
	return false
}

var inBefore = regexp.MustCompile(`\b([A-Z][\p{L}]+(?: [A-Z][\p{L}]+)?)\s+in\s+$`)

// cityBefore reports whether a city that lies in a region of this name stands right
// before it, set off by a comma ("Baltimore, Maryland"): the name is the region then,
// never a second city in a list.
func (g *Gazetteer) cityBefore(before, name string) bool {
	return g.cityBeforeIn(before, func(regions []string) bool { return g.regionNamed(name, regions) })
}

// cityBeforeIn reports whether a city whose regions satisfy in stands right before,
// set off by a comma.
func (g *Gazetteer) cityBeforeIn(before string, in func(regions []string) bool) bool {
	m := commaBefore.FindStringSubmatch(before)
	if m == nil {
		return false
	}
	for _, i := range g.entriesNamed(m[1]) {
		if e := g.entries[i]; e.Kind == kg.City && in(e.Regions) {
			return true
		}
	}
	return false
}

// locativeBefore: a place where something happens ("leaders in Osaka", "In Osaka, ...").
var locativeBefore = regexp.MustCompile(`\b(?:[Ii]n|[Aa]t)\s+$`)

// earlierBareSense gives a twin name that nothing around it settles, where it locates
// what happens ("leaders in Osaka", in an article that names both the city and the
// prefecture), the sense of its nearest earlier use that the words before it settled
// ("a visit to Osaka"): the article's events take place where it said the visit went.
// A use joined to a cue word ("Osaka Governor") names an office or body of the place
// and is not a bare use; a name that does not locate ("the people of Kumamoto") stays
// unsettled.
func (c *linkCtx) earlierBareSense(h hit) kg.Kind {
	name := c.text[h.start:h.end]
	sense := kg.Kind("")
	if !locativeBefore.MatchString(c.text[:h.start]) {
		return sense
	}
	for _, at := range occurrencesOf(c.text[:h.start], name) {
		after := c.text[at+len(name):]
		if cityCue.MatchString(after) || regionCue.MatchString(after) {
			continue
		}
		switch before := c.text[:at]; {
		case regionOf.MatchString(before):
			sense = kg.Region
		case cityOf.MatchString(before) || visitBefore.MatchString(before) && !c.regionVisited(name):
			sense = kg.City
		}
	}
	return sense
}

// occurrencesOf returns where name occurs in text, first to last, without overlaps.
func occurrencesOf(text, name string) []int {
	var at []int
	if name == "" {
		return at
	}
	for i := 0; ; {
		k := strings.Index(text[i:], name)
		if k < 0 {
			return at
		}
		at = append(at, i+k)
		i += k + len(name)
	}
}

var wordPair = regexp.MustCompile(`\b([A-Z][\p{L}-]+) ([A-Z][\p{L}]+)\b`)

// regionCityPairs links a region's name written straight before a city lying in it
// ("Gyeongnam Changwon", the city with its province before it, as Korean addresses
// run): both are places, not one longer name. Only where the graph puts that city in
// that region; any other pair of capitalised words stays one name.
func (g *Gazetteer) regionCityPairs(c *linkCtx, hits []hit) []Mention {
	var out []Mention
	for _, m := range wordPair.FindAllStringSubmatchIndex(c.text, -1) {
		if next := c.text[m[5]:]; nameWords.MatchString(next) && !strings.HasPrefix(next, " and") {
			continue // the pair runs on into a longer name
		}
		var region, city []int
		for _, h := range hits {
			switch {
			case h.start == m[2] && h.end == m[3]:
				region = append(region, h.pat)
			case h.start == m[4] && h.end == m[5]:
				city = append(city, h.pat)
			}
		}
		for _, rp := range region {
			for _, cp := range city {
				ri, ci, ok := g.pairOf(rp, cp)
				if !ok {
					continue
				}
				for _, x := range [][3]int{{m[2], m[3], ri}, {m[4], m[5], ci}} {
					e := g.entries[x[2]]
					how := "alias"
					if FoldName(e.Name) == FoldName(c.text[x[0]:x[1]]) {
						how = "name"
					}
					out = append(out, Mention{Text: c.text[x[0]:x[1]], bStart: x[0], bEnd: x[1], Entity: strPtr(e.ID), Kind: e.Kind,
						How: how, Confidence: 0.85, entry: x[2]})
				}
			}
		}
	}
	return out
}

// pairOf finds the one region of the first name holding the one city of the second.
func (g *Gazetteer) pairOf(rp, cp int) (region, city int, ok bool) {
	found := 0
	for _, r := range g.patterns[rp].refs {
		re := g.entries[r.entry]
		if re.Kind != kg.Region {
			continue
		}
		for _, c := range g.patterns[cp].refs {
			if ce := g.entries[c.entry]; ce.Kind == kg.City && slices.Contains(ce.Regions, re.ID) {
				region, city = r.entry, c.entry
				found++
			}
		}
	}
	return region, city, found == 1
}

var ofBefore = regexp.MustCompile(`([\p{L}-]+) of\s+$`)

// titleOfBefore reports whether a title and "of" stand right before ("the Mayor of ").
func titleOfBefore(before string) bool {
	m := ofBefore.FindStringSubmatch(before)
	return m != nil && titleWords[strings.ToLower(m[1])]
}

// titleCaseLine reports whether h stands in a line whose words are all capitalised
// but the short function words (a headline): there, capitals after a name say nothing.
func titleCaseLine(text string, h hit) bool {
	s := strings.LastIndex(text[:h.start], "\n") + 1
	e := strings.Index(text[h.end:], "\n")
	if e < 0 {
		e = len(text)
	} else {
		e += h.end
	}
	words := wordRe.FindAllString(text[s:e], -1)
	if len(words) < 3 {
		return false
	}
	for _, w := range words {
		if len(w) > 3 && !isCapitalized(w) && !headlineSmallWords[w] {
			return false
		}
	}
	return true
}

// headlineSmallWords are the longer prepositions headlines leave in lower case
// ("Round Table with Practitioners").
var headlineSmallWords = set("with", "from", "into", "onto", "upon", "amid", "over", "than")
