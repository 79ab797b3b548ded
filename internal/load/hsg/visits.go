package hsg

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
)

// ReasonNoName: a visitor string names only titles, so the visit has no visitor.
const ReasonNoName = "no-name"

// parsed is a visit row with its visitors and country resolved.
type parsed struct {
	visit
	people  []visitorName
	country countryAnswer
	qual    string   // the country part of qualified person ids: iso2 in lower case, else the file's id
	ids     []string // person ids, one per people entry
	shows   []string // display names, likewise
}

type visitKey struct{ start, end, visitor, from, description string }

// posKey is one HOLDS_POSITION edge; attest collects the visit dates that give its title.
type posKey struct{ person, country, title string }

func (b *builder) importVisits(visits []visit) {
	st := b.stat(DataSetVisits)
	src := []string{SourceVisits}
	rows := make([]*parsed, 0, len(visits))
	for _, v := range visits {
		p := &parsed{visit: v, people: parseVisitor(v.visitor), country: b.country(v.from, v.fromID)}
		p.qual = v.fromID
		if p.country.iso2 != "" {
			p.qual = strings.ToLower(p.country.iso2)
		}
		rows = append(rows, p)
	}
	b.personIDs(rows)

	first := map[visitKey]int{}
	repeatOf := map[int]int{}
	base := map[int]string{}
	uses := map[string]int{}
	for i, p := range rows {
		st.RowsRead++
		k := visitKey{p.start, p.end, p.visitor, p.fromID, p.description}
		if j, ok := first[k]; ok {
			st.Merged++
			repeatOf[i] = j
			continue
		}
		first[k] = i
		who := kg.Slug(p.visitor)
		if len(p.shows) > 0 {
			who = kg.Slug(p.shows[0])
		}
		base[i] = "event:" + p.start + "-" + who + "-visit-us"
		uses[base[i]]++
	}
	attest := map[posKey][]string{}
	repeats := map[int][]string{}
	ids := map[int]string{}
	for i, p := range rows {
		if j, ok := repeatOf[i]; ok {
			repeats[j] = append(repeats[j], p.id)
			continue
		}
		ids[i] = base[i]
		if uses[base[i]] > 1 {
			ids[i] += "-" + p.id
			st.Counts["eventIdsWithVisitNumber"]++
		}
	}
	for i, p := range rows {
		if j, ok := repeatOf[i]; ok {
			b.merges = append(b.merges, Merge{File: p.file, Line: p.line, ID: ids[j], Detail: fmt.Sprintf(
				"visit %s (%s) repeats visit %s word for word: one event citing both", p.id, p.origin(), rows[j].id)})
			continue
		}
		st.Imported++
		b.importVisit(p, ids[i], repeats[i], src, attest)
	}
	for k, dates := range attest {
		r := b.rels[relKey{k.person, kg.HoldsPosition, k.country, k.title}]
		slices.Sort(dates)
		dates = slices.Compact(dates)
		if len(dates) == 1 {
			r.Props["note"] = "the visits list gives this title at the visit of " + dates[0] + "; it states no term of office"
		} else {
			r.Props["note"] = fmt.Sprintf("the visits list gives this title at %d visits, %s to %s; it states no term of office",
				len(dates), dates[0], dates[len(dates)-1])
		}
	}
}

// surnameYears is how far apart in time a surname alone and the full name it completes
// may be named: "Premier Castro" of 1959 is not the Raul Castro of later visits.
const surnameYears = 20

func year(date string) int {
	y, _ := strconv.Atoi(date[:4])
	return y
}

// personIDs gives each visitor an id: "person:" + the slug of the name, so that the
// visits' "President Xi Jinping" is the articles' person:xi-jinping. A single name does
// not tell people apart across countries, so it is qualified by the visitor's country:
// a regnal name with its title (person:jo:king-hussein), a surname alone with an office
// title ("Chancellor Adenauer") as the one person of that country whose full name in the
// list ends with it, named within surnameYears, when there is exactly one (a merge
// reported for checking), else as
// itself (person:de:adenauer).
func (b *builder) personIDs(rows []*parsed) {
	full := map[string]map[string]*fullName{} // qual -> person id -> its full name
	for _, p := range rows {
		for _, v := range p.people {
			n := withoutParen(v.name)
			if !single(n) {
				if full[p.qual] == nil {
					full[p.qual] = map[string]*fullName{}
				}
				id := "person:" + kg.Slug(n)
				f := full[p.qual][id]
				if f == nil {
					f = &fullName{norm: kg.NormalizeName(n), titles: map[string]bool{}, at: p}
					full[p.qual][id] = f
				}
				f.years = append(f.years, year(p.start))
				for _, t := range v.titles {
					f.titles[t] = true
				}
			}
		}
	}
	same := b.sameFullNames(full)
	// near: the full name was given at a visit within surnameYears of this one.
	near := func(f *fullName, y int) bool {
		return slices.ContainsFunc(f.years, func(fy int) bool { return fy-y <= surnameYears && y-fy <= surnameYears })
	}
	reported := map[string]bool{}
	surnameTitle := map[string]string{} // qualified surname id -> the first title it came with
	for _, p := range rows {
		for _, v := range p.people {
			n := withoutParen(v.name)
			if !single(n) {
				id := "person:" + kg.Slug(n)
				if to, ok := same[id]; ok {
					id = to
				}
				p.ids = append(p.ids, id)
				p.shows = append(p.shows, n)
				continue
			}
			title, regnal := "", ""
			if len(v.titles) > 0 {
				title = v.titles[0]
			}
			for _, t := range v.titles {
				if regnalTitles[t] && regnal == "" {
					regnal = t
				}
			}
			if regnal != "" {
				// The title is part of the name: King Hussein (1935-1999) and Crown
				// Prince Hussein (born 1994) are two people of Jordan. A regnal name is
				// the full name it begins, borne with the same title within surnameYears,
				// when there is one ("King Bhumibol", "King Bhumibol Adulyadej").
				var fits []string
				for id, f := range full[p.qual] {
					if to, ok := same[id]; ok {
						id = to
					}
					if f.titles[regnal] && strings.HasPrefix(f.norm, kg.NormalizeName(n)+" ") && near(f, year(p.start)) && !slices.Contains(fits, id) {
						fits = append(fits, id)
					}
				}
				if len(fits) == 1 {
					p.ids = append(p.ids, fits[0])
					p.shows = append(p.shows, regnal+" "+n)
					if key := p.qual + "|" + regnal + " " + n; !reported[key] {
						reported[key] = true
						b.merges = append(b.merges, Merge{File: p.file, Line: p.line, ID: fits[0], Detail: fmt.Sprintf(
							"%q of %s (visit %s, %s) taken as %s, the only full name of that country within %d years that begins so with that title",
							p.visitor, p.from, p.id, p.origin(), fits[0], surnameYears)})
					}
					continue
				}
				show := regnal + " " + n
				p.ids = append(p.ids, "person:"+p.qual+":"+kg.Slug(show))
				p.shows = append(p.shows, show)
				continue
			}
			{
				var fits []string
				for id, f := range full[p.qual] {
					if to, ok := same[id]; ok {
						id = to
					}
					if strings.HasSuffix(f.norm, " "+kg.NormalizeName(n)) && near(f, year(p.start)) && !slices.Contains(fits, id) {
						fits = append(fits, id)
					}
				}
				if len(fits) == 1 {
					p.ids = append(p.ids, fits[0])
					p.shows = append(p.shows, n)
					if key := p.qual + "|" + n; !reported[key] {
						reported[key] = true
						b.merges = append(b.merges, Merge{File: p.file, Line: p.line, ID: fits[0], Detail: fmt.Sprintf(
							"%q of %s (visit %s, %s) taken as %s, the only visitor of that country within %d years whose name ends so",
							p.visitor, p.from, p.id, p.origin(), fits[0], surnameYears)})
					}
					b.stat(DataSetVisits).Counts["surnamesCompleted"]++
					continue
				}
			}
			show := strings.TrimSpace(title + " " + n)
			id := "person:" + p.qual + ":" + kg.Slug(n)
			p.ids = append(p.ids, id)
			p.shows = append(p.shows, show)
			if prev, ok := surnameTitle[id]; !ok {
				surnameTitle[id] = title
			} else if prev != title && !reported[id] {
				reported[id] = true
				b.merges = append(b.merges, Merge{File: p.file, Line: p.line, ID: id, Detail: fmt.Sprintf(
					"%q (visit %s, %s) and %q before it name the surname %q alone: perhaps two people of %s",
					p.visitor, p.id, p.origin(), prev+" "+n, n, p.from)})
			}
		}
	}
}

func (b *builder) importVisit(p *parsed, eventID string, repeats []string, src []string, attest map[posKey][]string) {
	st := b.stat(DataSetVisits)
	pos := p.pos()
	note := "Office of the Historian visit " + p.id
	if len(repeats) > 0 {
		note += " (recorded again as visit " + strings.Join(repeats, ", ") + ")"
	}
	props := map[string]any{"eventType": "visit", "startDate": p.start, "endDate": p.end, "note": note}
	if d := strings.TrimSpace(p.description); d != "" {
		props["summary"] = d
	}
	if vt := visitType(p.description); vt != "" {
		props["visitType"] = vt
		st.Counts["visitType:"+vt]++
	}
	b.add(kg.Entity{ID: eventID, Kind: kg.Event, Props: props, Sources: src, Pos: pos,
		Name: fmt.Sprintf("Visit of %s (%s) to the United States", cleanVisitor(p.visitor), strings.TrimSpace(p.from))})
	b.relate(kg.Relation{From: b.us, Type: kg.ParticipatedIn, To: eventID, Props: map[string]any{"role": "host"}, Sources: src, Pos: pos})
	if p.country.iso2 == "" {
		b.unresolved(DataSetVisits, p.row, ReasonUnknownCountry, "country %q (id %s) at %s: the visitor's position is not recorded", p.from, p.fromID, p.origin())
	}
	if len(p.people) == 0 {
		b.unresolved(DataSetVisits, p.row, ReasonNoName, "%q names no person (%s): the event has no visitor", p.visitor, p.origin())
	}
	for i, v := range p.people {
		id := p.ids[i]
		if _, seen := b.ents[id]; seen {
			st.Counts["personsNamedAgain"]++
		} else {
			st.Counts["persons"]++
		}
		aliases := personAliases(v)
		if p.shows[i] != withoutParen(v.name) {
			aliases = append(aliases, p.shows[i])
		}
		name := v.name
		fuller, hasFuller := b.fuller[id]
		switch {
		case hasFuller && !single(withoutParen(v.name)):
			if kg.NormalizeName(withoutParen(v.name)) != fuller {
				name = "" // a shorter form of the fuller name that names the person
			}
		case single(withoutParen(v.name)) && !strings.HasPrefix(id, "person:"+p.qual+":"):
			name = "" // a surname completed to a full name: the full name's record names it
		case !single(withoutParen(v.name)) && id != "person:"+kg.Slug(withoutParen(v.name)):
			name = "" // a name written another way: the way more visits write it names it
		case single(withoutParen(v.name)):
			name = p.shows[i]
		}
		b.addPerson(kg.Entity{ID: id, Kind: kg.Person, Name: name, Aliases: aliases, Sources: src, Pos: pos})
		b.relate(kg.Relation{From: id, Type: kg.ParticipatedIn, To: eventID, Props: map[string]any{"role": "visitor"}, Sources: src, Pos: pos})
		if len(v.titles) == 0 {
			b.unresolved(DataSetVisits, p.row, ReasonNoTitle, "%q: no title the importer knows before %q (%s): no position recorded", p.visitor, v.name, p.origin())
			continue
		}
		if p.country.iso2 == "" {
			continue
		}
		for _, t := range v.titles {
			k := posKey{id, countryID(p.country.iso2), t}
			if _, ok := attest[k]; !ok {
				st.Counts["positions"]++
			}
			attest[k] = append(attest[k], p.start)
			b.relate(kg.Relation{From: id, Type: kg.HoldsPosition, To: k.country, Props: map[string]any{"title": t}, Sources: src, Pos: pos})
		}
	}
}

// addPerson adds a person; a record without a name (a surname completed to a full name
// recorded by another row) only adds its sources and aliases, and the name comes when
// the full name's row is added, whichever comes first.
func (b *builder) addPerson(e kg.Entity) {
	if e.Name == "" {
		if prev, ok := b.ents[e.ID]; ok {
			b.add(kg.Entity{ID: e.ID, Kind: e.Kind, Name: prev.Name, Aliases: e.Aliases, Sources: e.Sources, Pos: e.Pos})
			return
		}
		b.ents[e.ID] = &kg.Entity{ID: e.ID, Kind: e.Kind, Aliases: kg.Dedupe(e.Aliases), Sources: e.Sources, Pos: e.Pos}
		return
	}
	if prev, ok := b.ents[e.ID]; ok && prev.Name == "" {
		prev.Name = e.Name
	}
	b.add(e)
}

// personAliases are the forms of a visitor's name a person's node is also known by. A
// bare surname ("Kishi", "de Gaulle") is not one: it names every bearer of the surname
// (and towns and firms besides), and the titled form the node is named by keeps it
// findable. A regnal name borne with its title ("King Faisal": "Faisal") is kept, as it
// is the name the monarch is known by.
func personAliases(v visitorName) []string {
	regnal := slices.ContainsFunc(v.titles, func(t string) bool { return regnalTitles[t] })
	var out []string
	for _, a := range []string{withoutParen(v.name), v.name, v.written} {
		if a == "" || single(withoutParen(a)) && !regnal {
			continue
		}
		out = append(out, a)
	}
	return out
}
