package ingest

import (
	"regexp"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
)

// Places and countries read inside a longer name (round 41e).
//
// A brand written in camel case ("SoundVault Velmaria": one word, a capital inside it
// after a run of small letters) is a body's own coinage; a country right after it
// closes that body's name, as after an acronym. A surname's particle ("McLeod",
// "MacKay", "DeWitt") has at most three small letters before its inner capital, so it is
// no brand.
var camelBrand = regexp.MustCompile(`^\p{Lu}\p{Ll}{4,}\p{Lu}\p{Ll}+$`)

// waterHeads and subunitHeads: a country's name before a water feature's head ("the Velmar
// Strait", "the Velmar Sea") names that feature, and before a department's subunit
// ("Velmaria Section, Department of ...", "the Velmar Branch") names the subunit; the
// annotation leaves the country out with the name.
var (
	waterHeads   = set("strait", "straits", "sea", "gulf", "bay", "channel", "ocean", "trench", "basin")
	subunitHeads = set("section", "branch")
)

// documentRun follows a place that opens a capitalised run of words ending in a
// document's head ("Velm Lindby Sister City Agreement", "Velm Peace Accords"), a
// connecting word allowed inside: the place is part of the agreement's name. A headline
// in title case ("Velm Signs Sister City Agreement", "Velm and Lindby Sign Accord") is a
// sentence, not one name: a run with a verb in it (headlineVerbs, or a form of "sign")
// names no document.
var documentRun = regexp.MustCompile(`^(?: (?:(?:of|and|for|on|the) )*\p{Lu}[\p{L}’'.-]*){1,5} (?:Agreement|Declaration|Accords?|Treaty|Pact|Protocol|Charter|Compact|MOU|MoU)\b`)

// opensDocumentRun reports whether the place mention m opens such a document's name.
func opensDocumentRun(c *linkCtx, m Mention) bool {
	if m.Kind != kg.City && m.Kind != kg.Region && m.Kind != kg.Country {
		return false
	}
	return documentRunNamed(c.text[m.bEnd:])
}

// documentRunNamed reports whether rest, the text after a place, opens with the rest of
// a document's name and no verb in it.
func documentRunNamed(rest string) bool {
	run := documentRun.FindString(rest)
	if run == "" {
		return false
	}
	for _, w := range strings.Fields(run) {
		if headlineVerbs[w] || signForms[w] {
			return false
		}
	}
	return true
}

// signForms are the title-case forms of the verb a signing headline uses.
var signForms = set("Sign", "Signs", "Signed", "Signing", "Ink", "Inks", "Inked", "Renew", "Renews", "Renewed")

// afterNameThe: a head's title set off after a name by "the" and a word of time ("Ann
// Vell the then British Consul-General in Lindby", "Ann Vell, the former Ambassador to
// ..."): the title is that person's office, as after a comma (afterName), not the post.
var afterNameThe = regexp.MustCompile(`\b\p{Lu}[\p{L}]+,? the (?:(?:then|former|late|current|new|outgoing|incoming|acting|now|previous) )?$`)
