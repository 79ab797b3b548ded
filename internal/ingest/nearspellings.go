package ingest

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/amity-graph/amity/internal/kg"
)

// spellingAlternations are the letters transliterations of one name trade most often
// ("Oromia"/"Oromiya", "Khorog"/"Khorug", "Beqaa"/"Bekaa", "Sofiya"/"Sofia"): a
// skeleton writes each pair one way.
var spellingAlternations = strings.NewReplacer("ph", "f", "q", "k", "u", "o", "y", "i")

// spellingSkeleton is a folded name with the alternations written one way.
func spellingSkeleton(name string) string { return spellingAlternations.Replace(FoldName(name)) }

// placeSkeletons lists, per country, the skeletons of the one-word names of its cities
// and regions, written in Latin letters; built on first use.
type placeSkeletons struct {
	once sync.Once
	by   map[string][]skeletonRef
}

type skeletonRef struct {
	skel  string
	entry int
}

func (g *Gazetteer) skeletonsOf(country string) []skeletonRef {
	g.skeletons.once.Do(func() {
		g.skeletons.by = map[string][]skeletonRef{}
		for i, r := range g.entries {
			if r.Kind != kg.City && r.Kind != kg.Region {
				continue
			}
			// the name only: the aliases hold other languages' transliterations
			// ("Kulman" of Cullman), too far from English texts' spellings to guess
			n := r.Name
			if strings.ContainsAny(n, " -'’.") || !latinWord(n) {
				continue
			}
			s := spellingSkeleton(n)
			if utf8.RuneCountInString(s) < 5 {
				continue
			}
			for _, cc := range r.Countries {
				g.skeletons.by[cc] = append(g.skeletons.by[cc], skeletonRef{s, i})
			}
		}
	})
	return g.skeletons.by[country]
}

// latinWord reports whether w is written in letters of the Latin script only.
func latinWord(w string) bool {
	for _, r := range w {
		if !unicode.Is(unicode.Latin, r) {
			return false
		}
	}
	return w != ""
}

// nearSkeleton reports whether two skeletons of six letters or more differ by one
// letter inside them: not the first, and not in the last two, where English adds its
// endings ("Georgian", "Indian", "Republics" are no spellings of Georgia, Indiana or
// Republic).
func nearSkeleton(a, b string) bool {
	if utf8.RuneCountInString(a) < 6 || utf8.RuneCountInString(b) < 6 || a[0] != b[0] || a[len(a)-2:] != b[len(b)-2:] {
		return false
	}
	return a == b || oneEdit(a, b)
}

// placeWordsAfter may follow a place's name without making it part of a longer one
// ("the Oromia Region").
var placeWordsAfter = set("region", "province", "city", "district", "zone", "oblast", "state", "county", "valley")

// nearSpellings links a place the text spells otherwise than the graph, with no alias
// for this spelling ("Oromia" for the graph's Oromiya, "Beqaa" for Bekaa): one
// capitalised word of five letters or more that names nothing in the graph, whose
// skeleton (the common alternations written one way) is that of a city or region of a
// country the article names, or, at six letters or more, one inner letter from a
// region's (nearSkeleton; a town one letter away is too often a demonym or another
// town: "Chilean" and Chillán, "Hanking" and Hanting). Only when exactly one place fits, the word stands alone (no
// capitalised word beside it but a sentence's common opening word before, or a
// place's kind after: "the Oromia Region"), is not a sentence's or a line's first word
// nor the end of an "X of Y" name, the text never writes it or the place's name in
// lower case, and no mention covers it. The aliases are not compared: they hold other
// languages' transliterations, too many and too loose to guess from.
func (g *Gazetteer) nearSpellings(c *linkCtx, ms []Mention) []Mention {
	if len(c.countries) == 0 {
		return ms
	}
	countries := make([]string, 0, len(c.countries))
	for cc, ok := range c.countries {
		if ok {
			countries = append(countries, cc)
		}
	}
	slices.Sort(countries)
	found := map[string]int{} // skeleton -> entry, -1 when none or several
	for i, t := range c.toks {
		w := t.text
		if utf8.RuneCountInString(w) < 5 || !isCapitalized(w) || isUpperWord(w) || !latinWord(w) || c.lower[FoldName(w)] ||
			coveringAny(ms, t.start, t.end) || len(g.entriesNamed(FoldName(w))) > 0 {
			continue
		}
		if i == 0 || c.toks[i-1].sentence != t.sentence || strings.Contains(c.text[c.toks[i-1].end:t.start], "\n") {
			continue // a sentence's or a line's first word is capitalised whatever it is
		}
		if isCapitalized(c.toks[i-1].text) && onlySpace(c.text[c.toks[i-1].end:t.start]) {
			// only a sentence's opening common word may stand before it ("In Khorog")
			if first := i-1 == 0 || c.toks[i-2].sentence != t.sentence || strings.Contains(c.text[c.toks[i-2].end:c.toks[i-1].start], "\n"); !first || !c.lower[FoldName(c.toks[i-1].text)] {
				continue
			}
		}
		if i >= 2 && c.toks[i-1].text == "of" && isCapitalized(c.toks[i-2].text) {
			continue // the end of a name of that shape ("Heads of Misson")
		}
		if i+1 < len(c.toks) && c.toks[i+1].sentence == t.sentence && isCapitalized(c.toks[i+1].text) &&
			onlySpace(c.text[t.end:c.toks[i+1].start]) && !placeWordsAfter[strings.ToLower(c.toks[i+1].text)] {
			continue
		}
		skel := spellingSkeleton(w)
		entry, seen := found[skel]
		if !seen {
			entry = -1
			for _, cc := range countries {
				for _, r := range g.skeletonsOf(cc) {
					if r.skel != skel && !(g.entries[r.entry].Kind == kg.Region && nearSkeleton(r.skel, skel)) || c.lower[FoldName(g.entries[r.entry].Name)] {
						continue
					}
					switch {
					case entry == -1:
						entry = r.entry
					case entry != r.entry:
						entry = -2
					}
				}
			}
			found[skel] = entry
		}
		if entry < 0 {
			continue
		}
		ms = addIfFree(ms, Mention{Text: w, bStart: t.start, bEnd: t.end, Entity: strPtr(g.entries[entry].ID),
			Kind: g.entries[entry].Kind, How: "spelling", Confidence: 0.55, entry: entry})
	}
	return ms
}
