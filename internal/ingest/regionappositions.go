package ingest

import "regexp"

var (
	// regionApposed is a region's kind set beside a name after a comma or a dash ("Alba,
	// a province in the north", "Alba – a key partner state", "Alba, one of the districts
	// hit"): the text says what the name is. Up to three words stand between the article
	// and the head; none of them may be a town's word ("Alba, a city in the state of ...").
	regionApposed = regexp.MustCompile(`^\s*(?:,|\s[-–—])\s+(?:a|an|the|one of (?:the|its|our|their|its)?\s*)\s*(?:(?:[\p{Ll}-]+)\s+){0,3}?(?:province|provinces|state|states|district|districts|department|departments|canton|cantons|oblast|oblasts|governorate|governorates)\b`)
	// townWordApposed: a town's word among those words settles nothing for the region.
	townWordApposed = regexp.MustCompile(`^\s*(?:,|\s[-–—])\s+(?:a|an|the|one of)\s+(?:[\p{Ll}-]+\s+){0,3}?(?:city|cities|town|towns|capital|village|municipality|port|of|in)\b`)
	// governorsOf ends where the plural office opens a list of the regions its holders
	// govern ("the Governors of Alba and Bela", "the Governors of Alba, Bela and Cora"):
	// each name in it is a region, as after "the Governor of".
	governorsOf = regexp.MustCompile(`\b[Gg]overnors of (?:the )?(?:\p{Lu}[\p{L}'’-]*(?:,\s*(?:and\s+)?|\s+and\s+))*$`)
	// possessiveRegionWord: the name's possessive and a region's own adjective ("Alba's
	// provincial and local governments", "Alba’s state assembly"): the region's organs.
	possessiveRegionWord = regexp.MustCompile(`^['’]s?\s+(?:provincial|departmental|cantonal|gubernatorial)\b`)
)

// regionCuedAround reports the cues beyond regionCued that make a place's name a
// region: its kind set in apposition, a plural governors' list, a region's adjective
// after its possessive, a word of spread before it ("throughout Alba", areaspread.go),
// its kind said by "is" after it ("Alba is one of the provinces", copularegions.go). A city of the name may be the region's seat; these words speak
// of the wider area.
func regionCuedAround(text string, m Mention) bool {
	return governorsOf.MatchString(text[:m.bStart]) || spreadOver(text[:m.bStart]) || copulaRegionAfter(text[m.bEnd:]) || regionCuedAsPlace(text, m)
}

// regionCuedAsPlace reports the cues of regionCuedAround that speak of the region as a
// place (its kind in apposition, its provincial organs), which tell the sense of the
// name's bare uses elsewhere in the article, as "Alba Province" does. The governors'
// list speaks of an office and, like "Alba's governor", settles only its own mention.
func regionCuedAsPlace(text string, m Mention) bool {
	after := text[m.bEnd:]
	return regionApposed.MatchString(after) && !townWordApposed.MatchString(after) || possessiveRegionWord.MatchString(after) ||
		ownerApposedRegion(after)
}
