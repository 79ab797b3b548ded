package ingest

import (
	"regexp"
	"slices"

	"github.com/amity-graph/amity/internal/kg"
)

var (
	districtAfter  = regexp.MustCompile(`^\s+[Dd]istrict\b`)
	districtBefore = regexp.MustCompile(`\bDistrict\s+$`)
)

// dropDistrictTowns leaves unlinked a town read where the text names a district after
// it ("Alba District", "the Alba district of Bela Province") or, as South Asian texts
// write it, before it ("District Alba"): the district bears the town's name but is
// another, wider place, which cityAsRegion has already taken where the graph holds it
// as the town's region. A list closed by "districts" names each of its items a
// district (districtlists.go). Left unlinked, the district may be proposed as a region.
func dropDistrictTowns(text string, ms []Mention) []Mention {
	return slices.DeleteFunc(ms, func(m Mention) bool {
		return m.Kind == kg.City && (districtAfter.MatchString(text[m.bEnd:]) || districtListed(text[m.bEnd:]) || districtBefore.MatchString(text[:m.bStart]))
	})
}
