package ingest

import (
	"regexp"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
)

// featureHeads close the names of natural features: English names a sea, lake, river or
// mountain range by a word after its own ("Aral Sea", "Volta River").
var featureHeads = set("sea", "lake", "river", "mountain", "mountains", "desert", "ocean", "strait", "glacier", "peninsula")

// featureHeadAfter is such a head right after a place's name.
var featureHeadAfter = regexp.MustCompile(`^[ \t]+(?i:Sea|Lake|River|Mountains?|Desert|Ocean|Strait|Glacier|Peninsula)\b`)

// featureWordBefore is a feature's common noun, in lower case, between "the" and the
// name ("the river Dolva", "the lake Brenn"): English also names water that way, and a
// town named by its river is not meant there. A capitalised "River" before a name
// opens a place's own name ("River Gee County") and is left alone.
var featureWordBefore = regexp.MustCompile(`\bthe\s+(?:river|lake)\s+$`)

// naturalFeature reports whether the town or region mention m names a natural feature
// rather than the place: its name is followed by a feature's head or follows "the river", or the text is one of
// the place's aliases that ends in a head its own name lacks (a town's record may list
// the sea it stands by). A country is left out: "China Sea" is said of the country's
// coast as much as of the water.
func (g *Gazetteer) naturalFeature(text string, m Mention) bool {
	if m.Kind != kg.City && m.Kind != kg.Region {
		return false
	}
	if featureHeadAfter.MatchString(text[m.bEnd:]) || featureWordBefore.MatchString(text[:m.bStart]) {
		return true
	}
	ws := strings.Fields(strings.ToLower(text[m.bStart:m.bEnd]))
	if len(ws) < 2 || !featureHeads[ws[len(ws)-1]] || m.entry < 0 || m.entry >= len(g.entries) {
		return false
	}
	own := strings.Fields(strings.ToLower(g.entries[m.entry].Name))
	return len(own) > 0 && own[len(own)-1] != ws[len(ws)-1]
}
