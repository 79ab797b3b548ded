package ingest

import "regexp"

// copulaRegion is a region's kind said of the name by "is" or "was" right after it
// ("Alba is one of the larger provinces", "Alba was a district of ..."): the sentence
// says what the name is, as an apposition does. A town's word before the head
// ("Alba is a city in the province") settles nothing for the region. It settles only
// its own mention: the same text may go on to the town of that name.
var (
	copulaRegion = regexp.MustCompile(`^\s+(?:is|was|remains)\s+(?:one of (?:the|its|our|their)|a|an|the)\s+(?:[\p{Ll}-]+\s+){0,3}?(?:province|provinces|state|states|district|districts|department|departments|canton|cantons|oblast|oblasts|governorate|governorates|region|regions|prefecture|prefectures)\b`)
	copulaTown   = regexp.MustCompile(`\b(?:city|cities|town|towns|capital|village|municipality|port|of|in)\b`)
	copulaOneOf  = regexp.MustCompile(`one of (?:the|its|our|their)`)
)

// copulaRegionAfter reports whether the words after a name say it is a region.
func copulaRegionAfter(after string) bool {
	loc := copulaRegion.FindStringIndex(after)
	if loc == nil {
		return false
	}
	// "is one of the" holds an "of" of its own; the town's words are looked for after it
	words := after[:loc[1]]
	if i := copulaOneOf.FindStringIndex(words); i != nil {
		words = words[i[1]:]
	}
	return !copulaTown.MatchString(words)
}
