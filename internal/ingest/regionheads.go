package ingest

import (
	"regexp"
	"slices"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
)

// regionHeadAttached starts a region's head word right after a name, or after the list
// the name opens under a plural head ("Alba Oblast", "Alba province", "Alba and San Pedro
// departments"); a singular head after a comma is the region a town lies in ("Alba,
// Sorn province"), not the town's.
var regionHeadAttached = regexp.MustCompile(`^(?:\s+(?:Oblasts?|oblasts?|Departments?|departments?|departaments?|Departamento|Provinces?|provinces?|Governorates?|governorates?|Cantons?|cantons?)|(?:(?:,\s*(?:and |or )?|\s+(?:and|or)\s+)[A-Z][\p{L}]+(?: [A-Z][\p{L}]+)*)+\s+(?:Oblasts|oblasts|Departments|departments|departaments|Provinces|provinces|Governorates|governorates|Cantons|cantons))\b`)

// regionsHeadHere is "Region" or "Regions" attached to a name or closing the list it
// opens ("Alba Region", "Alba and Sorn Regions"): that mention is the region, but its
// bare repeats keep their own reading (a text that greets a visitor to "Alba and Sorn
// Regions" goes on to the city of Alba).
var regionsHeadHere = regexp.MustCompile(`^(?:\s+Regions?|(?:(?:,\s*(?:and |or )?|\s+(?:and|or)\s+)[A-Z][\p{L}]+(?: [A-Z][\p{L}]+)*)+\s+Regions)\b`)

// acrossBefore ends in "across" before a name ("producers from across Alba"): one
// ranges across a region, not a town; where the town's region bears the name, that
// mention is the region.
var acrossBefore = regexp.MustCompile(`\bacross\s+$`)

// governorAfter starts a governor's title after a place ("Alba Governor"): a governor
// governs a region; where the city's own region bears its name, that region is meant.
var governorAfter = regexp.MustCompile(`^[’']?s? Governor\b`)

// citiesOfRegionNames reads a name the text itself gives a region's head ("Alba Oblast",
// "the Alba and Sorn departments") as the region wherever the text names it, its bare
// repeats too: the region the graph's city of that name lies in, when that region bears
// the name (its head aside, or one letter apart: "Mangistau" and "Mangystau"), and
// otherwise no link. A city cue where it stands ("Alba City", "the city of Alba",
// "the Mayor of Alba") keeps the city. The head must be attached to the name: a
// "province" elsewhere in the text says nothing of which names are provinces (tried in
// round 17a, that read Busan and Jakarta as their regions).
func (g *Gazetteer) citiesOfRegionNames(c *linkCtx, ms []Mention) []Mention {
	headed := map[string]bool{}
	for _, m := range ms {
		if (m.Kind == kg.City || m.Kind == kg.Region) && regionHeadAttached.MatchString(c.text[m.bEnd:]) {
			headed[FoldName(m.Text)] = true
		}
	}
	var out []Mention
	for _, m := range ms {
		name := FoldName(m.Text)
		governor := governorAfter.MatchString(c.text[m.bEnd:])
		here := regionsHeadHere.MatchString(c.text[m.bEnd:]) || acrossBefore.MatchString(c.text[max(0, m.bStart-20):m.bStart])
		if m.Kind != kg.City || m.entry < 0 || !headed[name] && !governor && !here || cityCue.MatchString(c.text[m.bEnd:]) || cityOf.MatchString(c.text[:m.bStart]) {
			out = append(out, m)
			continue
		}
		region := -1
		for _, id := range g.entries[m.entry].Regions {
			i, ok := g.byID[id]
			if !ok {
				continue
			}
			rn := FoldName(g.entries[i].Name)
			if rn == name || strings.HasPrefix(rn, name+" ") && slices.Contains([]string{"oblast", "department", "province", "governorate", "canton", "region"}, strings.TrimPrefix(rn, name+" ")) || len(name) >= 6 && oneEdit(rn, name) {
				region = i
			}
		}
		if region < 0 {
			if (governor || here) && !headed[name] {
				out = append(out, m) // a governor's name says no more than that
			}
			continue
		}
		m.Kind, m.entry, m.Entity, m.How = kg.Region, region, strPtr(g.entries[region].ID), "region head"
		out = append(out, m)
	}
	return out
}
