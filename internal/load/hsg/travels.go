package hsg

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
)

// The offices of the travellers, as HOLDS_POSITION titles towards country:us. The office
// is the state's, as a foreign visitor's is (a Vice Premier holds his title in
// country:cn), so one query finds who held which office where; an Organization for the
// Department of State would be a node the data says nothing else about.
var officeTitles = map[string]string{"president": "President", "secretary": "Secretary of State"}

// visitTypes are the kinds of visit the remarks and descriptions name, most specific
// first; the earliest one a text names is the visit's type.
var visitTypes = []struct {
	re  *regexp.Regexp
	typ string
}{
	{regexp.MustCompile(`(?i)\bofficial working visit`), "official-working-visit"},
	{regexp.MustCompile(`(?i)\bstate visit`), "state-visit"},
	{regexp.MustCompile(`(?i)\boffici?al visit`), "official-visit"},
	{regexp.MustCompile(`(?i)\bworking visit`), "working-visit"},
	{regexp.MustCompile(`(?i)\bprivate visit`), "private-visit"},
	{regexp.MustCompile(`(?i)\bunofficial visit`), "unofficial-visit"},
	{regexp.MustCompile(`(?i)\binformal visit`), "informal-visit"},
	{regexp.MustCompile(`(?i)\bpastoral visit`), "pastoral-visit"},
}

// visitType is the type of visit a text names first, or "".
func visitType(text string) string {
	best, at := "", len(text)+1
	for _, v := range visitTypes {
		if loc := v.re.FindStringIndex(text); loc != nil && loc[0] < at {
			best, at = v.typ, loc[0]
		}
	}
	return best
}

// withoutParen drops a parenthesised part of a name: "Henry A. (Heinz Alfred) Kissinger"
// -> "Henry A. Kissinger".
func withoutParen(s string) string {
	for {
		i := strings.Index(s, "(")
		j := strings.Index(s, ")")
		if i < 0 || j < i {
			return strings.Join(strings.Fields(s), " ")
		}
		s = s[:i] + " " + s[j+1:]
	}
}

// tripKey is what makes two rows the same trip recorded twice.
type tripKey struct{ who, start, end, country, locale, remarks string }

func (b *builder) importTravels(trips []trip) {
	st := b.stat(DataSetTravels)
	src := []string{SourceTravels}
	// Rows that repeat a trip word for word are one trip; the rest are events of their
	// own, named by date, traveller and country, with the trip's number where those repeat.
	first := map[tripKey]int{}
	repeatOf := map[int]int{} // row -> the row it repeats
	base := map[int]string{}
	uses := map[string]int{}
	for i, t := range trips {
		st.RowsRead++
		k := tripKey{t.who, t.start, t.end, t.countryID, t.locale, t.remarks}
		if j, ok := first[k]; ok {
			st.Merged++
			repeatOf[i] = j
			continue
		}
		first[k] = i
		base[i] = "event:" + t.start + "-" + t.who + "-visit-" + t.countryID
		uses[base[i]]++
	}
	ids := map[int]string{}
	repeats := map[int][]string{}
	for i, t := range trips {
		if j, ok := repeatOf[i]; ok {
			repeats[j] = append(repeats[j], t.id)
			continue
		}
		ids[i] = base[i]
		if uses[base[i]] > 1 {
			ids[i] += "-" + t.id
			st.Counts["eventIdsWithTripNumber"]++
		}
	}
	for i, t := range trips {
		if j, ok := repeatOf[i]; ok {
			b.merges = append(b.merges, Merge{File: t.file, Line: t.line, ID: ids[j], Detail: fmt.Sprintf(
				"trip %s (%s) repeats trip %s word for word: one event citing both", t.id, t.origin(), trips[j].id)})
			continue
		}
		st.Imported++
		b.importTrip(t, ids[i], repeats[i], src)
	}
}

func (b *builder) importTrip(t trip, eventID string, repeats []string, src []string) {
	st := b.stat(DataSetTravels)
	pos := t.pos()
	person := "person:" + t.who
	if _, seen := b.ents[person]; !seen {
		st.Counts["persons"]++
	}
	b.add(kg.Entity{ID: person, Kind: kg.Person, Name: strings.TrimSpace(t.name), Aliases: []string{withoutParen(t.name)}, Sources: src, Pos: pos})
	title := officeTitles[t.role]
	b.relate(kg.Relation{From: person, Type: kg.HoldsPosition, To: b.us, Sources: src, Pos: pos, Props: map[string]any{
		"title": title,
		"note":  "named in this office by the travels list, which gives no term of office",
	}})

	note := "Office of the Historian trip " + t.id
	if len(repeats) > 0 {
		note += " (recorded again as trip " + strings.Join(repeats, ", ") + ")"
	}
	props := map[string]any{"eventType": "visit", "startDate": t.start, "endDate": t.end, "note": note}
	if r := strings.TrimSpace(t.remarks); r != "" {
		props["summary"] = r
	}
	if vt := visitType(t.remarks); vt != "" {
		props["visitType"] = vt
		st.Counts["visitType:"+vt]++
	}
	b.add(kg.Entity{ID: eventID, Kind: kg.Event, Props: props, Sources: src, Pos: pos,
		Name: fmt.Sprintf("Visit of %s %s to %s", title, withoutParen(t.name), strings.TrimSpace(t.country))})
	b.relate(kg.Relation{From: person, Type: kg.ParticipatedIn, To: eventID, Props: map[string]any{"role": "visitor"}, Sources: src, Pos: pos})

	c := b.country(t.country, t.countryID)
	if c.iso2 == "" {
		b.unresolved(DataSetTravels, t.row, ReasonUnknownCountry, "country %q (id %s) at %s: no host, and the cities of %q are not looked up",
			t.country, t.countryID, t.origin(), t.locale)
	} else {
		b.relate(kg.Relation{From: countryID(c.iso2), Type: kg.ParticipatedIn, To: eventID, Props: map[string]any{"role": "host"}, Sources: src, Pos: pos})
		st.Counts["hosts"]++
	}
	parts, fixed := localeFixes[t.locale]
	if !fixed {
		parts = splitLocale(t.locale)
	}
	for _, p := range parts {
		st.Counts["localeParts"]++
		if c.iso2 == "" && c.parenISO == "" && len(c.successors) == 0 {
			if _, ok := b.countryNamed(p.paren); !ok {
				st.Counts["localePartsOfUnresolvedCountry"]++ // reported with the country
				continue
			}
		}
		a := b.place(c, p)
		switch {
		case a.hostItself:
			st.Counts["localePartsNamingTheHost"]++
		case a.id != "":
			if k, _ := kg.KindOfID(a.id); k == kg.Country {
				st.Counts["localePartsPlacedInATerritory"]++
			}
			b.relate(kg.Relation{From: eventID, Type: kg.HeldIn, To: a.id, Sources: src, Pos: pos})
			st.Counts["places"]++
		default:
			st.Counts["localePartsUnresolved"]++
			b.unresolved(DataSetTravels, t.row, a.reason, "%s at %s", a.detail, t.origin())
		}
	}
}
