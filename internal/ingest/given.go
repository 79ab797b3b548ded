package ingest

import (
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/amity-graph/amity/internal/kg"
)

// givenNames are the first words of the graph's people's names (ambassadors, mayors,
// officials), drawn from the gazetteer itself so that the lexicon needs no download and
// grows with the graph. A word counts once at least two people bear it, and never if
// it is a title, an initial, a common word or the name of a place the graph knows
// (Georgia, Victoria): such words say nothing about a person alone.
var givenNames sync.Map // *Gazetteer -> *lexicon

// lexicon is the given names, and the first and last words of every person's name
// the graph holds ("peter haymond" of Peter M. Haymond): a name shaped like one of
// those is the graph's person, for the linker to find, not a new one.
type lexicon struct {
	given     map[string]bool
	firstLast map[string]bool
}

// minGivenBearers is how many of the graph's people must bear a first name for it to
// count: one bearer may be a data slip ("Prime Minister X" stored as a name).
const minGivenBearers = 2

// styles open some of the graph's names ("King Kalakaua", "Emperor Akihito") and
// are no given names.
var styles = set("king", "queen", "emperor", "empress", "prince", "princess", "pope", "sultan", "sheikh", "president-elect", "justice",
	"grand", "duke", "duchess", "lady", "saint", "baron", "count", "countess")

func (g *Gazetteer) givenNames() map[string]bool { return g.lexicon().given }

func (g *Gazetteer) lexicon() *lexicon {
	if v, ok := givenNames.Load(g); ok {
		return v.(*lexicon)
	}
	count := map[string]int{}
	firstLast := map[string]bool{}
	for _, e := range g.entries {
		if e.Kind != kg.Person {
			continue
		}
		ws := strings.Fields(e.Name)
		if len(ws) < 2 {
			continue
		}
		count[FoldName(ws[0])]++
		firstLast[FoldName(ws[0]+" "+ws[len(ws)-1])] = true
	}
	out := map[string]bool{}
	for w := range commonGiven {
		count[w] += minGivenBearers
	}
	for w, n := range count {
		if n < minGivenBearers || utf8.RuneCountInString(w) < 2 || strings.Contains(w, ".") || titleWords[w] || notInNames[w] ||
			commonCapitalised[w] || connectors[w] || styles[w] || leadingQualifiers[w] || demonyms[w] != "" || compassWords[w] {
			continue
		}
		// (a town somewhere bears most everyday given names: David, Ron, Samuel)
		if city, region := g.placeKinds(w); (city || region) && !commonGiven[w] {
			continue
		}
		out[w] = true
	}
	lx := &lexicon{given: out, firstLast: firstLast}
	givenNames.Store(g, lx)
	return lx
}

// givenAt reports whether token i is a given name of the graph's people.
func (p *proposer) givenAt(i int) bool {
	return p.g.givenNames()[FoldName(p.c.toks[i].text)]
}

// givenNamed reports whether a would-be person's name opens with a given name the
// graph's people bear and the rest are name words no list claims: "Jon Danilowicz"
// after a comma is a person with no title before him.
func (p *proposer) givenNamed(seg run) bool {
	toks := p.c.toks
	last := toks[seg.to-1].text
	// a possessive may be a publisher's or a brand's ("Dan Tri's newspaper"), and a name
	// before a product noun is its maker's ("Acme Deere tractors")
	// (but not before what only a person has: "Tora Lind’s advice", "... wife")
	if !p.givenAt(seg.from) || p.g.lexicon().firstLast[FoldName(toks[seg.from].text+" "+last)] ||
		possessive(last) != last && !personalNounAfter.MatchString(p.c.text[toks[seg.to-1].end:]) ||
		productAfter.MatchString(p.c.text[toks[seg.to-1].end:]) {
		return false
	}
	for _, t := range toks[seg.from+1 : seg.to] {
		lw := strings.ToLower(t.text)
		if p.g.givenNames()[FoldName(t.text)] && !nameParticles[t.text] {
			continue // "John Paul Smith"
		}
		// (a surname may be a town's name too, "Everett": the linker has left it
		// unlinked here, and an everyday given name opens it)
		if city, region := p.g.placeKinds(t.text); (city || region) && !commonGiven[FoldName(toks[seg.from].text)] || p.c.lower[FoldName(t.text)] || commonCapitalised[lw] ||
			landForms[lw] || naturalFeatures[lw] || venueWords[lw] {
			return false
		}
	}
	return true
}

// holderAfterField finds, in a would-be person's name right after "Title for" or
// "Title of", where the holder opens after the office's field: a place the graph
// knows ("Consul General for Peshawar Jon Danilowicz"), or the first given name when
// two to four words remain ("Consul for Trade and Economic Affairs Maria Lopez").
// It returns seg.from when it finds none.
func (p *proposer) holderAfterField(seg run) int {
	for k := seg.from + 1; k <= seg.to-2 && k <= seg.from+3; k++ {
		if n := seg.to - k; n < 2 || n > 4 {
			continue
		}
		city, region := p.g.placeKinds(p.c.toks[k-1].text)
		if (city || region || p.fieldWord(k-1)) && p.givenAt(k) || (city || region) && k == seg.from+1 {
			return k
		}
	}
	return seg.from
}

// productAfter: a product's noun in lowercase right after a name makes the name its
// maker's, a company's ("Acme vaccines", "Johan Berg tractors").
var productAfter = regexp.MustCompile(`^ (?:vaccines?|tractors?|cars?|trucks?|phones?|smartphones?|aircraft|jets?|engines?|chips?|laptops?|computers?|products?|doses|shots|machinery|equipment|beverages?|drinks?|coffee|beer|cosmetics)\b`)

// demonymEvent reports whether a name is a demonym and an event's word alone
// ("Japanese Olympics"): a kind of event, not one named, unless the text says more.
func demonymEvent(ts []token) bool {
	return len(ts) == 2 && demonyms[strings.ToLower(ts[0].text)] != "" && eventHeads[strings.ToLower(possessive(ts[1].text))]
}

// siteVerbs take a place or a building as their object ("toured X", "inaugurated X"):
// a name right after one is no person's, whatever title stands nearby.
var siteVerbs = set("toured", "tour", "tours", "touring", "inaugurated", "inaugurates", "opened")

func (p *proposer) afterSiteVerb(seg run) bool {
	return seg.from > 0 && siteVerbs[strings.ToLower(p.c.toks[seg.from-1].text)]
}

// venueWords end the names of buildings and grounds, which name no person.
// venueHeads end a venue's name ("X War Memorial"), which is left out.
var venueHeads = set("memorial", "monument", "cemetery")

var venueWords = set("precinct", "building", "house", "hall", "park", "square", "plaza", "stadium", "arena",
	"station", "bridge", "tower", "room", "lounge", "terrace", "ballroom", "garden", "gardens", "church", "temple", "shrine", "cathedral", "mosque", "base", "airport",
	"street", "road", "avenue", "lane")

// afterBodyPossessive is the token after the last body's head in the possessive in
// toks[from:to-1] ("Embassy’s"), or from.
func afterBodyPossessive(toks []token, from, to int) int {
	for j := to - 2; j >= from; j-- {
		if w := possessive(toks[j].text); w != toks[j].text && orgHeads[strings.ToLower(w)] {
			return j + 1
		}
	}
	return from
}

// placeSpan reports whether text[s:e] is exactly a place the graph knows: "Durban for
// the Harbour Day Reception" is a place, then an event, not one name.
func placeSpan(ms []Mention, s, e int) bool {
	return slices.ContainsFunc(ms, func(m Mention) bool { return m.bStart == s && m.bEnd == e && m.Entity != nil && isPlace(m.Kind) })
}

// naturalFeatures end the names of land and water, which name no person ("Grand
// Canyon").
var naturalFeatures = set("canyon", "lake", "river", "mount", "mountain", "mountains", "island", "islands", "bay",
	"falls", "beach", "forest", "desert", "gorge", "glacier", "harbour", "harbor", "sound", "strait")

// personalNounAfter opens with a noun only a person has, after a possessive.
var personalNounAfter = regexp.MustCompile(`^ (?:advice|recommendation|suggestion|invitation|wife|husband|son|daughter|family|mother|father|words|life|career|birthday|funeral)\b`)
