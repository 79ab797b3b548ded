package ingest

import (
	"regexp"
	"slices"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
	"github.com/amity-graph/amity/internal/store"
)

// missionRe finds a mission or its head named by country and city: "Consul General of
// Japan in Shenyang", "the Chinese Consulate General in Busan".
var missionRe = regexp.MustCompile(`(?:\b([A-Z][a-z]+(?: [A-Z][a-z]+)?) )?\b(Consul[- ]General|Consulate[- ]General|Consulate|Consul|Embassy|Ambassador)(?: of (?:the )?([A-Z][\p{L}']+(?: [A-Z][\p{L}']+)*))? (?:(?:in|to) )?([A-Z][\p{L}]+(?: [A-Z][\p{L}]+)?)`)

// afterName: a title set off after a name ("Nick Whittingham, British Consul-General")
// before the name is known as a person's.
var afterName = regexp.MustCompile(`\b[A-Z][\p{L}]+, $`)

// titleMentions links titles that point to one body: a mission named by its country and
// city.
func (g *Gazetteer) titleMentions(c *linkCtx, ms []Mention) []Mention {
	at := func(s, e int, kinds ...kg.Kind) *Mention {
		for i := range ms {
			if ms[i].bStart >= s && ms[i].bEnd <= e && ms[i].Entity != nil && slices.Contains(kinds, ms[i].Kind) {
				return &ms[i]
			}
		}
		return nil
	}
	var out []Mention
	for _, m := range missionRe.FindAllStringSubmatchIndex(c.text, -1) {
		country := ""
		if m[2] >= 0 {
			country = demonyms[strings.ToLower(c.text[m[2]:m[3]])]
			if country == "" {
				country = g.countryByName(c.text[m[2]:m[3]]) // "United States Embassy in ..."
			}
		}
		if m[6] >= 0 {
			if cm := at(m[6], m[7], kg.Country); cm != nil {
				country = *cm.Entity
			}
		}
		// a post's own texts name it by its seat alone ("Embassy Lindby", "Consulate
		// General Lindby"); a head's title without "in" or "to" is a name's start
		// ("Ambassador Lind"), and so is a post's with "of" ("Embassy of Lindby Square")
		if headEnd := max(m[5], m[7]); c.text[headEnd:m[8]] == " " &&
			(m[6] >= 0 || !post(c.text[m[4]:m[5]])) {
			continue
		}
		// "U.S. Embassy Lindby": a post's sender by its short form (a head's title so
		// introduced is a person's, "the U.S. Consul General in Lindby")
		if a := abbrevBefore.FindStringSubmatch(c.text[:m[4]]); country == "" && m[2] < 0 && a != nil && post(c.text[m[4]:m[5]]) {
			country = abbreviations[a[1]]
		}
		city := at(m[8], m[9], kg.City, kg.Region)
		if city == nil && country != "" && c.text[max(m[5], m[7]):m[8]] == " " {
			if x, ok := g.postBySeat(c.text, m, country); ok {
				out = append(out, x)
				continue
			}
		}
		if city == nil && strings.EqualFold(c.text[m[4]:m[5]], "embassy") {
			sender := country
			if a := abbrevBefore.FindStringSubmatch(c.text[:m[4]]); sender == "" && m[2] < 0 && a != nil {
				sender = abbreviations[a[1]] // "U.S. Embassy in ...": the sender by its short form
			}
			// "the U.S. Embassy in Cameroon": a country has one embassy in another, in
			// its capital, so the host country names it
			// "U.S. Embassy Velmar": the host country's name straight after, unlinked
			// where it stands, names it as well, when the sender is a short form; not
			// before a seat ("the British Embassy Velmar in Orskel" is a name of its own)
			host := ""
			if hm := at(m[8], m[9], kg.Country); hm != nil {
				host = *hm.Entity
			} else if m[2] < 0 && c.text[max(m[5], m[7]):m[8]] == " " && !coveringAny(ms, m[8], m[9]) && !strings.HasPrefix(c.text[m[9]:], " in ") {
				host = g.countryByName(c.text[m[8]:m[9]])
			}
			if host != "" && sender != "" {
				if i, ok := g.embassyIn(sender, host); ok {
					start := m[0]
					if m[2] < 0 {
						start = m[4] - len(abbrevBefore.FindString(c.text[:m[4]]))
					}
					out = append(out, Mention{Text: c.text[start:m[9]], bStart: start, bEnd: m[9], Entity: strPtr(g.entries[i].ID),
						Kind: g.entries[i].Kind, How: "title", Confidence: 0.85, entry: i})
				}
			}
			continue
		}
		if country == "" || city == nil {
			continue
		}
		// a head's title after a person's name is that person's office, not the mission
		// ("Nick Whittingham, British Consul-General in Wuhan")
		if head := strings.ToLower(c.text[m[4]:m[5]]); !strings.HasPrefix(head, "consulate") && head != "embassy" &&
			(afterPerson(c.text, m[0], ms) || afterName.MatchString(c.text[:m[0]]) || afterNameThe.MatchString(c.text[:m[0]])) {
			continue
		}
		start := m[0]
		if m[2] >= 0 && demonyms[strings.ToLower(c.text[m[2]:m[3]])] == "" {
			start = m[4]
		}
		cands := g.missions[country+"|"+*city.Entity]
		general := strings.Contains(strings.ToLower(c.text[m[4]:m[5]]), "general")
		if len(cands) > 1 {
			var keep []int
			for _, i := range cands {
				if strings.Contains(strings.ToLower(g.entries[i].Name), "general") == general {
					keep = append(keep, i)
				}
			}
			cands = keep
		}
		if cands = g.sameMissionType(cands, c.text[m[4]:m[5]]); len(cands) != 1 {
			continue
		}
		e := g.entries[cands[0]]
		out = append(out, Mention{Text: c.text[start:m[9]], bStart: start, bEnd: m[9], Entity: strPtr(e.ID),
			Kind: e.Kind, How: "title", Confidence: 0.85, entry: cands[0]})
	}
	// An office named by its place alone ("the Mayor of Lindby"), with no holder's name,
	// is a title alone, no mention of whoever holds it: the place in it is the mention
	// (README, round 40b).
	return out
}

// afterPerson reports whether the title is in apposition to a person's name just
// before it ("Daisuke Miyajima, Mayor of Sasebo"): the name is the mention.
func afterPerson(text string, at int, ms []Mention) bool {
	for _, m := range ms {
		if m.Kind == kg.Person && m.bEnd <= at && strings.TrimSpace(text[m.bEnd:at]) == "," {
			return true
		}
	}
	return false
}

// heldAt reports whether an office may have been held on the date: unknown bounds
// do not exclude it.
func heldAt(h holder, d kg.Date) bool {
	lo, _, ok := d.Bounds()
	if !ok {
		return true
	}
	if h.since != "" && h.since > lo {
		return false
	}
	if h.until != "" && h.until < lo[:len(h.until)] {
		return false
	}
	return true
}

// replaceInner puts title mentions in place of the mentions they contain.
func replaceInner(ms, titles []Mention) []Mention {
	for _, t := range titles {
		var keep []Mention
		clash := false
		for _, m := range ms {
			switch {
			case m.bStart >= t.bStart && m.bEnd <= t.bEnd:
			case m.bStart < t.bEnd && t.bStart < m.bEnd:
				clash = true
				keep = append(keep, m)
			default:
				keep = append(keep, m)
			}
		}
		if !clash {
			ms = append(keep, t)
			sortMentions(ms)
		}
	}
	return ms
}

// missionNameRe finds a mission's own name: a country's adjective or short form, the
// mission's kind, and its seat, after "in" or straight after ("U.S. Consulate General in
// Monterrey", "British Consulate-General Chongqing", "British Consulate-General in South
// West China"). The seat runs over every capitalised word: it is part of the name. A
// legation ("American Legation in Alba"), the lower rank of mission many countries kept
// until the mid-twentieth century, is named the same way, and so are the smaller posts
// an embassy keeps in a town of its own ("U.S. Embassy Office in Alba", "U.S. Consular
// Agency in Alba"), whose seat is as much a word of the post's name.
var missionNameRe = regexp.MustCompile(`(?:\b(U\.S\.|U\.K\.|UK|US)|\b([A-Z][a-z]+(?: [A-Z][a-z]+)?)) (Consulate[- ]General|Consulate|Embassy Office|Embassy|Consular Agency|High Commission|Presence Post|Legation)( in)? ([A-Z][\p{L}’'-]+(?: [A-Z][\p{L}’'-]+)*)`)

// missionCountry reads the country of a mission's name from a match whose first group
// is a country's short form and second a demonym.
func missionCountry(text string, m []int) string {
	if m[2] >= 0 {
		if text[m[2]:m[3]] == "United States" {
			return "country:us"
		}
		return abbreviations[text[m[2]:m[3]]]
	}
	return senderCountry(text[m[4]:m[5]])
}

// missionNames reads missions' names that titleMentions left: one name, never the
// country and place inside it. A name whose seat is a graph city is the graph's mission
// of that country there, if it holds one, and otherwise a new mission; a seat the graph
// does not know ("South West China") is the one mission of that country the article
// has already named, or a new one.
func (p *proposer) missionNames(ms []Mention) []Mention {
	g, text := p.g, p.c.text
	for _, m := range missionNameRe.FindAllStringSubmatchIndex(text, -1) {
		s, e := m[0], m[1]
		country := missionCountry(text, m)
		if sp := strings.IndexByte(text[max(m[4], 0):max(m[5], 0)], ' '); country == "" && sp >= 0 {
			// "The French Embassy", "Open American Presence Post": two capitalised
			// words matched, the demonym is the second
			s = m[4] + sp + 1
			country = demonyms[strings.ToLower(text[s:m[5]])]
		}
		if country == "" || slices.ContainsFunc(ms, func(x Mention) bool {
			return x.Kind == kg.Consulate && x.bStart < e && s < x.bEnd
		}) {
			continue
		}
		seat := text[m[10]:m[11]]
		if g.countryByName(seat) != "" {
			continue // "the British Consulate in China" names no seat
		}
		cities := g.seatPlaces(seat)
		// the seat's words run on into a headline's ("Consulate General Basrah Welcomes
		// ..."): the longest run of its first words that names a place is the seat. Not
		// after "in", where a seat the graph lacks runs on ("in South West China").
		for words := strings.Fields(seat); m[8] < 0 && len(cities) == 0 && len(words) > 1; {
			words = words[:len(words)-1]
			cities = g.seatPlaces(strings.Join(words, " "))
			if len(cities) > 0 {
				e = m[10] + len(strings.Join(words, " "))
			}
		}
		if m[8] < 0 && len(cities) == 0 {
			continue // "British Embassy Staff": without "in", only a known place is a seat
		}
		var missions []int
		if len(cities) > 0 {
			for _, i := range cities {
				for _, j := range g.missions[country+"|"+g.entries[i].ID] {
					if !slices.Contains(missions, j) {
						missions = append(missions, j)
					}
				}
			}
			// none at the seat itself: the mission of that country whose seat lies in
			// the region that bears the seat's name (a district of the city)
			if len(missions) == 0 {
				for _, i := range cities {
					if g.entries[i].Kind != kg.Region {
						continue
					}
					for _, j := range g.missionsWithin[country+"|"+g.entries[i].ID] {
						if !slices.Contains(missions, j) {
							missions = append(missions, j)
						}
					}
				}
			}
		} else {
			for _, x := range ms {
				if x.Kind == kg.Consulate && x.Entity != nil && x.entry >= 0 && slices.Contains(g.entries[x.entry].Represents, country) &&
					!slices.Contains(missions, x.entry) {
					missions = append(missions, x.entry)
				}
			}
		}
		missions = g.sameMissionType(missions, text[m[6]:m[7]])
		if len(missions) == 1 {
			ent := g.entries[missions[0]]
			kept := slices.DeleteFunc(slices.Clone(ms), func(x Mention) bool { return x.bStart >= s && x.bEnd <= e })
			if slices.ContainsFunc(kept, func(x Mention) bool { return x.bStart < e && s < x.bEnd }) {
				continue
			}
			ms = append(kept, Mention{Text: text[s:e], bStart: s, bEnd: e, Entity: strPtr(ent.ID), Kind: kg.Consulate,
				How: "title", Confidence: 0.75, entry: missions[0]})
			sortMentions(ms)
			continue
		}
		ms = p.add(ms, kg.Consulate, s, e, 0.6)
	}
	return p.seatlessEmbassies(p.countrylessMissions(ms))
}

// seatPlaces returns the graph's cities and regions that bear name.
func (g *Gazetteer) seatPlaces(name string) []int {
	var cities []int
	for _, i := range g.entriesNamed(FoldName(name)) {
		if k := g.entries[i].Kind; k == kg.City || k == kg.Region {
			cities = append(cities, i)
		}
	}
	return cities
}

// countrylessMissionRe finds a mission named by its kind and seat alone ("Consulate in
// Adana", "Consulate Adana"), the way its own staff write it; without "in", only a seat
// the graph holds as a city makes it one (countrylessMissions).
var countrylessMissionRe = regexp.MustCompile(`\b(Consulate[- ]General|Consulate|Embassy|Presence Post)(?: in)? ([A-Z][\p{L}’'-]+)`)

// countrylessMissions reads a mission named without its country, after a word that
// opens no name: the seat is part of the mission's name, not a mention of the city. It
// is the graph's mission at that seat of a country the article names, when exactly one
// is, and otherwise a new mission.
func (p *proposer) countrylessMissions(ms []Mention) []Mention {
	g, c := p.g, p.c
	for _, m := range countrylessMissionRe.FindAllStringSubmatchIndex(c.text, -1) {
		s, e := m[0], m[1]
		if prev := lastWord(c.text[:s]); prev != "" && prev != "The" && strings.HasSuffix(strings.TrimRight(c.text[:s], " "), prev) && isNameWord(prev) && !p.sentenceStart(s) &&
			!(p.sentenceStart(strings.LastIndex(c.text[:s], prev)) && commonCapitalised[strings.ToLower(prev)]) {
			continue // "British Consulate in ...", read by missionNames; not "The Embassy in ..."
		}
		if slices.ContainsFunc(ms, func(x Mention) bool { return x.Kind == kg.Consulate && x.bStart < e && s < x.bEnd }) {
			continue
		}
		var seats []int
		for _, i := range g.entriesNamed(c.text[m[4]:m[5]]) {
			if g.entries[i].Kind == kg.City {
				seats = append(seats, i)
			}
		}
		if len(seats) == 0 {
			continue
		}
		var missions []int
		for _, i := range seats {
			for cc := range c.countries {
				for _, j := range g.missions[cc+"|"+g.entries[i].ID] {
					if !slices.Contains(missions, j) && !slices.Contains(g.entries[i].Countries, cc) {
						missions = append(missions, j)
					}
				}
			}
		}
		missions = g.sameMissionType(missions, c.text[m[2]:m[3]])
		kept := slices.DeleteFunc(slices.Clone(ms), func(x Mention) bool { return x.bStart >= s && x.bEnd <= e })
		if slices.ContainsFunc(kept, func(x Mention) bool { return x.bStart < e && s < x.bEnd }) {
			continue
		}
		if len(missions) == 1 {
			ms = append(kept, Mention{Text: c.text[s:e], bStart: s, bEnd: e, Entity: strPtr(g.entries[missions[0]].ID), Kind: kg.Consulate,
				How: "title", Confidence: 0.7, entry: missions[0]})
			sortMentions(ms)
			continue
		}
		ms = p.add(kept, kg.Consulate, s, e, 0.6)
	}
	return ms
}

// seatlessEmbassyRe finds an embassy named by its country alone ("the U.S. Embassy",
// "the British Embassy's staff", "the United States Embassy"), with no seat after it.
// "The U.S. Mission" is not read so: the annotations keep it for the mission as a whole,
// the embassy and its consulates together, and link it only now and then.
var seatlessEmbassyRe = regexp.MustCompile(`\b(?:(U\.S\.|U\.K\.|UK|US|United States)|([A-Z][a-z]+)) Embassy\b`)

// officeAfterEmbassy reports whether rest, the words after an embassy's name, open
// with an office held at it ("U.S. Embassy Press Spokesman Tor Lind", "U.S. Embassy
// Chargé d’Affaires", "U.S. Embassy Vice Consul"): the capitalised words are the
// holder's title, not the embassy's seat. The office's word is the first or second
// capitalised word.
func officeAfterEmbassy(rest string) bool {
	words := strings.Fields(rest)
	for i := 0; i < len(words) && i < 2; i++ {
		w := strings.Trim(words[i], ",.;:’'")
		if w == "" || !isCapitalized(w) {
			return false
		}
		if titleWords[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

var seatAfter = regexp.MustCompile(`^(?: (in|to|of|at))? ([A-Z][\p{L}]*)`)

// seatNamed reports whether a seat follows an embassy's name: any capitalised word after
// it or after "in", a place's or country's name after "to", "of" or "at" (a headline's
// "U.S. Embassy to Open ..." names none), and in a headline, whose words are capitalised
// whatever they are, a place's name straight after it ("U.S. Embassy Celebrates ..."
// names none).
func (g *Gazetteer) seatNamed(rest string, headline bool) bool {
	m := seatAfter.FindStringSubmatch(rest)
	if m == nil {
		return false
	}
	if m[1] == "in" || m[1] == "" && !headline {
		return true
	}
	return slices.ContainsFunc(g.entriesNamed(FoldName(m[2])), func(i int) bool {
		k := g.entries[i].Kind
		return isPlace(k) || k == kg.Country
	})
}

// seatlessEmbassies reads an embassy named without its seat as the one embassy its
// country keeps in the country the article is about: a country keeps one embassy in
// another, so the graph's embassy of that country in a city of the host is meant. The
// host is the country other than the embassy's own that the article's linked places and
// countries name most often; a tie, or a host where the graph holds no such embassy or
// several, leaves the words as they were.
func (p *proposer) seatlessEmbassies(ms []Mention) []Mention {
	g, text := p.g, p.c.text
	type found struct {
		s, e    int
		country string
	}
	var embassies []found
	for _, m := range seatlessEmbassyRe.FindAllStringSubmatchIndex(text, -1) {
		embassies = append(embassies, found{m[0], m[1], missionCountry(text, m)})
	}
	for _, m := range embassyOfRe.FindAllStringSubmatchIndex(text, -1) {
		if !definiteBefore(text[:m[0]]) {
			continue
		}
		embassies = append(embassies, found{m[0], m[1], g.countryByName(text[m[2]:m[3]])})
	}
	for _, f := range embassies {
		s, e, country := f.s, f.e, f.country
		headline := !strings.Contains(text[:s], "\n")
		if country == "" || g.seatNamed(text[e:], headline) && (headline || !officeAfterEmbassy(text[e:])) || slices.ContainsFunc(ms, func(x Mention) bool {
			return x.bStart < e && s < x.bEnd && (x.Kind != kg.Country || x.bStart < s || x.bEnd > e)
		}) {
			continue
		}
		host := g.hostCountry(ms, country)
		if host == "" && !g.linkedPlaces(ms) {
			// nothing linked yet names a place: the one other country the article names
			host = soleOtherCountry(p.c.countries, country)
		}
		if host == "" {
			continue
		}
		found := g.soleEntry(func(r store.NameRecord) bool {
			return r.Kind == kg.Consulate && slices.Contains(r.Represents, country) && strings.Contains(FoldName(r.Name), "embassy") &&
				slices.ContainsFunc(r.BasedIn, func(b string) bool { j, ok := g.byID[b]; return ok && slices.Contains(g.entries[j].Countries, host) })
		})
		if found < 0 {
			continue
		}
		ms = slices.DeleteFunc(ms, func(x Mention) bool { return x.bStart >= s && x.bEnd <= e })
		ms = append(ms, Mention{Text: text[s:e], bStart: s, bEnd: e, Entity: strPtr(g.entries[found].ID), Kind: kg.Consulate,
			How: "title", Confidence: 0.7, entry: found})
		sortMentions(ms)
	}
	return ms
}

// linkedPlaces reports whether any of ms is a linked country or place.
func (g *Gazetteer) linkedPlaces(ms []Mention) bool {
	return slices.ContainsFunc(ms, func(x Mention) bool {
		return x.Entity != nil && x.entry >= 0 && (x.Kind == kg.Country || x.Kind == kg.City || x.Kind == kg.Region)
	})
}

// soleOtherCountry returns the one country of countries other than not, or "".
func soleOtherCountry(countries map[string]bool, not string) string {
	found := ""
	for cc, ok := range countries {
		if !ok || cc == not {
			continue
		}
		if found != "" {
			return ""
		}
		found = cc
	}
	return found
}

// hostCountry returns the country, other than not, that the article's linked countries
// and places name most often, or "" on a tie.
func (g *Gazetteer) hostCountry(ms []Mention, not string) string {
	n := map[string]int{}
	for _, x := range ms {
		if x.Entity == nil || x.entry < 0 {
			continue
		}
		switch x.Kind {
		case kg.Country:
			n[*x.Entity]++
		case kg.City, kg.Region:
			for _, cc := range g.entries[x.entry].Countries {
				n[cc]++
			}
		}
	}
	delete(n, not)
	best, second := "", 0
	for cc, k := range n {
		switch {
		case best == "" || k > n[best]:
			if best != "" {
				second = n[best]
			}
			best = cc
		case k > second:
			second = k
		}
	}
	if best == "" || n[best] == second {
		return ""
	}
	return best
}

// compassRe finds a part of a country named by its bearing ("South West China",
// "southwest China", "SW China", "Central China"): the bearing (1) and the word after
// it (2), which must be a country's name. Lowercase "northern China" describes the
// country and is not matched.
var compassRe = regexp.MustCompile(`\b((?i:north|south)[- ]?(?i:east|west)|North|South|East|West|Central|north|south|east|west|central|Northern|Southern|Eastern|Western|NE|NW|SE|SW) ([A-Z][\p{L}]+)\b`)

// bearingSpelling spells the bearings one way, so each spelling names one region.
var bearingSpelling = map[string]string{"ne": "Northeast", "nw": "Northwest", "se": "Southeast", "sw": "Southwest"}

// compassRegions reads a bearing before a country's name as a region of that country
// the graph does not hold, so that the country inside it is not linked. A name that
// runs on ("East China Normal University", "South China Sea") is left to the proposer;
// a country whose own name holds the bearing ("South Korea") is one the linker found
// whole, and is left alone.
func (p *proposer) compassRegions(ms []Mention) []Mention {
	text := p.c.text
	for _, m := range compassRe.FindAllStringSubmatchIndex(text, -1) {
		s, e := m[0], m[1]
		if p.g.countryByName(text[m[4]:m[5]]) == "" || p.g.countryByName(text[s:e]) != "" {
			continue
		}
		if w := lastWord(text[:s]); s > 0 && w != "" && isCapitalized(w) && onlySpace(text[s-1:s]) && !p.sentenceStart(s) {
			continue // "the Great East China ...": inside a longer name
		}
		if next := strings.TrimLeft(text[e:], " "); next != "" && isCapitalized(next) && onlySpace(text[e:min(e+1, len(text))]) {
			continue
		}
		if slices.ContainsFunc(ms, func(x Mention) bool {
			return x.bStart < e && s < x.bEnd && !(x.Kind == kg.Country && x.bStart == m[4])
		}) {
			continue
		}
		bearing := strings.ToLower(strings.NewReplacer(" ", "", "-", "").Replace(text[m[2]:m[3]]))
		if w, ok := bearingSpelling[bearing]; ok {
			bearing = w
		} else {
			bearing = strings.ToUpper(bearing[:1]) + bearing[1:]
		}
		ms = p.addNamed(ms, kg.Region, s, e, bearing+" "+text[m[4]:m[5]], 0.6)
	}
	return ms
}

// sentenceStart reports whether a sentence opens at byte at.
func (p *proposer) sentenceStart(at int) bool {
	for _, s := range p.c.sents {
		if s[0] == at {
			return true
		}
	}
	return false
}

// missionType reads the kind of a mission from its head or name: "embassy" or
// "consulate" (a consul's, a consul general's), "" when the words say neither (a
// presence post, a high commission).
func missionType(s string) string {
	s = strings.ToLower(s)
	switch {
	case strings.Contains(s, "embassy") || strings.Contains(s, "ambassador"):
		return "embassy"
	case strings.Contains(s, "consul"):
		return "consulate"
	}
	return ""
}

// sameMissionType keeps the missions whose kind agrees with the head the text gives:
// "the U.S. Consulate in <City>" is not the U.S. embassy there, which may have replaced
// it; the graph lacks the consulate, and it is proposed instead.
func (g *Gazetteer) sameMissionType(missions []int, head string) []int {
	want := missionType(head)
	if want == "" {
		return missions
	}
	return slices.DeleteFunc(slices.Clone(missions), func(i int) bool {
		got := missionType(g.entries[i].Name)
		return got != "" && got != want
	})
}

// missionShortRe finds a mission's kind written short before its seat, as missions
// write it in their own texts ("ConGen Hamburg", "DHC Chandigarh", "AmEmbassy Rome").
var missionShortRe = regexp.MustCompile(`\b(?:ConGen|AmConGen|AmEmbassy|DHC)\s+([A-Z][\p{L}]+)\b`)

// abbreviatedMissions links such a short form to the one mission the article names in
// full whose seat bears the name after it: the text has said whose mission it is. With
// no such mission, or two, it is left as it was.
func (g *Gazetteer) abbreviatedMissions(c *linkCtx, ms []Mention) []Mention {
	for _, m := range missionShortRe.FindAllStringSubmatchIndex(c.text, -1) {
		seat := FoldName(c.text[m[2]:m[3]])
		var found []Mention
		for _, o := range ms {
			if o.Kind != kg.Consulate || o.Entity == nil || o.entry < 0 || slices.ContainsFunc(found, func(f Mention) bool { return *f.Entity == *o.Entity }) {
				continue
			}
			if slices.ContainsFunc(g.entries[o.entry].BasedIn, func(id string) bool {
				i, ok := g.byID[id]
				return ok && (FoldName(g.entries[i].Name) == seat || slices.ContainsFunc(g.entries[i].Aliases, func(a string) bool { return FoldName(a) == seat }))
			}) {
				found = append(found, o)
			}
		}
		if len(found) == 0 {
			if x, ok := g.shortMissionBySender(c, c.text[m[0]:m[1]], seat); ok {
				found = append(found, x)
			}
		}
		if len(found) != 1 {
			continue
		}
		x := found[0]
		x.Text, x.bStart, x.bEnd, x.How, x.Confidence = c.text[m[0]:m[1]], m[0], m[1], "abbreviation", 0.8
		ms = addIfFree(slices.DeleteFunc(ms, func(o Mention) bool { return o.bStart < m[1] && m[0] < o.bEnd }), x)
	}
	return ms
}

// shortMissionHeads is the mission's kind a short form stands for; a deputy high
// commission's ("DHC") is left to the missions the text names in full.
var shortMissionHeads = map[string]string{"ConGen": "Consulate General", "AmConGen": "Consulate General", "AmEmbassy": "Embassy"}

// shortMissionBySender reads a short form ("ConGen Harrowgate") the text names nowhere
// in full as the graph's one mission of that kind, seated in a city of that name, of a
// country the article names other than the seat's own: the sender is then the text's,
// as countrylessMissions reads "Consulate Adana". Two such, or none: no reading.
func (g *Gazetteer) shortMissionBySender(c *linkCtx, short, seat string) (Mention, bool) {
	head := shortMissionHeads[strings.Fields(short)[0]]
	if head == "" {
		return Mention{}, false
	}
	var found []int
	for _, i := range g.entriesNamed(seat) {
		if g.entries[i].Kind != kg.City {
			continue
		}
		for cc := range c.countries {
			if slices.Contains(g.entries[i].Countries, cc) {
				continue
			}
			for _, j := range g.sameMissionType(g.missions[cc+"|"+g.entries[i].ID], head) {
				if !slices.Contains(found, j) && strings.Contains(strings.ToLower(g.entries[j].Name), "general") == strings.Contains(head, "General") {
					found = append(found, j)
				}
			}
		}
	}
	if len(found) != 1 {
		return Mention{}, false
	}
	e := g.entries[found[0]]
	return Mention{Entity: strPtr(e.ID), Kind: e.Kind, entry: found[0]}, true
}

// abbrevBefore ends in a country's short form before a mission's head ("U.S. ").
var abbrevBefore = regexp.MustCompile(`\b(U\. ?S\.|USA|US|UK) $`)

// embassyIn returns the one embassy of country the graph holds in a town of host.
func (g *Gazetteer) embassyIn(country, host string) (int, bool) {
	found := -1
	for key, ms := range g.missions {
		from, seat, _ := strings.Cut(key, "|")
		i, ok := g.byID[seat]
		if from != country || !ok || !slices.Contains(g.entries[i].Countries, host) {
			continue
		}
		for _, j := range ms {
			if missionType(g.entries[j].Name) != "embassy" {
				continue
			}
			if found >= 0 && found != j {
				return -1, false
			}
			found = j
		}
	}
	return found, found >= 0
}

// postBySeat links a post named by its sender and its seat alone ("U.S. Embassy Lindby's
// staff"), the seat's name unlinked where it stands: the one post of that kind the graph
// holds for the sender in a place of that name, the seat's one or two words tried longest
// first.
func (g *Gazetteer) postBySeat(text string, m []int, country string) (Mention, bool) {
	ws := strings.Fields(text[m[8]:m[9]])
	for n := len(ws); n >= 1; n-- {
		name := possessive(strings.Join(ws[:n], " "))
		var found []int
		for _, p := range g.seatPlaces(name) {
			for _, j := range g.sameMissionType(g.missions[country+"|"+g.entries[p].ID], text[m[4]:m[5]]) {
				if !slices.Contains(found, j) {
					found = append(found, j)
				}
			}
		}
		if len(found) != 1 {
			continue
		}
		start := m[0]
		if m[2] < 0 {
			start = m[4] - len(abbrevBefore.FindString(text[:m[4]]))
		}
		e := g.entries[found[0]]
		end := m[8] + len(name)
		return Mention{Text: text[start:end], bStart: start, bEnd: end, Entity: strPtr(e.ID), Kind: e.Kind, How: "title",
			Confidence: 0.8, entry: found[0]}, true
	}
	return Mention{}, false
}

// post reports whether a mission's head word names the post (an embassy, a consulate)
// rather than the person heading it.
func post(head string) bool {
	return strings.HasPrefix(strings.ToLower(head), "consulate") || strings.EqualFold(head, "embassy")
}
