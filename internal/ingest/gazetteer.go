package ingest

import (
	"context"
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	ahocorasick "github.com/petar-dambovaliev/aho-corasick"

	"github.com/amity-graph/amity/internal/kg"
	"github.com/amity-graph/amity/internal/store"
)

// NameSource streams the graph's names; *store.Store is one.
type NameSource interface {
	EachName(ctx context.Context, fn func(store.NameRecord) error) error
}

// Gazetteer is every name and alias of the graph, folded, in one Aho–Corasick
// automaton, with the context facts the linker weighs candidates by.
type Gazetteer struct {
	entries  []store.NameRecord
	byID     map[string]int
	patterns []pattern // indexed like the automaton's patterns
	ac       ahocorasick.AhoCorasick
	// holders lists, per body or place id, the people holding a position there.
	holders map[string][]holder
	// missions lists consulates by "country|city".
	missions map[string][]int
	// missionsWithin lists consulates by "country|region" of the regions their seat lies
	// in: the graph files some under a district of the city a text names ("U.S. Embassy
	// in Oslo", based in Sjølyststranda, a district in the region Oslo).
	missionsWithin map[string][]int
	// skeletons indexes places' names by spelling skeleton (nearSpellings).
	skeletons placeSkeletons
	// bySurname indexes people by their folded surname (transliteratedPerson).
	bySurname surnameIndex
}

// pattern is one folded name and the entities that bear it.
type pattern struct {
	folded string
	refs   []patRef
}

type patRef struct {
	entry int
	// upper is set for a name written in capitals of at most five letters (ROK, CPC):
	// it matches only text in capitals, so "rok" or "Cpc" in prose is no mention.
	upper bool
	// short is set for a person's name with the middle names left out ("Jose
	// Fernandez" of Jose Trejos Fernandez): in a name of three words the last may be a
	// second surname, so the short form is weak evidence (see choose).
	short bool
	// code is set for a country's ISO alpha-3 code ("PNG"): three capitals that name the
	// country only where the text names it in full too (see choose), and that are no
	// evidence of the country themselves.
	code bool
	// initialsOut is set for a short form that leaves out middle initials only
	// ("Donald Blome" of Donald A. Blome): the person wherever the text gives him a
	// diplomat's title and no other given name before the surname makes the text a
	// family's (see choose).
	initialsOut bool
}

type holder struct {
	person       int
	title        string
	since, until string
}

// LoadGazetteer reads the graph's names from src and builds the gazetteer.
func LoadGazetteer(ctx context.Context, src NameSource) (*Gazetteer, error) {
	var recs []store.NameRecord
	if err := src.EachName(ctx, func(r store.NameRecord) error { recs = append(recs, r); return nil }); err != nil {
		return nil, fmt.Errorf("load gazetteer: %w", err)
	}
	return NewGazetteer(recs), nil
}

// NewGazetteer builds a gazetteer from name records.
func NewGazetteer(recs []store.NameRecord) *Gazetteer {
	g := &Gazetteer{entries: recs, byID: make(map[string]int, len(recs)), holders: map[string][]holder{}, missions: map[string][]int{},
		missionsWithin: map[string][]int{}}
	index := map[string]int{}
	add := func(name string, entry int, short bool) {
		f := FoldName(name)
		if !usableName(f) {
			return
		}
		ref := patRef{entry: entry, upper: isAbbreviation(name), short: short}
		i, ok := index[f]
		if !ok {
			i = len(g.patterns)
			index[f] = i
			g.patterns = append(g.patterns, pattern{folded: f})
		}
		for j, r := range g.patterns[i].refs {
			if r.entry == entry {
				g.patterns[i].refs[j].short = r.short && short
				return
			}
		}
		g.patterns[i].refs = append(g.patterns[i].refs, ref)
	}
	// a country's code is a pattern of its own kind: a name that is also a code ("USA")
	// stays a name
	addCode := func(code string, entry int) {
		f := FoldName(code)
		if i, ok := index[f]; ok && slices.ContainsFunc(g.patterns[i].refs, func(r patRef) bool { return r.entry == entry }) {
			return
		}
		add(code, entry, false)
		if i, ok := index[f]; ok {
			for j, r := range g.patterns[i].refs {
				if r.entry == entry {
					g.patterns[i].refs[j].code = true
				}
			}
		}
	}
	// the counties a town that bears their stem lies in: there the stem names the
	// town, the county's seat ("Iasi" of Iasi County); a namesake elsewhere ("Maryland"
	// of Maryland County, Liberia) is left to the context to tell apart
	seatOf := map[string]bool{}
	// usCities holds the folded names of the United States' cities: an American county
	// is written with its "County" where a city bears its stem ("Milwaukee" is the
	// city), though the graph files few such cities under their county
	usCities := map[string]bool{}
	// regionNamed holds each country's regions by folded name: a county's stem that is
	// another region's whole name ("Hawaii" of Hawaii County) names that region
	regionNamed := map[string]bool{}
	for _, r := range recs {
		if r.Kind == kg.Region {
			for _, c := range r.Countries {
				regionNamed[c+"|"+FoldName(r.Name)] = true
			}
		}
		if r.Kind != kg.City {
			continue
		}
		if slices.Contains(r.Countries, "country:us") {
			usCities[FoldName(r.Name)] = true
		}
		for _, reg := range r.Regions {
			for _, n := range append([]string{r.Name}, r.Aliases...) {
				seatOf[reg+"|"+FoldName(n)] = true
			}
		}
	}
	for i, r := range recs {
		g.byID[r.ID] = i
		names := append([]string{r.Name}, r.Aliases...)
		if r.Kind == kg.Country {
			names = append(names, frenchCountryNames[r.ID]...)
			names = append(names, englishCountryNames[r.ID]...)
			names = apostropheForms(names)
		}
		if r.Kind == kg.Region {
			names = append(names, regionGovernmentNames[r.ID]...)
		}
		var shorts, bare []string
		if r.Kind == kg.Person {
			for _, n := range names {
				// "Harry B. Harris" for Harry B. Harris Jr.: the generation left out
				if m := generation.FindStringSubmatch(n); m != nil {
					names = append(names, m[1])
				}
			}
			for _, n := range names {
				ws := strings.Fields(n)
				// "Bill Clinton" for William Jefferson Clinton: a familiar form of the given
				// name, as weak as a short form
				if len(ws) >= 2 {
					for _, nick := range nicknames[ws[0]] {
						shorts = append(shorts, nick+" "+ws[len(ws)-1])
					}
				}
				// "Luis E. Arreaga" for Luis E. Arreaga-Rodas: a double surname's first
				// part alone, as weak as a short form
				if first, second, ok := strings.Cut(ws[len(ws)-1], "-"); ok && len(ws) >= 2 && isCapitalized(first) && isCapitalized(second) && len(first) > 2 {
					shorts = append(shorts, strings.Join(ws[:len(ws)-1], " ")+" "+first)
				}
				switch {
				case len(ws) == 2:
					names = append(names, ws[1]+" "+ws[0])
				case len(ws) > 2 && !strings.HasSuffix(ws[len(ws)-1], "."):
					// "John Kerry" for John Forbes Kerry: the middle names left out.
					// Middle initials alone ("Donald A. Blome") can be no second
					// surname: leaving them out names the person where a diplomat's
					// title narrows the namesakes (see choose).
					if onlyInitials(ws[1 : len(ws)-1]) {
						bare = append(bare, ws[0]+" "+ws[len(ws)-1])
					} else {
						shorts = append(shorts, ws[0]+" "+ws[len(ws)-1])
					}
					// "Kathleen Stephens" for Doris Kathleen Stephens: one who goes by the
					// middle name, as weak as a short form
					if len(ws) == 3 && !strings.HasSuffix(ws[1], ".") && isCapitalized(ws[1]) {
						shorts = append(shorts, ws[1]+" "+ws[2])
					}
					// "Mark W. Lippert" for Mark William Lippert: the middle names
					// as initials agree with the full name, letter for letter
					if initials := middleInitials(ws[1 : len(ws)-1]); initials != "" {
						names = append(names, ws[0]+" "+initials+" "+ws[len(ws)-1])
					}
					// "J. Thomas Schieffer" for John Thomas Schieffer: the first given name
					// as its initial, the middle names and the surname in full
					if r, _ := utf8.DecodeRuneInString(ws[0]); unicode.IsUpper(r) && !strings.HasSuffix(ws[1], ".") {
						names = append(names, string(r)+". "+strings.Join(ws[1:], " "))
					}
				}
			}
		}
		if r.Kind == kg.Region {
			names = append(names, romanisedProvince(r.Name)...)
			// "Lempira" for Lempira Department: the graph names some countries'
			// departments with the word, texts seldom do
			if stem, ok := strings.CutSuffix(r.Name, " Department"); ok && stem != "" {
				names = append(names, stem)
			}
			names = append(names, compassRegionForms(r.Name)...)
			if stem := countyStem(r.Name); stem != "" && !seatOf[r.ID+"|"+FoldName(stem)] && !(slices.Contains(r.Countries, "country:us") && usCities[FoldName(stem)]) &&
				!slices.ContainsFunc(r.Countries, func(c string) bool { return regionNamed[c+"|"+FoldName(stem)] }) {
				names = append(names, stem)
			}
			_, forms := subjectForms(r.Name)
			names = append(names, forms...)
			names = append(names, autonomousForms(r.Name)...)
		}
		names = append(names, designations[r.ID]...)
		if r.Kind == kg.Region || r.Kind == kg.City {
			names = append(names, saintForms(r.Name)...)
		}
		if r.Kind == kg.Region || r.Kind == kg.Country || r.Kind == kg.City {
			// "Trinidad & Tobago": an ampersand stands for the "and" of a place's name
			for _, n := range names {
				if strings.Contains(n, " and ") {
					names = append(names, strings.ReplaceAll(n, " and ", " & "))
				}
			}
		}
		for _, n := range names {
			if r.Kind == kg.Person && len(strings.Fields(FoldName(n))) < 2 {
				continue // a lone surname is found through the full name said earlier
			}
			add(n, i, false)
		}
		for _, n := range shorts {
			add(n, i, true)
		}
		for _, n := range bare {
			add(n, i, true)
			k, ok := index[FoldName(n)]
			if !ok {
				continue
			}
			p := &g.patterns[k]
			for j := range p.refs {
				if p.refs[j].entry == i && p.refs[j].short {
					p.refs[j].initialsOut = true
				}
			}
		}
		if r.Kind == kg.Country && len(r.Code) == 3 {
			addCode(r.Code, i)
		}
		for _, p := range r.Positions {
			g.holders[p.Body] = append(g.holders[p.Body], holder{person: i, title: p.Title, since: p.Since, until: p.Until})
		}
		if r.Kind == kg.Consulate {
			for _, c := range r.Represents {
				for _, b := range r.BasedIn {
					g.missions[c+"|"+b] = append(g.missions[c+"|"+b], i)
				}
			}
		}
	}
	for i, r := range recs {
		if r.Kind != kg.Consulate {
			continue
		}
		for _, b := range r.BasedIn {
			if j, ok := g.byID[b]; ok {
				for _, reg := range g.entries[j].Regions {
					for _, c := range r.Represents {
						g.missionsWithin[c+"|"+reg] = append(g.missionsWithin[c+"|"+reg], i)
					}
				}
			}
		}
	}
	// "Sakhalin" of Sakhalin Oblast: texts name such a region by its stem alone, once
	// nothing else the graph holds bears the stem (a city, the region's seat or not, as
	// "Kaliningrad"; another region, as "Altai")
	for i, r := range recs {
		if r.Kind != kg.Region {
			continue
		}
		if stem, _ := subjectForms(r.Name); stem != "" {
			if _, taken := index[FoldName(stem)]; !taken {
				add(stem, i, false)
			}
		}
	}
	// "Luapula" of Luapula Province: the same, for a province's head, once no other
	// record and no second province bears the stem, and it opens no other place's name
	// ("Kurdistan" of Kurdistan Region)
	stems, openings := map[string][]int{}, nameOpenings(recs)
	for i, r := range recs {
		if r.Kind == kg.Region {
			if stem := provinceStem(r.Name); stem != "" {
				stems[FoldName(stem)] = append(stems[FoldName(stem)], i)
			}
		}
	}
	for _, f := range slices.Sorted(maps.Keys(stems)) {
		is := stems[f]
		if _, taken := index[f]; !taken && len(is) == 1 && !openedElsewhere(openings, f, is[0]) {
			add(provinceStem(recs[is[0]].Name), is[0], false)
		}
	}
	pats := make([]string, len(g.patterns))
	for i, p := range g.patterns {
		pats[i] = " " + p.folded + " "
	}
	b := ahocorasick.NewAhoCorasickBuilder(ahocorasick.Opts{MatchKind: ahocorasick.StandardMatch, DFA: false})
	g.ac = b.Build(pats)
	return g
}

// designations are the names diplomatic texts give a country's territory that the
// graph's aliases lack: the United Nations' designation of Palestine's,
// "Britain", which the graph holds only as "Great Britain", and "Burkina", the usual
// short form of Burkina Faso.
var designations = map[string][]string{
	"country:gb": {"Britain"},
	"country:bf": {"Burkina"},
	"country:ps": {"Occupied Palestinian Territories", "Occupied Palestinian Territory", "Palestinian Territories", "Palestinian Territory"},
}

// nicknames are the familiar forms of English given names that public figures go by.
var nicknames = map[string][]string{
	"William": {"Bill", "Will"}, "Robert": {"Bob", "Rob"}, "Richard": {"Dick", "Rick"}, "James": {"Jim"},
	"Michael": {"Mike"}, "Thomas": {"Tom"}, "Joseph": {"Joe"}, "Christopher": {"Chris"}, "Daniel": {"Dan"},
	"David": {"Dave"}, "Edward": {"Ed", "Ted"}, "Anthony": {"Tony"}, "Kenneth": {"Ken"}, "Stephen": {"Steve"},
	"Steven": {"Steve"}, "Lawrence": {"Larry"}, "Gerald": {"Jerry"}, "Patrick": {"Pat"}, "Nicholas": {"Nick"},
	"Matthew": {"Matt"}, "Samuel": {"Sam"}, "Elizabeth": {"Liz", "Beth"}, "Katherine": {"Kate", "Kathy"},
	"Jennifer": {"Jenny"}, "Susan": {"Sue"}, "Andrew": {"Andy"}, "Alexander": {"Alex"}, "Benjamin": {"Ben"},
	"Gregory": {"Greg"}, "Jeffrey": {"Jeff"}, "Jonathan": {"Jon"}, "Timothy": {"Tim"}, "Ronald": {"Ron"},
	"Donald": {"Don"}, "Charles": {"Chuck", "Charlie"}, "Margaret": {"Peggy", "Maggie"}, "Frederick": {"Fred"},
	"Douglas": {"Doug"}, "Raymond": {"Ray"}, "Albert": {"Al"}, "Philip": {"Phil"}, "Phillip": {"Phil"},
}

// middleInitials writes middle names as initials ("William" -> "W."); "" when one is
// already an initial or is no name.
func middleInitials(ws []string) string {
	var out []string
	for _, w := range ws {
		r := []rune(w)
		if len(r) < 2 || !unicode.IsUpper(r[0]) || strings.HasSuffix(w, ".") {
			return ""
		}
		out = append(out, string(r[0])+".")
	}
	return strings.Join(out, " ")
}

// onlyInitials reports whether every word is an initial ("A.", "J.").
func onlyInitials(ws []string) bool {
	for _, w := range ws {
		if !isInitial(w) {
			return false
		}
	}
	return len(ws) > 0
}

// isInitial reports whether w is one capital and a full stop.
func isInitial(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) && w[n:] == "."
}

// generation finds a generational suffix after a person's name.
var generation = regexp.MustCompile(`^(.+?),? (?:Jr\.?|Sr\.?|II|III|IV)$`)

// koreanProvince splits a Korean province's romanised name: its stem, the bearing
// ("buk" north, "nam" south) and the "-do" of a province.
var koreanProvince = regexp.MustCompile(`^(\p{Lu}\p{Ll}+?)(buk|nam)?-do$`)

// romanisedProvince returns the English forms of a Korean province's romanised name:
// "North Gyeongsang" and "North Gyeongsang Province" for Gyeongsangbuk-do, "Jeju
// Province" for Jeju-do. The suffixes are the language's, so the forms hold for every
// province named that way.
func romanisedProvince(name string) []string {
	m := koreanProvince.FindStringSubmatch(name)
	if m == nil {
		return nil
	}
	stem := m[1]
	switch m[2] {
	case "buk":
		stem = "North " + stem
	case "nam":
		stem = "South " + stem
	}
	out := []string{stem, stem + " Province"}
	if m[2] != "" {
		// "Gyeongnam" for Gyeongsangnam-do: the stem's first syllable and the bearing, as
		// Koreans shorten the paired provinces; a syllable's final l before an l was an n
		// ("Jeolla" is Jeon-ra: "Jeonnam")
		if s := firstSyllable.FindString(m[1]); s != "" && s != m[1] {
			if strings.HasSuffix(s, "l") && strings.HasPrefix(m[1][len(s):], "l") {
				s = strings.TrimSuffix(s, "l") + "n"
			}
			out = append(out, s+m[2])
		}
	}
	return out
}

// firstSyllable is a romanised Korean word's first syllable: its onset, vowels and the
// final consonant before the next syllable's onset ("Gyeong" of Gyeongsang, "Chung" of
// Chungcheong, "Jeol" of Jeolla).
var firstSyllable = regexp.MustCompile(`^[^aeiouy]*[aeiouy]+(?:ng|[nlkmpt])?`)

// Len is the number of entities the gazetteer holds.
func (g *Gazetteer) Len() int { return len(g.entries) }

// Entry returns the record of an entity id.
func (g *Gazetteer) Entry(id string) (store.NameRecord, bool) {
	i, ok := g.byID[id]
	if !ok {
		return store.NameRecord{}, false
	}
	return g.entries[i], true
}

// usableName keeps names that can be told from prose: two letters at least, not a
// bare number.
func usableName(f string) bool {
	if len([]rune(f)) < 2 {
		return false
	}
	for _, r := range f {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

func isAbbreviation(name string) bool {
	n := 0
	for _, r := range name {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n >= 2 && n <= 5
}

// hit is a gazetteer name found in the text.
type hit struct {
	start, end int // in the original text
	pat        int
}

// find returns every occurrence of every name, overlapping ones included.
func (g *Gazetteer) find(text string) []hit {
	f := fold(text)
	var out []hit
	it := g.ac.IterOverlapping(f.s)
	for m := it.Next(); m != nil; m = it.Next() {
		s, e := f.span(text, m.Start(), m.End())
		out = append(out, hit{start: s, end: e, pat: m.Pattern()})
	}
	return out
}

// soleEntry returns the one entry that keep accepts, or a negative number when none or
// several do.
func (g *Gazetteer) soleEntry(keep func(store.NameRecord) bool) int {
	found := -1
	for i, e := range g.entries {
		if !keep(e) {
			continue
		}
		if found >= 0 {
			return -2
		}
		found = i
	}
	return found
}
