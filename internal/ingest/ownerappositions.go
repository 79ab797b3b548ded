package ingest

import "regexp"

var (
	// ownerApposed is a region's kind set beside a name after a comma or a dash with its
	// country's possessive in place of the article ("Alba, Velmaria’s largest state",
	// "Alba – Zedland's northern province"): the text says what the name is, as
	// regionApposed reads "Alba, a province ...". One to three capitalised words own the
	// head, and up to three lower-case words stand between.
	ownerApposed = regexp.MustCompile(`^\s*(?:,|\s[-–—])\s+(?:the\s+)?\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2}['’]s?\s+(?:[\p{Ll}-]+\s+){0,3}?(?:province|provinces|state|states|district|districts|department|departments|canton|cantons|oblast|oblasts|governorate|governorates|region|regions)\b`)
	// ownerTownApposed: a town's word before the head ("Alba, Velmaria’s capital and
	// largest state") settles nothing for the region.
	ownerTownApposed = regexp.MustCompile(`^\s*(?:,|\s[-–—])\s+(?:the\s+)?\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2}['’]s?\s+(?:[\p{Ll}-]+\s+){0,3}?(?:city|cities|town|towns|capital|village|municipality|port|of|in)\b`)
)

// ownerApposedRegion reports whether a region's kind, owned by a country's possessive,
// stands in apposition right after the name.
func ownerApposedRegion(after string) bool {
	loc := ownerApposed.FindStringIndex(after)
	// only the words before the head count: "Alba, Velmaria's province of lakes" is
	// the province
	return loc != nil && !ownerTownApposed.MatchString(after[:loc[1]])
}
