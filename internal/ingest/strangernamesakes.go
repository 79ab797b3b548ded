package ingest

import (
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
	"github.com/amity-graph/amity/internal/store"
)

// namesakeYears is how far, in years, an article may stand from every office the graph
// records of a person and still be taken to speak of him without other agreement.
const namesakeYears = 10

// strangerDegree is the most relationships a person may have in the graph for his
// everyday name to be doubted: the graph knows little of such a holder (an office or
// two), while a figure it knows much of is the one the news names.
const strangerDegree = 2

// dropStrangerNamesakes leaves unlinked the graph's person whom an article names only by
// a plain full name (a given name and a surname, no middle name: "Mark Johnson") with a
// serving officer's rank before it ("Cmdr. Mark Johnson"), and of whom the graph knows
// little (strangerDegree), when nothing in the article agrees with what the graph knows
// of him: none of the bodies, countries or regions of his recorded offices is named, no
// title before the name is of his offices' kind, and no year the article writes or was
// published in lies within namesakeYears of his terms. An officer so named is in the
// forces when the article is written; a civilian office holder of another time who
// bears his everyday name is most likely another man, and proposeStrangers takes the
// name as a new person's. A name with no rank before it is left linked (a history names
// a past envoy by a title the graph does not record: "President James Monroe"), and so
// is a person with no recorded office or dates, and one whom a title or a partial form
// linked (those readings check their own context).
func (g *Gazetteer) dropStrangerNamesakes(c *linkCtx, ms []Mention) (kept, dropped []Mention) {
	years := articleYears(c)
	if len(years) == 0 {
		return ms, nil
	}
	named := map[string]bool{} // ids any mention links
	for _, m := range ms {
		if m.Entity != nil {
			named[*m.Entity] = true
		}
	}
	stranger := map[string]bool{}
	for _, m := range ms {
		if m.Entity == nil || m.Kind != kg.Person || stranger[*m.Entity] {
			continue
		}
		if m.How != "name" && m.How != "alias" {
			continue
		}
		if g.strangerNamesake(years, *m.Entity, c.text[m.bStart:m.bEnd], c.text[max(0, m.bStart-60):m.bStart], named) {
			stranger[*m.Entity] = true
		}
	}
	if len(stranger) == 0 {
		return ms, nil
	}
	for _, m := range ms {
		if m.Entity != nil && stranger[*m.Entity] {
			dropped = append(dropped, m)
			continue
		}
		kept = append(kept, m)
	}
	return kept, dropped
}

// proposeStrangers proposes each namesake dropStrangerNamesakes left unlinked as a new
// person under the full name the article gives, before the proposer reads the rest (its
// coreference then takes the surname alone, "Johnson", to the new person).
func (p *proposer) proposeStrangers(ms, dropped []Mention) []Mention {
	full := map[string]string{} // graph id -> the article's full name of its namesake
	for _, m := range dropped {
		if name := p.c.text[m.bStart:m.bEnd]; len(strings.Fields(name)) == 2 && full[*m.Entity] == "" {
			full[*m.Entity] = name
		}
	}
	for _, m := range dropped {
		if name := full[*m.Entity]; name != "" && p.c.text[m.bStart:m.bEnd] == name && coveringMention(ms, m.bStart, m.bEnd) < 0 {
			ms = p.addNamed(ms, kg.Person, m.bStart, m.bEnd, name, 0.5)
		}
	}
	return ms
}

// figureYearRe finds a year since 1500 written in figures.
var figureYearRe = regexp.MustCompile(`\b(?:1[5-9]|20)\d\d\b`)

// articleYears are the years an article speaks of: its publication's and every year it
// writes in figures (a release line's "8/3/2007", a history's "1797").
func articleYears(c *linkCtx) []int {
	var out []int
	if c.published.Year > 0 {
		out = append(out, c.published.Year)
	}
	for _, y := range figureYearRe.FindAllString(c.text, -1) {
		n, _ := strconv.Atoi(y)
		out = append(out, n)
	}
	return out
}

// titleBeforeRe takes the capitalised words just before a name ("Consul General ",
// "Cmdr. ").
var titleBeforeRe = regexp.MustCompile(`(?:\p{Lu}[\p{L}.-]* ){1,4}$`)

// militaryRanks are the ranks of the armed forces written in full before a name,
// officers' and enlisted, and "col": the other short forms are rankAbbreviations, which
// leaves "Col." out (as a title it ran a unit's name into a person's), though as a rank
// before a name it still marks a serving officer.
var militaryRanks = set("general", "admiral", "colonel", "lieutenant", "major", "captain", "commander", "brigadier",
	"commodore", "ensign", "sergeant", "corporal", "private", "specialist", "airman", "seaman", "petty", "warrant", "col")

// rankBefore reports whether a military rank is among the capitalised words just before
// a name ("Cmdr. ", "Lt. Col. ", "Fire Controlman 2nd Class" aside): one who serves in
// the forces when the article is written.
func rankBefore(before string) bool {
	for _, w := range strings.Fields(titleBeforeRe.FindString(before)) {
		if w = strings.ToLower(strings.Trim(w, ".")); militaryRanks[w] || slices.Contains(rankAbbreviations, w) {
			return true
		}
	}
	return false
}

// diplomaticWords are the words of a diplomat's titles: any one before a name agrees
// with any other in his recorded office ("Consul General" then, "Ambassador" now).
var diplomaticWords = set("ambassador", "consul", "consul-general", "envoy", "chargé", "charge", "plenipotentiary", "attaché", "attache", "counsellor", "counselor", "diplomat", "minister")

// titleAgrees reports whether the title written before a name shares a word with one of
// the person's recorded offices, a diplomat's words counting as one.
func titleAgrees(before string, ps []store.Position) bool {
	t := titleBeforeRe.FindString(before)
	if t == "" {
		return false
	}
	for _, w := range strings.Fields(t) {
		w = strings.ToLower(strings.Trim(w, "."))
		if !titleWords[w] && !diplomaticWords[w] {
			continue
		}
		for _, p := range ps {
			for _, pw := range strings.Fields(strings.ToLower(p.Title)) {
				if pw == w || diplomaticWords[pw] && diplomaticWords[w] {
					return true
				}
			}
		}
	}
	return false
}

// strangerNamesake reports whether the person id, named as name, is an everyday full
// name's holder the article does not agree with (see dropStrangerNamesakes).
func (g *Gazetteer) strangerNamesake(years []int, id, name, before string, named map[string]bool) bool {
	rec, ok := g.Entry(id)
	if !ok || len(rec.Positions) == 0 || rec.Degree > strangerDegree {
		return false
	}
	if ws := strings.Fields(name); len(ws) != 2 || !rankBefore(before) || titleAgrees(before, rec.Positions) {
		return false
	}
	// what the graph knows of him: the places he is of, and his offices' bodies and
	// their countries
	for _, x := range append(append([]string{}, rec.Countries...), rec.Regions...) {
		if named[x] {
			return false
		}
	}
	for _, p := range rec.Positions {
		if named[p.Body] {
			return false
		}
		if b, ok := g.Entry(p.Body); ok {
			for _, x := range append(append([]string{}, b.Countries...), b.Represents...) {
				if named[x] {
					return false
				}
			}
		}
		since, err1 := kg.ParseDate(p.Since)
		until, err2 := kg.ParseDate(p.Until)
		if err1 != nil && err2 != nil || since.Year == 0 && until.Year == 0 {
			return false // an office of unknown time may be the article's
		}
		from, to := since.Year, until.Year
		if from == 0 {
			from = to
		}
		if to == 0 {
			to = from
			if err2 != nil { // still in office
				to = 1 << 30
			}
		}
		for _, y := range years {
			if y >= from-namesakeYears && y <= to+namesakeYears {
				return false
			}
		}
	}
	return true
}
