package ingest

import (
	"regexp"
	"slices"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
)

const (
	// designatorsPlural are the English words for a country's first-level or second-level
	// divisions, in the plural: a list they govern is a list of such divisions.
	designatorsPlural = `(?:[Pp]rovinces|[Cc]ounties|[Dd]epartments|[Pp]refectures|[Oo]blasts|[Gg]overnorates|[Cc]antons|[Rr]egions|[Ss]tates)`
	// designatorsAfter are the same in lower case: capitalised after a list they end a
	// name ("Federated States").
	designatorsAfter = `(?:provinces|counties|departments|prefectures|oblasts|governorates|cantons|regions)`
	listedName       = `[A-Z][\p{L}'’.-]*(?: [A-Z][\p{L}'’.-]*)*`
	nameList         = listedName + `(?:(?:, ?(?:and |or )?| (?:and|or) )` + listedName + `)+`
)

var (
	// "the provinces of A, B and C", "counties such as A and B", "fifteen provinces: A, B, ..."
	designatorThenList = regexp.MustCompile(`\b` + designatorsPlural + `(?: (?:of|such as|including|like|namely)|:| ?[—–]) (?:the )?(` + nameList + `)`)
	// "the A, B and C departments"
	listThenDesignator = regexp.MustCompile(`(` + nameList + `) ` + designatorsAfter + `\b`)
)

// designatedLists returns the byte spans of the lists a plural designator governs.
func designatedLists(text string) [][2]int {
	var out [][2]int
	for _, re := range []*regexp.Regexp{designatorThenList, listThenDesignator} {
		for _, m := range re.FindAllStringSubmatchIndex(text, -1) {
			out = append(out, [2]int{m[2], m[3]})
		}
	}
	return out
}

// designatedRegions reads a city's name standing in a list that a plural designator
// governs ("the provinces of A, B and C", "the A and B departments") as the division of
// that name: every item of such a list is of the kind the designator names. The city
// gives way to the region it lies in that bears its name, or else to the one region of
// its country with that name; where the graph holds none, the city stays (a list may
// close on a capital: "the states of A, B and Washington, DC").
func (g *Gazetteer) designatedRegions(c *linkCtx, ms []Mention) []Mention {
	spans := designatedLists(c.text)
	if len(spans) == 0 {
		return ms
	}
	out := ms[:0]
	for _, m := range ms {
		if m.Kind != kg.City || m.Entity == nil || !slices.ContainsFunc(spans, func(s [2]int) bool { return s[0] <= m.bStart && m.bEnd <= s[1] }) {
			out = append(out, m)
			continue
		}
		if j, ok := g.regionNamedAs(m); ok {
			e := g.entries[j]
			m.Entity, m.Kind, m.entry, m.How = strPtr(e.ID), kg.Region, j, "designated list"
		}
		out = append(out, m)
	}
	return out
}

// regionNamedAs returns the region a city's mention lies in that bears the name as
// written or the city's own name ("Lomar" in "Lomar Province").
func (g *Gazetteer) regionNamedAs(m Mention) (int, bool) {
	city := g.entries[m.entry]
	name := FoldName(m.Text)
	for _, rid := range city.Regions {
		j, ok := g.byID[rid]
		if !ok {
			continue
		}
		rn := FoldName(g.entries[j].Name)
		if rn == name || rn == FoldName(city.Name) || strings.HasPrefix(rn, name+" ") {
			return j, true
		}
		for _, a := range g.entries[j].Aliases {
			if FoldName(a) == name {
				return j, true
			}
		}
	}
	var found []int
	for _, j := range g.entriesNamed(m.Text) {
		e := g.entries[j]
		if e.Kind == kg.Region && !slices.Contains(found, j) && slices.ContainsFunc(e.Countries, func(cc string) bool { return slices.Contains(city.Countries, cc) }) {
			found = append(found, j)
		}
	}
	if len(found) == 1 {
		return found[0], true
	}
	return 0, false
}

// designatedForm is a name followed by a division's designator ("Lomar County").
var designatedForm = regexp.MustCompile(`^ (?:County|Province|Department|Prefecture|Governorate|Oblast|Canton)\b`)

// designatedSense reads a city's bare name as the division the text names with its
// designator ("Lomar County ... Lomar has been chosen") where the text never cues the
// town: no city word or mayor at any of the name's occurrences, and the bare mention is
// neither in capitals (a dateline's town) nor after a visit word. A text that calls a
// place a county and never a city means the county by its bare name.
func (g *Gazetteer) designatedSense(c *linkCtx, ms []Mention) []Mention {
	for i, m := range ms {
		if m.Kind != kg.City || m.Entity == nil || m.cue || strings.ToUpper(m.Text) == m.Text || designatedForm.MatchString(c.text[m.bEnd:]) || visitBefore.MatchString(c.text[:m.bStart]) {
			continue
		}
		designated, cityCued := false, false
		for _, at := range occurrencesOf(c.text, m.Text) {
			before, after := c.text[:at], c.text[at+len(m.Text):]
			designated = designated || designatedForm.MatchString(after)
			cityCued = cityCued || cityCue.MatchString(after) || cityOf.MatchString(before) || possessiveOffice(after) == "mayor"
		}
		if !designated || cityCued {
			continue
		}
		if j, ok := g.regionNamedAs(m); ok {
			ms[i].Entity, ms[i].Kind, ms[i].entry, ms[i].How = strPtr(g.entries[j].ID), kg.Region, j, "designated name"
		}
	}
	return ms
}
