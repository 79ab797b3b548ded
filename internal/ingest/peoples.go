package ingest

import (
	"regexp"
	"slices"

	"github.com/amity-graph/amity/internal/kg"
)

// peopleNames are peoples' names that towns also bear ("Roma" is a town in Texas,
// "Cherokee" several in the United States): written as a people's name is written, they
// name the people, never the town.
var peopleNames = set("roma", "sinti", "sami", "inuit", "maori", "hmong", "maya", "navajo", "cherokee",
	"apache", "zulu", "bedouin", "tuareg", "yazidi", "rohingya", "uyghur", "uighur", "berber", "kurd", "kurds")

var (
	// peopleTheBefore ends in "the" (a people as a whole: "the rights of the Roma").
	peopleTheBefore = regexp.MustCompile(`\b(?:the|The)\s+$`)
	// peopleNounAfter starts a noun a people's name qualifies ("Roma families", "a Roma
	// neighbourhood").
	peopleNounAfter = regexp.MustCompile(`(?i)^\s+(?:community|communities|children|child|kids|families|family|neighbou?rhoods?|settlements?|minorit(?:y|ies)|women|men|youth|students|people|population|rights|language|culture|leaders?)\b`)
	// placeWordAfter starts a word that makes the name before it a place's ("the Roma
	// mayor", "the Maya Municipality").
	placeWordAfter = regexp.MustCompile(`(?i)^\s+(?:city|town|county|municipality|township|village|mayor|council)\b`)
)

// peoplesNotPlaces drops a town or region whose one-word name is a people's, where the
// text writes it as the people: after "the", or before a noun it qualifies
// ("community", "children"). The rule only drops links, so it costs a missed town at worst.
func peoplesNotPlaces(c *linkCtx, ms []Mention) []Mention {
	return slices.DeleteFunc(ms, func(m Mention) bool {
		if (m.Kind != kg.City && m.Kind != kg.Region) || !peopleNames[FoldName(m.Text)] {
			return false
		}
		before, after := c.text[:m.bStart], c.text[m.bEnd:]
		if placeWordAfter.MatchString(after) {
			return false
		}
		return peopleTheBefore.MatchString(before) || peopleNounAfter.MatchString(after)
	})
}

// nameHeadAfterWord ends in a capitalised word and one space (a head noun right after
// it closes that word's name: "Study Tour"), or in a demonstrative or possessive, which
// points back to the thing so named ("this Tour"), never to a town.
var nameHeadAfterWord = regexp.MustCompile(`(?:\p{Lu}[\p{L}’'-]*|\b(?:this|that|our|its|their)) $`)

// headNounAliases drops a town or region read by one of its other names where that name
// is a head noun of the rules closing a capitalised name ("a Study Tour" is no trip to
// Tours, which also bears the name "Tour"): an alias is a weaker claim than the town's own
// name, and a head noun after a capitalised word is the name's own.
func headNounAliases(c *linkCtx, ms []Mention) []Mention {
	return slices.DeleteFunc(ms, func(m Mention) bool {
		if (m.Kind != kg.City && m.Kind != kg.Region) || m.How != "alias" {
			return false
		}
		f := FoldName(m.Text)
		return (namedHeads[f] || headWordName(f)) && nameHeadAfterWord.MatchString(c.text[:m.bStart])
	})
}
