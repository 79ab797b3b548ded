package ingest

import (
	"github.com/amity-graph/amity/internal/store"
)

// adminSuffixes are the romanised administrative suffixes that Japanese and Korean
// place names carry in official use and drop in English prose: Japanese -to, -dō/-do,
// -fu, -ken (prefectures), -shi (city), -ku (ward), -machi/-chō/-cho (town),
// -mura/-son (village), -gun (district); Korean -do (province), -si (city), -gun
// (county), -gu (district), -eup, -myeon (town, township). "Nara-shi" is the city of
// Nara, "Yeongdong-gun" the county of Yeongdong.
var adminSuffixes = []string{
	"to", "do", "fu", "ken", "shi", "ku", "machi", "cho", "mura", "son", "gun",
	"si", "gu", "eup", "myeon",
}

// suffixedName reports whether e's own name is the name weighed with an administrative
// suffix ("Nara-shi" for "Nara"): for ranking, the place bears the name as its own, not
// as an alias a namesake happens to share. The stem must be a name of its own (four
// letters or more), so that a district's suffixed name ("Jung-gu") never stands for a
// bare word.
func suffixedName(e store.NameRecord, folded string) bool {
	if len(folded) < 4 {
		return false
	}
	n := FoldName(e.Name)
	for _, s := range adminSuffixes {
		if n == folded+" "+s || n == folded+"-"+s {
			return true
		}
	}
	return false
}
