package ingest

import (
	"regexp"

	"github.com/amity-graph/amity/internal/kg"
	"github.com/amity-graph/amity/internal/store"
)

// unitHeadAfter and unitOfBefore: a name the text gives another unit too ("Alba
// District", "the district of Alba"), whose bare form may mean that unit.
var (
	unitHeadAfter = regexp.MustCompile(`^\s+(?:[Dd]istrict|[Pp]rovince|[Cc]ounty|[Dd]ivision|[Rr]egion|[Mm]unicipality|[Tt]ehsil|[Dd]epartment)\b`)
	unitOfBefore  = regexp.MustCompile(`(?i)\b(?:district|province|county|division|region|municipality|tehsil|department) of\s+$`)
)

// cityHeadDropped reports whether a name is a city's own name without its head word
// ("Alba" of Alba City), the town's name as texts most often write it rather than
// another name of it that a word or a people may share; unless the text gives the name
// to another unit as well, which the bare name may mean.
func cityHeadDropped(text, orig string, e store.NameRecord, folded string) bool {
	if e.Kind != kg.City || FoldName(e.Name) != folded+" city" {
		return false
	}
	for _, at := range occurrencesOf(text, orig) {
		if unitHeadAfter.MatchString(text[at+len(orig):]) || unitOfBefore.MatchString(text[:at]) {
			return false
		}
	}
	return true
}
