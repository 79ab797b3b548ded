package refdata

import "slices"

// Alternate names that belong to another, better-known place. GeoNames gives a town the
// names of places it was merged into, named after or simply mixed up with: Bozeman,
// Montana is "Missouri", a small Okayama town is "Kurashiki", Pyinmana is "Rangun". As a
// City's aliases these lead the article linker to the small town, or make it weigh a
// candidate that is never meant. So an alias is dropped from the City when, folded, it is
//
//   - the name or an alias of a country (the article means the country);
//   - the name of a first-level region of the city's own country that the city does not
//     lie in (a city keeps its own region's name: a prefecture capital that GeoNames
//     also calls by its prefecture's name still bears it);
//   - the name or an alias of another place of the same country with three times the
//     people or more (the bigger place is meant; the bigger one keeps the alias, so a
//     city's historic name that a smaller town also bears stays the city's).
//
// The city's own name is never dropped, nor an alias no other place bears. Only the
// City's aliases change: the gazetteer's index of alternate names, through which twin
// rows and other data sets find their places, keeps them all, and a twin side that
// names a city by one of these aliases still adds that spelling to the City.

// Reasons an alias is dropped, as counted in the stats (geonamesAliasesDropped:<reason>).
const (
	aliasCountry = "country"      // a country's name
	aliasRegion  = "other-region" // a first-level region the city does not lie in
	aliasBigger  = "bigger-place" // a name or alias of a place of the country with biggerBy times the people
)

// aliasDrop is an alias taken off a City, and why.
type aliasDrop struct {
	alias, reason string
}

// misleadingAliases holds what the rule needs to know of a country's names.
type misleadingAliases struct {
	countries map[string]bool           // folded names and aliases of every country
	regions   map[string]map[string]int // iso2 -> folded region name -> how many of that name
	// folded name or alias -> the most populous place bearing it, and the most populous
	// of those whose own name folds otherwise than that one's
	biggest map[nameKey][2]bearer
}

// bearer is a place that bears a name: its own folded name and its people.
type bearer struct {
	key string
	pop int
}

// bigger reports whether a place of another name than key, with biggerBy times pop
// people or more, bears the name: namesakes (two towns called Springfield) share their transliterations
// without either misleading.
func (m *misleadingAliases) bigger(nk nameKey, key string, pop int) bool {
	top, ok := m.biggest[nk]
	if !ok {
		return false
	}
	other := top[0]
	if other.key == key {
		other = top[1]
	}
	return other.key != "" && other.key != key && other.pop > pop && other.pop >= biggerBy*pop
}

// biggerBy is how many times the people of a place another must have to be the one its
// alias means, as the twin rows' namesakes are told apart. Between places of about one
// size a shared alias is a real ambiguity (two towns named after one man), and the
// linker is safer weighing both than taking the one left with the name.
const biggerBy = 3

// newMisleadingAliases gathers the names of countries, the countries' first-level regions
// (world-cities' subcountries) and of every place of the gazetteer with the most people a
// place of each name has.
func (b *builder) newMisleadingAliases() *misleadingAliases {
	m := &misleadingAliases{countries: map[string]bool{}, regions: map[string]map[string]int{}, biggest: map[nameKey][2]bearer{}}
	for iso2 := range b.countries {
		e := b.ents[countryID(iso2)]
		if e == nil {
			continue
		}
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			if k := fold(n); k != "" {
				m.countries[k] = true
			}
		}
	}
	for iso2, subs := range b.cities.subs {
		m.regions[iso2] = map[string]int{}
		for _, s := range subs {
			if k := fold(s); k != "" {
				m.regions[iso2][k]++
			}
		}
	}
	var seen []string
	for _, c := range b.cities.all {
		seen = seen[:0]
		own := fold(c.name)
		for i, n := range append([]string{c.name}, c.aliases...) {
			k := fold(n)
			if k == "" || slices.Contains(seen, k) || i > 0 && m.otherPlace(c, own, k) != "" {
				continue // a country's or another region's name does not make its bearer a bigger namesake
			}
			seen = append(seen, k)
			nk := nameKey{c.iso2, k}
			top, ok := m.biggest[nk]
			me := bearer{c.key, c.pop}
			switch {
			case !ok:
				top[0] = me
			case me.key == top[0].key:
				top[0].pop = max(top[0].pop, me.pop)
			case me.pop > top[0].pop:
				top[0], top[1] = me, top[0]
			case top[1].key == "" || me.pop > top[1].pop:
				top[1] = me
			}
			m.biggest[nk] = top
		}
	}
	return m
}

// otherPlace is why an alias (folded, k) of place c names a country or a region c does
// not lie in; "" when it does not.
func (m *misleadingAliases) otherPlace(c *wcity, own, k string) string {
	switch {
	case k == "" || k == own:
		return ""
	case m.countries[k]:
		return aliasCountry
	case c.sub != "" && k != fold(c.sub) && m.regions[c.iso2][k] > 0:
		return aliasRegion
	}
	return ""
}

// check splits a place's aliases into those it keeps and those it drops.
func (m *misleadingAliases) check(c *wcity) (kept []string, dropped []aliasDrop) {
	own := fold(c.name)
	for _, a := range c.aliases {
		k := fold(a)
		reason := m.otherPlace(c, own, k)
		if reason == "" && k != "" && k != own && m.bigger(nameKey{c.iso2, k}, own, c.pop) {
			reason = aliasBigger
		}
		if reason == "" {
			kept = append(kept, a)
			continue
		}
		dropped = append(dropped, aliasDrop{a, reason})
	}
	return kept, dropped
}

// dropMisleadingAliases takes the misleading aliases off every place of the gazetteer
// before any becomes a City, and counts them. The places get new alias slices: the
// alias index (indexAliases) reads the old ones.
func (b *builder) dropMisleadingAliases() {
	m := b.newMisleadingAliases()
	for _, c := range b.cities.all {
		if len(c.aliases) == 0 {
			continue
		}
		kept, dropped := m.check(c)
		if len(dropped) == 0 {
			continue
		}
		c.aliases = kept
		for _, d := range dropped {
			b.stats["geonamesAliasesDropped"]++
			b.stats["geonamesAliasesDropped:"+d.reason]++
			if c.world {
				b.stats["worldCityAliasesDropped"]++
			}
		}
	}
}
