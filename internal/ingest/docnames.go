package ingest

import (
	"regexp"
	"slices"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
)

// documentAfter follows a place that opens or continues the name of an agreement or a
// declaration, alone or in a hyphenated chain of places ("-Lindby-Agreement", "
// Declaration on Trade", " (Lindby) Accord", "-Bela MOU to Support ...", "-Bela Joint Statement on ..."): the
// place there is part of the document's name, which names no place the text speaks of. "Convention" before a venue's word ("Convention
// Center") heads a building, not a document.
var documentAfter = regexp.MustCompile(`^(?:-\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?)*(?: \(\p{Lu}[\p{L}]*(?: \p{Lu}[\p{L}]*){0,3}\))?[- ](?:Declaration|Agreement|Accords?|Treaty|Pact|Protocol|Charter|Compact|Convention|MOU|MoU|Joint Statement)\b( (?:Center|Centre|Hall|Complex)\b)?`)

// planHeads end the names of plans, strategies, documents and forces a country's name or
// short form opens ("U.S. Strategy for ...", "U.S. Pacific Fleet", "the U.S. President's
// Emergency Plan ..."): the country there is part of the name, which the annotation
// leaves out or proposes whole.
var planHeads = set("strategy", "plan", "fleet", "policy", "doctrine", "agreement", "declaration", "accord", "accords",
	"treaty", "pact", "charter", "compact")

// planRun reads the capitalised words after a name, possessives among them ("
// President’s Emergency Plan for AIDS Relief").
var planRun = regexp.MustCompile(`^(?:[ -](?:(?:and|of|for|on|the) )*\p{Lu}[\p{L}]*(?:['’]s)?)+`)

// opensPlanName reports whether the capitalised words after a country's name end in a
// plan's, a force's or a document's head: the country opens that name.
func opensPlanName(rest string) bool {
	return slices.ContainsFunc(strings.Fields(strings.ReplaceAll(planRun.FindString(rest), "-", " ")), func(w string) bool {
		return planHeads[strings.ToLower(w)]
	})
}

// dropDocumentPlaces removes the places, countries among them, read inside the name of
// an agreement or a declaration.
func dropDocumentPlaces(c *linkCtx, ms []Mention) []Mention {
	return slices.DeleteFunc(ms, func(m Mention) bool {
		if m.Kind != kg.City && m.Kind != kg.Region && m.Kind != kg.Country {
			return false
		}
		d := documentAfter.FindStringSubmatch(c.text[m.bEnd:])
		return d != nil && d[1] == "" || opensDocumentRun(c, m)
	})
}
