package ingest

import (
	"regexp"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
)

// districtName finds one or two capitalised words and "District" after them ("Velo
// District", "Tane Vane District"); an apostrophe or a hyphen may stand inside a word.
var districtName = regexp.MustCompile(`\b(\p{Lu}[\p{L}’'-]*\p{L}(?: \p{Lu}[\p{L}’'-]*\p{L})?) District\b`)

// districtGoesOn: what may follow a district's name and still leave it whole: an office
// of its own ("Velo District Chairman"), a day or a month (a dateline's "Velo District
// Thursday").
var districtGoesOn = regexp.MustCompile(`^ (\p{Lu}\p{L}*)`)

// headedDistricts proposes a district the graph lacks as a new region where nothing else took
// its name: the head word names its kind where no other cue does ("in Velo District",
// "Velo District’s links with ..."), and the annotations keep the head in the name, as
// for islands. Not a name that goes on after its head with another name ("Velo District
// Council", a body; "Velo District Court"), not common, compass, title or ocean words or
// words the text writes in lowercase, and not a district named by a place the graph
// holds ("Pudong District" is the linker's).
func (p *proposer) headedDistricts(ms []Mention) []Mention {
	text := p.c.text
	for _, a := range districtName.FindAllStringSubmatchIndex(text, -1) {
		s, e := a[2], a[1]
		if coveringMention(ms, s, e) >= 0 {
			continue
		}
		if before := text[:s]; strings.HasSuffix(before, "“") || strings.HasSuffix(before, "\"") {
			continue
		}
		if m := districtGoesOn.FindStringSubmatch(text[e:]); m != nil {
			lw := strings.ToLower(m[1])
			if !titleWords[lw] && !dayNames[lw] && months[lw] == 0 {
				continue
			}
		}
		// (a district proposed once by another cue is that district wherever it is
		// written, though the graph holds a town of its stem: "in Chorsu, Vahdat District")
		if p.find(kg.Region, text[s:e]) == nil && (!p.islandWords(text[s:a[3]]) || districtKinds[strings.ToLower(text[s:a[3]])]) {
			continue
		}
		ms = p.add(ms, kg.Region, s, e, 0.5)
	}
	return ms
}

// districtKinds name a kind of district, no district's own name ("Congressional
// District", "School District").
var districtKinds = set("congressional", "electoral", "school", "judicial", "federal", "business", "historic",
	"financial", "legislative", "military", "special", "central", "commercial", "industrial", "free", "economic")
