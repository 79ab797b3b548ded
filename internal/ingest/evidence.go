package ingest

import (
	"regexp"
	"slices"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
)

// evidencedMinor returns the little-known places (no partner, barely tied in the graph)
// that a mention of the first pass reached by another of their names: only a cue word,
// the place's region or a partner beside it lets such a word link ("Lowtown, Upper
// Province"), and that evidence holds for the word wherever the article repeats it
// bare (a caption's or the dateline's "Lowtown"), one sense per article.
func (g *Gazetteer) evidencedMinor(ms []Mention) map[string]bool {
	out := map[string]bool{}
	for _, m := range ms {
		if m.entry < 0 || m.Entity == nil || strings.Contains(strings.TrimSpace(m.Text), " ") {
			continue
		}
		e := g.entries[m.entry]
		if (e.Kind == kg.City || e.Kind == kg.Region) && FoldName(e.Name) != FoldName(m.Text) && e.Degree <= minorDegree && len(e.Partners) == 0 {
			out[e.ID] = true
		}
	}
	return out
}

// withoutRegionHead drops a region's head word closing a folded name ("afar region":
// "afar"), so a place followed by its region's name with the head word still finds the
// region it lies in.
func withoutRegionHead(folded string) string {
	i := strings.LastIndexByte(folded, ' ')
	if i < 0 || !regionHeads[folded[i+1:]] {
		return folded
	}
	return folded[:i]
}

// townCueBefore ends in a capitalised name and "in": a named venue or body lies in a
// town ("the Harbour Library in ").
var townCueBefore = regexp.MustCompile(`[A-Z][\p{L}'’-]+ in\s+$`)

// openerDash follows a name that opens a line: a dateline's comma or dash.
var openerDash = regexp.MustCompile(`^\s*[,–—-]`)

// undecidedTwins drops the bare city readings of a name the article has listed under a
// region's plural head ("Alpha and Beta States", then "the needs of Alpha"): a region
// and its capital share the name, and once the text has set up its subject as the
// region, a repeat that no word ties to the town could mean either. (A region read
// from its own cue word, "Alpha Prefecture", leaves the bare repeats to the town, as
// the articles of Japanese prefectures read them.) A dateline, a city's cue word or
// office, a visit, or "in" after a named venue keeps the town.
func (g *Gazetteer) undecidedTwins(c *linkCtx, ms []Mention) []Mention {
	regions := map[string]int{} // folded name -> the region the article read it as
	for _, m := range ms {
		if m.Kind == kg.Region && m.How == "governed list" && FoldName(m.Text) == FoldName(g.entries[m.entry].Name) {
			regions[FoldName(m.Text)] = m.entry
		}
	}
	if len(regions) == 0 {
		return ms
	}
	// the trip was told as a visit to the regions ("visited the regions of Alpha and
	// Beta"): a later visit to one of them by its bare name is to the region too
	visited := visitedRegionList(c.text)
	for i, m := range ms {
		r, ok := regions[FoldName(m.Text)]
		if ok && visited[FoldName(m.Text)] && m.Kind == kg.City && m.entry >= 0 && slices.Contains(g.entries[m.entry].Regions, g.entries[r].ID) &&
			visitBefore.MatchString(c.text[:m.bStart]) && !cityCue.MatchString(c.text[m.bEnd:]) {
			ms[i].Entity, ms[i].Kind, ms[i].entry, ms[i].How, ms[i].Confidence = strPtr(g.entries[r].ID), kg.Region, r, "name", 0.7
		}
	}
	return slices.DeleteFunc(ms, func(m Mention) bool {
		r, ok := regions[FoldName(m.Text)]
		if !ok || m.Kind != kg.City || m.entry < 0 || !slices.Contains(g.entries[m.entry].Regions, g.entries[r].ID) {
			return false
		}
		before, after := c.text[:m.bStart], c.text[m.bEnd:]
		opener := (m.bStart == 0 || c.text[m.bStart-1] == '\n') && openerDash.MatchString(after)
		return !opener && !cityCue.MatchString(after) && !cityOf.MatchString(before) && possessiveOffice(after) != "mayor" && !townCueBefore.MatchString(before) && !visitBefore.MatchString(before)
	})
}

// visitedRegions is a visit to a list of places under a region's plural head ("visited
// the Alpha regions of Beta, Gamma and Delta").
var visitedRegions = regexp.MustCompile(`\b(?:[Vv]isit|[Vv]isits|[Vv]isited|[Vv]isiting|[Tt]oured|[Tt]ours|[Tt]our)\s+(?:the\s+)?(?:[A-Z][\p{L}]+\s+)?` + governingHead + `\s+of\s+(` + governedList + `)`)

// visitedRegionList returns the folded names listed after such a visit.
func visitedRegionList(text string) map[string]bool {
	out := map[string]bool{}
	for _, m := range visitedRegions.FindAllStringSubmatch(text, -1) {
		for _, w := range governedWord.FindAllString(m[1], -1) {
			out[FoldName(w)] = true
		}
	}
	return out
}

// regionHeadAfter starts a region's head word after a name ("Alpha Region").
var regionHeadAfter = regexp.MustCompile(`^ (?:Region|Province|State|Prefecture|County|Governorate|Oblast)\b`)

// regionsByCapitalsName links a word before a region's head that names no region but
// is another spelling of a city whose region the graph spells another way ("Gambella
// Region": the region Gambela, whose capital bears "Gambella" among its names), when
// the article names that country. The head word says which of the two is meant, and so
// it is for the article's bare repeats of the word, one sense per article.
func (g *Gazetteer) regionsByCapitalsName(c *linkCtx, hits []hit, ms []Mention) []Mention {
	settled := map[string]int{}
	for _, h := range hits {
		word := c.text[h.start:h.end]
		if !regionHeadAfter.MatchString(c.text[h.end:]) || !isCapitalized(word) || strings.Contains(word, " ") {
			continue
		}
		if slices.ContainsFunc(g.entriesNamed(word), func(i int) bool { return g.entries[i].Kind == kg.Region }) {
			continue // a region of that very name is for the linker to weigh
		}
		rs := slices.DeleteFunc(g.regionsNamedAs(word), func(i int) bool {
			return !slices.ContainsFunc(g.entries[i].Countries, func(cc string) bool { return c.countries[cc] })
		})
		if len(rs) == 1 {
			settled[FoldName(word)] = rs[0]
		}
	}
	for _, h := range hits {
		word := c.text[h.start:h.end]
		r, ok := settled[FoldName(word)]
		if !ok || !isCapitalized(word) || !g.plausible(c, h) && !regionHeadAfter.MatchString(c.text[h.end:]) {
			continue
		}
		ms = addIfFree(ms, Mention{Text: word, bStart: h.start, bEnd: h.end, Entity: strPtr(g.entries[r].ID), Kind: kg.Region,
			How: "alias", Confidence: 0.7, entry: r})
	}
	return ms
}
