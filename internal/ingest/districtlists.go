package ingest

import "regexp"

// districtsAfter closes a list of names with the plural "districts" ("the Alba and Bela
// districts", "Alba, Bela and Cora Districts"): the plural head makes each name in the
// list a district, as "Alba District" does one name. Up to two capitalised words make
// an item.
var districtsAfter = regexp.MustCompile(`^(?:(?:,\s*(?:and\s+)?|\s+and\s+)\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)*\s+[Dd]istricts\b`)

// districtListed reports whether the text after a name closes a list of districts that
// the name belongs to.
func districtListed(after string) bool {
	return districtsAfter.MatchString(after)
}
