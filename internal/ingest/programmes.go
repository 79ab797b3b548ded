package ingest

import (
	"regexp"
	"slices"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
)

// programmeEnds end the name of what a body runs or gives, never the body: a relief
// plan, a treatment, a grant ("Emergency Plan for Malaria Relief", "Self-Help Grant"), and
// a programme or project by that head word (the conventions leave programmes out with
// their acronyms and place words; no annotated body ends in one).
var programmeEnds = set("relief", "treatment", "grant", "grants", "program", "programs", "programme", "programmes", "project")

// programmeApposition: a name the text calls a programme in apposition ("Velmar Cares, a
// program funded by ...").
// A name before a programme's head word, its acronym bracketed between ("the Velmar (VEL)
// Project"), or that "is a (five-year) project", is the programme's too.
var programmeApposition = regexp.MustCompile(`^(?:,? (?:a|an|the) (?:\p{Ll}+ ){0,2}(?:program|programme|project|initiative|grant|campaign)\b|\)? (?:Project|Program|Programme)\b|,? (?:is|was) (?:a|an) (?:[\p{Ll}\d-]+ ){0,2}(?:program|programme|project)\b)`)

// programmeInside: a programme's head word before "for" inside a name ("Internship
// Program for Young Leaders").
var programmeInside = regexp.MustCompile(`(?i)\b(?:program|programme|project) (?:for|of|on)\b`)

// initiativeBody: an initiative a person is "of" ("Ann Velk of the Velmar Policy
// Initiative") is where the person works, a body; one the text gives as an example
// ("exchange programs, such as the ...") was annotated as a body too (the embassy's
// programmes with their own alumni). Every other "... Initiative" is a programme.
var initiativeBody = regexp.MustCompile(`(?:\p{Lu}\p{L}+ of|such as) the $`)

// leftOutProgrammes drops the proposals for programmes, treatments and grants, and a
// country's government named as "Government of X" (the country, as the conventions
// read it), with every other mention of the same proposal (its acronym too).
func (p *proposer) leftOutProgrammes(ms []Mention) []Mention {
	drop := map[string]bool{}
	for _, m := range ms {
		if m.Proposed == nil || m.Kind == kg.Person && !strings.Contains(m.Text, "-") {
			continue
		}
		ws := strings.Fields(strings.ToLower(m.Text))
		if len(ws) >= 2 && (programmeEnds[ws[len(ws)-1]] || ws[len(ws)-1] == "initiative" && !initiativeBody.MatchString(p.c.text[:m.bStart])) || hyphenProgramme(ws) || programmeApposition.MatchString(p.c.text[m.bEnd:]) && !bodyByHead(ws) || bracketedProgramme(p.c.text[m.bEnd:]) && !bodyByHead(ws) && !p.givenAsExample(m.bStart) || programmeInside.MatchString(m.Text) ||
			len(ws) >= 3 && ws[0] == "government" && ws[1] == "of" && p.namesCountry(strings.Join(ws[2:], " ")) || p.personAdministration(m) {
			drop[*m.Proposed] = true
		}
	}
	return slices.DeleteFunc(ms, func(m Mention) bool { return m.Proposed != nil && drop[*m.Proposed] })
}

// hyphenProgramme: a programme whose words are joined by hyphens
// ("Velmar-Norland-Exchange-Program") is still a programme by its last word.
func hyphenProgramme(ws []string) bool {
	if len(ws) != 1 {
		return false
	}
	parts := strings.Split(ws[0], "-")
	return len(parts) >= 3 && programmeEnds[parts[len(parts)-1]]
}

// bodyByHead reports whether a name's last word is a body's head word that names no
// programme ("Velmar Corps is a fine program"): the body runs the programme the
// apposition speaks of, and stays.
func bodyByHead(ws []string) bool {
	last := ws[len(ws)-1]
	return len(ws) >= 2 && orgHeads[last] && !programmeEnds[last] && !programmeHeads[last] && last != "initiative" && last != "scholarship" && last != "fund"
}

// sharedSurnames drops a new person's bare surname where a person the graph holds, named
// in the text, bears it too ("Ambassador Heyman" after "Bruce Heyman and Vicki
// Heyman"): the surname is more likely the known person's, left to the linker.
func (p *proposer) sharedSurnames(ms []Mention) []Mention {
	known := map[string]bool{}
	for _, m := range ms {
		if ws := strings.Fields(m.Text); m.Entity != nil && m.Kind == kg.Person && len(ws) >= 2 {
			known[FoldName(possessive(ws[len(ws)-1]))] = true
		}
	}
	return slices.DeleteFunc(ms, func(m Mention) bool {
		return m.Proposed != nil && m.Kind == kg.Person && !strings.Contains(m.Text, " ") && known[FoldName(possessive(m.Text))]
	})
}

// personAdministration: a government named by its head's surname ("the Velk
// Administration"): left out, as the conventions leave a country's government out.
func (p *proposer) personAdministration(m Mention) bool {
	ws := strings.Fields(m.Text)
	if len(ws) != 2 || !strings.EqualFold(ws[1], "administration") {
		return false
	}
	for _, e := range p.g.entries {
		if e.Kind == kg.Person && strings.HasSuffix(e.Name, " "+ws[0]) {
			return true
		}
	}
	return false
}

// acronymThenHead: a bracketed acronym right after a name, then at most three lower-case
// words and a programme's head word in lower case ("the Velmar Harbour Link (VHL)
// exchange programme", "(VHL) program"): the name and its acronym are the programme's,
// the lower-case words only saying what kind of programme it is.
var acronymThenHead = regexp.MustCompile(`^ \(\p{Lu}[\p{L}\d&/.-]*\)((?: [\p{Ll}\d][\p{Ll}\d-]*){0,3}) (?:programme|program|project)s?\b`)

// bracketedProgramme reports whether after (the text after a name) opens with its
// bracketed acronym and a programme's lower-case head (acronymThenHead), no determiner
// or verb's object between ("(VHL) runs the project" says what a body does).
func bracketedProgramme(after string) bool {
	m := acronymThenHead.FindStringSubmatch(after)
	if m == nil {
		return false
	}
	for _, w := range strings.Fields(m[1]) {
		if determiners[w] || connectors[w] || bareNamePrepositions[w] || w == "a" || w == "an" || w == "or" {
			return false
		}
	}
	return true
}

// givenAsExample reports whether the name at byte at stands in a list of examples its
// sentence opens with "such as" before it ("the Embassy's exchange programs, such as the
// Velmar Leaders Initiative (VLI) and the ... (YES) program"): the conventions take the
// programmes so given, each with its own alumni, as bodies (initiativeBody).
func (p *proposer) givenAsExample(at int) bool {
	for _, s := range p.c.sents {
		if s[0] <= at && at < s[1] {
			return strings.Contains(p.c.text[s[0]:at], "such as ")
		}
	}
	return false
}
