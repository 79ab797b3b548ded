package ingest

import (
	"regexp"
	"slices"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
)

// seasonWords are the seasons, which towns are named after too.
var seasonWords = set("spring", "summer", "autumn", "fall", "winter")

var (
	// seasonNoun: a lower-case noun right after the season ("the Spring semester",
	// "Summer school"), which a town's name does not take.
	seasonNoun = regexp.MustCompile(`^[ \t]+\p{Ll}`)
	// seasonDeterminer: a word before it that counts or points at a time ("this Spring",
	// "next Summer", "each Autumn").
	seasonDeterminer = regexp.MustCompile(`\b(?:[Tt]his|[Nn]ext|[Ll]ast|[Ee]ach|[Ee]very|[Ee]arly|[Ll]ate)\s+$`)
)

// dropSeasons leaves unlinked a town named as a season where the words around it make
// it the season: a lower-case noun after it, or a word of time before it. "Spring,
// Texas" or "in Summer" with the town's state beside it keep the town.
func dropSeasons(text string, ms []Mention) []Mention {
	return slices.DeleteFunc(ms, func(m Mention) bool {
		return (m.Kind == kg.City || m.Kind == kg.Region) && seasonWords[strings.ToLower(m.Text)] &&
			(seasonNoun.MatchString(text[m.bEnd:]) || seasonDeterminer.MatchString(text[:m.bStart]))
	})
}
