package ingest

import (
	"regexp"
	"slices"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
	"github.com/amity-graph/amity/internal/store"
)

// shipBefore ends in a navy's ship prefix or a ship word right before a name ("USS
// Alba", "the destroyer Alba", "aboard the Alba"): a ship named after a person or a
// place bears the name, and the annotation leaves ships out with their names' words.
var shipBefore = regexp.MustCompile(`(?:\b(?:USS|USNS|USCGC|HMS|HMCS|HMAS|HMNZS|INS|JS|ROKS)|\b(?:aircraft carrier|carrier|destroyer|ship|vessel|frigate|cutter|cruiser|submarine|flattop|warship)|\baboard(?: the)?)[ \t]+$`)

// shipName reports whether the name at [start, end) names a ship.
func shipName(text string, start int) bool {
	return shipBefore.MatchString(text[max(0, start-40):start])
}

// sightAfter reads, right after a place's name, the head of a sight or a facility named
// after it, in either case, at most one word of the kind between ("Alba castle", "Alba
// Naval Base", "the [Alba Naval] base", "Alba Central Station", "Alba airport"): the
// annotation leaves such a name out with its place word. A port, a university or a
// festival is not among them: the annotation links "the Alba port" to the city and
// reads a university or a festival as a body or an event of its own.
var sightAfter = regexp.MustCompile(`^[ \t]+(?:Art|Science|History|Natural History|Folk|Maritime|Railway|War|City|Regional|National) (?:Museum|Gallery)\b|^\]?[ \t]+(?:(?:Naval|Air|Army|Military|Central|International)\]?[ \t]+)?(?:[Cc]astle|Base|Station|Airport|[Ss]hrine|[Tt]emple|[Mm]useum|[Pp]alace|[Cc]athedral)\b|^\]?[ \t]+(?:Naval|Air|Army|Military|Central|International|naval|army|military)\]?[ \t]+(?:base|station|airport)\b`)

// facilityAfter reads a facility's head in lower case right after a place ("the Alba
// base"). Alone it describes ("since the Alba base closed": the annotation links the
// town there); it is the facility's name only where the text names the facility with a
// capitalised head too ("Alba Naval Base ... the Alba base").
var facilityAfter = regexp.MustCompile(`^[ \t]+(base|station|airport)\b`)

// namedFacility reports whether the text names, after the place at [start, end), a
// facility of the head the lower-case one has.
func namedFacility(text string, start, end int) bool {
	f := facilityAfter.FindStringSubmatch(text[end:])
	if f == nil {
		return false
	}
	head := strings.ToUpper(f[1][:1]) + f[1][1:]
	named := regexp.MustCompile(`\b` + regexp.QuoteMeta(text[start:end]) + `[ \t]+(?:[A-Z][\p{L}]+[ \t]+)?` + head + `\b`)
	return named.MatchString(text)
}

// usBodyAfter reads a body's name after the United States' short form: capitalised words
// (with "of", "for", "and" between) ending in a body's head ("U.S. National Institutes
// of Health", "U.S. Geological Survey Office"). The short form opens the body's name
// there (round 7a's rule for a body's head), not a mention of the country.
var usBodyAfter = regexp.MustCompile(`^[ \t]+(?:[A-Z][\p{L}’'-]*[ \t]+(?:(?:of|for|and|on)[ \t]+)?)*(?:Institutes?|Agency|Service|Administration|Commission|Council|Centers?|Centres?|Bureau|Foundation|Survey|Academy|Corps|Guard|Reserve|Authority|Laborator(?:y|ies))\b`)

// usShortForm matches the United States' short forms that can open a body's name.
var usShortForm = regexp.MustCompile(`^(?:U\.S\.?|US|USA)$`)

// insideNamedThing reports whether a linked mention is a word of a longer name the
// annotation leaves out or gives another entity: a ship's name (any kind: "USS Alba" is
// no town, "the carrier Ada Lind" no person), a place opening a sight's name, or the
// United States' short form opening a body's.
func insideNamedThing(text string, m Mention) bool {
	if shipName(text, m.bStart) {
		return true
	}
	switch m.Kind {
	case kg.City, kg.Region:
		return sightAfter.MatchString(text[m.bEnd:]) || namedFacility(text, m.bStart, m.bEnd) || oldQuarter(text, m)
	case kg.Country:
		return usShortForm.MatchString(m.Text) && usBodyAfter.MatchString(text[m.bEnd:]) && !closesSentence(m.Text, text[m.bEnd:])
	}
	return false
}

// oldQuarterBefore ends in a town's old quarter right before a place's name ("Old Town
// Alba"); oldQuarterName is that quarter's own words, which some town bears as its name.
var (
	oldQuarterBefore = regexp.MustCompile(`\bOld (?:City|Town)[ \t]+$`)
	oldQuarterName   = regexp.MustCompile(`^Old (?:City|Town)$`)
	capitalAfter     = regexp.MustCompile(`^[ \t]+\p{Lu}`)
)

// oldQuarter reports whether m is a word of an old quarter's name ("Old City Alba"): a
// sight, as a castle is, neither the town nor a place called "Old City".
func oldQuarter(text string, m Mention) bool {
	return oldQuarterBefore.MatchString(text[:m.bStart]) || oldQuarterName.MatchString(m.Text) && capitalAfter.MatchString(text[m.bEnd:])
}

// untitledVisitor is an ambassador named by title and surname alone who meets someone
// ("Ambassador Alba met with"): a visitor the graph lacks, which no relation names, so
// the event stands on the place it was held in.
var untitledVisitor = regexp.MustCompile(`\bAmbassador [A-Z][\p{L}]+ met with\b`)

// smallAlias is the population under which a town named only by another of its names
// needs the text's own evidence: an island's, a district's or a larger town's name that a
// village also bears ("Naoshima" of the village Honmura, where the text means the
// island's town) is that other place more often than the village.
const smallAlias = 10_000

// smallAliasPlace reports whether a one-word name is only an alias of a small town the
// graph holds, with no cue word, region or partner in the text for it: its
// country named is not enough, and a partner abroad (which the rule for places the graph
// barely knows does not forgive) does not make it the island's or district's name.
func smallAliasPlace(e store.NameRecord, folded string, strong bool) bool {
	return e.Kind == kg.City && FoldName(e.Name) != folded && e.Population > 0 && e.Population < smallAlias && !strong
}

// onlyRegionCued reports whether every cue the text gives a twin name (a city and the
// region of one name) says the region ("Alba Governor", "the prefecture of Alba") and
// none says the town: no city word, mayor or visit anywhere at the name. Its bare
// repeats are then the region the text speaks of; with a town's cue anywhere they stay
// as undecided as before (Japanese prefectures' texts that meet a mayor, too, mean the
// town by the bare name).
func (c *linkCtx) onlyRegionCued(name string) bool {
	for _, at := range occurrencesOf(c.text, name) {
		before, after := c.text[:at], c.text[at+len(name):]
		if cityCue.MatchString(after) || cityOf.MatchString(before) || possessiveOffice(after) == "mayor" || visitBefore.MatchString(before) {
			return false
		}
	}
	return true
}

// holdsLinkedCity reports whether a region is the region of a city the text's first
// pass linked.
func (g *Gazetteer) holdsLinkedCity(region string, linked map[string]bool) bool {
	for id := range linked {
		if i, ok := g.byID[id]; ok && g.entries[i].Kind == kg.City && slices.Contains(g.entries[i].Regions, region) {
			return true
		}
	}
	return false
}

// withoutBothSides drops a place's parts in the event where the facts make it both the
// host and a visitor: one sentence read it as the place visited, another as where the
// people met come from ("alumni from Alba"), and the text does not settle which side
// it is on.
func withoutBothSides(facts []Fact) []Fact {
	roles := map[string]map[string]bool{}
	for _, x := range facts {
		if x.To == "\x00event" && x.Type == kg.ParticipatedIn {
			if roles[x.From] == nil {
				roles[x.From] = map[string]bool{}
			}
			r, _ := x.Props["role"].(string)
			roles[x.From][r] = true
		}
	}
	return slices.DeleteFunc(facts, func(x Fact) bool {
		k, _ := kg.KindOfID(x.From)
		return x.To == "\x00event" && isPlace(k) && roles[x.From]["host"] && roles[x.From]["visitor"]
	})
}

// twinEntries returns the entries of a name's twins: each city bearing the name that
// lies in a region of the name, and those regions.
func (g *Gazetteer) twinEntries(p pattern) map[int]bool {
	out := map[int]bool{}
	for _, r := range p.refs {
		e := g.entries[r.entry]
		if e.Kind != kg.City {
			continue
		}
		for _, q := range p.refs {
			if g.entries[q.entry].Kind == kg.Region && slices.Contains(e.Regions, g.entries[q.entry].ID) {
				out[r.entry], out[q.entry] = true, true
			}
		}
	}
	return out
}

// governmentAfter starts "government" after a place's name ("the Alba government").
var governmentAfter = regexp.MustCompile(`^ [Gg]overnment\b`)

// ownHeads are the heads a region's name may close with after its capital's name.
var ownHeads = set("oblast", "department", "province", "governorate", "canton", "region", "prefecture", "state", "county")

// eitherGovernment reports whether a city's name before "government" could as well be
// the region the city lies in, which bears its name (its head aside): a city and a
// department both have governments, and the text does not say whose is meant.
func (g *Gazetteer) eitherGovernment(text string, m Mention) bool {
	if m.Kind != kg.City || m.entry < 0 || !governmentAfter.MatchString(text[m.bEnd:]) {
		return false
	}
	name := FoldName(m.Text)
	for _, id := range g.entries[m.entry].Regions {
		if i, ok := g.byID[id]; ok && (FoldName(g.entries[i].Name) == name || strings.HasPrefix(FoldName(g.entries[i].Name), name+" ") && ownHeads[strings.TrimPrefix(FoldName(g.entries[i].Name), name+" ")]) {
			return true
		}
	}
	return false
}
