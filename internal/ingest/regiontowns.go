package ingest

// inPlaceList reports whether the hit stands in a list of capitalised names: another
// follows it after a comma or "and", or one precedes it so ("Alba, Sorn and Velk").
func inPlaceList(text string, h hit) bool {
	return listSep.MatchString(text[h.end:]) || listSepBefore.MatchString(text[:h.start])
}
