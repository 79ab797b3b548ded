package ingest

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/amity-graph/amity/internal/kg"
)

// stateForms is the closed class of the short forms the states of the three federations
// whose writers put a state after its towns are written by, keyed without a final dot:
// every two-letter code of the U.S. Postal Service (the fifty states and the federal
// district), every abbreviation of the Associated Press and of the Government Printing
// Office; the usual short forms of Australia's six states and two territories; Canada
// Post's codes of the ten provinces and three territories and their traditional
// abbreviations. A form two federations share ("WA", "NT") stands for both; the town it
// follows settles which.
var stateForms = func() map[string][]string {
	us := map[string][]string{
		"alabama": {"AL", "Ala"}, "alaska": {"AK", "Alas"}, "arizona": {"AZ", "Ariz"},
		"arkansas": {"AR", "Ark"}, "california": {"CA", "Calif", "Cal"}, "colorado": {"CO", "Colo"},
		"connecticut": {"CT", "Conn"}, "delaware": {"DE", "Del"}, "district-of-columbia": {"DC", "D.C"},
		"florida": {"FL", "Fla"}, "georgia": {"GA", "Ga"}, "hawaii": {"HI"}, "idaho": {"ID", "Ida"},
		"illinois": {"IL", "Ill"}, "indiana": {"IN", "Ind"}, "iowa": {"IA"}, "kansas": {"KS", "Kan", "Kans"},
		"kentucky": {"KY", "Ky"}, "louisiana": {"LA", "La"}, "maine": {"ME"}, "maryland": {"MD", "Md"},
		"massachusetts": {"MA", "Mass"}, "michigan": {"MI", "Mich"}, "minnesota": {"MN", "Minn"},
		"mississippi": {"MS", "Miss"}, "missouri": {"MO", "Mo"}, "montana": {"MT", "Mont"},
		"nebraska": {"NE", "Neb", "Nebr"}, "nevada": {"NV", "Nev"}, "new-hampshire": {"NH", "N.H"},
		"new-jersey": {"NJ", "N.J"}, "new-mexico": {"NM", "N.M", "N. Mex", "N.Mex"}, "new-york": {"NY", "N.Y"},
		"north-carolina": {"NC", "N.C"}, "north-dakota": {"ND", "N.D", "N. Dak", "N.Dak"}, "ohio": {"OH"},
		"oklahoma": {"OK", "Okla"}, "oregon": {"OR", "Ore", "Oreg"}, "pennsylvania": {"PA", "Pa", "Penn", "Penna"},
		"rhode-island": {"RI", "R.I"}, "south-carolina": {"SC", "S.C"}, "south-dakota": {"SD", "S.D", "S. Dak", "S.Dak"},
		"tennessee": {"TN", "Tenn"}, "texas": {"TX", "Tex"}, "utah": {"UT"}, "vermont": {"VT", "Vt"},
		"virginia": {"VA", "Va"}, "washington": {"WA", "Wash"}, "west-virginia": {"WV", "W.Va", "W. Va"},
		"wisconsin": {"WI", "Wis", "Wisc"}, "wyoming": {"WY", "Wyo"},
	}
	au := map[string][]string{
		"new-south-wales": {"NSW", "N.S.W"}, "victoria": {"VIC", "Vic"}, "queensland": {"QLD", "Qld"},
		"south-australia": {"SA", "S.A"}, "western-australia": {"WA", "W.A"}, "tasmania": {"TAS", "Tas"},
		"northern-territory": {"NT", "N.T"}, "australian-capital-territory": {"ACT", "A.C.T"},
	}
	ca := map[string][]string{
		"alberta": {"AB", "Alta"}, "british-columbia": {"BC", "B.C"}, "manitoba": {"MB", "Man"},
		"new-brunswick": {"NB", "N.B"}, "newfoundland-and-labrador": {"NL", "N.L", "Nfld"},
		"nova-scotia": {"NS", "N.S"}, "northwest-territories": {"NT", "N.W.T"}, "nunavut": {"NU", "Nvt"},
		"ontario": {"ON", "Ont"}, "prince-edward-island": {"PE", "P.E.I", "PEI"}, "quebec": {"QC", "Que", "Qué", "PQ", "P.Q"},
		"saskatchewan": {"SK", "Sask"}, "yukon": {"YT", "Y.T", "Yuk"},
	}
	out := map[string][]string{}
	for cc, states := range map[string]map[string][]string{"us": us, "au": au, "ca": ca} {
		for state, forms := range states {
			for _, f := range forms {
				out[f] = append(out[f], "region:"+cc+":"+state)
			}
		}
	}
	for _, ids := range out {
		sort.Strings(ids)
	}
	return out
}()

// stateFormsLongestFirst lists the forms, a longer one before any it opens ("N.S.W"
// before "N.S").
var stateFormsLongestFirst = func() []string {
	var fs []string
	for f := range stateForms {
		fs = append(fs, f)
	}
	sort.Slice(fs, func(i, j int) bool {
		if len(fs[i]) != len(fs[j]) {
			return len(fs[i]) > len(fs[j])
		}
		return fs[i] < fs[j]
	})
	return fs
}()

// stateFormAt returns the state short form rest opens with, and the states it stands
// for, when the form is a whole token: a form in capitals ("GA", "NSW") ends before a
// non-letter; a form in small letters ("Fla", "Calif", "Vic") ends at its dot, or
// before a punctuation mark, a number or the line's end, not before another word ("Miss
// Lee", "Man Booker"), which makes it that word.
func stateFormAt(rest string) (string, []string) {
	for _, f := range stateFormsLongestFirst {
		if !strings.HasPrefix(rest, f) {
			continue
		}
		after := rest[len(f):]
		r, n := utf8.DecodeRuneInString(after)
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '’' || r == '\'' {
			continue
		}
		if strings.ToUpper(f) != f && r != '.' {
			if r == ' ' {
				if r2, _ := utf8.DecodeRuneInString(after[n:]); unicode.IsLetter(r2) {
					continue
				}
			}
		}
		return f, stateForms[f]
	}
	return "", nil
}

// stateFormAfter returns the state short form right after a place's name and a comma
// ("Columbus, GA", "Tallahassee, Fla.", "Dubbo, NSW"), its offsets in rest, and the states
// it stands for; nil when rest opens with none.
func stateFormAfter(rest string) (int, int, []string) {
	if !strings.HasPrefix(rest, ", ") {
		return 0, 0, nil
	}
	f, ids := stateFormAt(rest[2:])
	if f == "" {
		return 0, 0, nil
	}
	return 2, 2 + len(f), ids
}

// abbreviatedStateOf reports whether rest opens with a comma and the short form of one
// of the regions a place lies in ("Columbus, GA" of Georgia's Columbus): the writer
// names the town's state, as "Columbus, Georgia" does.
func abbreviatedStateOf(rest string, regions []string) bool {
	_, _, ids := stateFormAfter(rest)
	return slices.ContainsFunc(ids, func(id string) bool { return slices.Contains(regions, id) })
}

// cityStateMentions links the state short form after a linked town of that state
// ("Columbus, GA", "ST. PETERSBURG, Fla."): there it can only be the town's state. The
// federal district is left out: "D.C." after Washington is annotated as part of the
// city's name.
func (g *Gazetteer) cityStateMentions(c *linkCtx, ms []Mention) []Mention {
	var out []Mention
	for _, m := range ms {
		if m.Kind != kg.City || m.Entity == nil || m.entry < 0 {
			continue
		}
		s, e, ids := stateFormAfter(c.text[m.bEnd:])
		for _, id := range ids {
			i, ok := g.byID[id]
			if !ok || id == "region:us:district-of-columbia" || !slices.Contains(g.entries[m.entry].Regions, id) {
				continue
			}
			out = append(out, Mention{Text: c.text[m.bEnd+s : m.bEnd+e], bStart: m.bEnd + s, bEnd: m.bEnd + e, Entity: strPtr(id),
				Kind: kg.Region, How: "abbreviation", Confidence: 0.8, entry: i})
			break
		}
	}
	return out
}

// coordinated is what joins two items of a list: a comma, "and", "or", "&", a "the"
// allowed before the second ("NSW and the NT").
var coordinated = regexp.MustCompile(`^(?:,|,? and|,? or| &)\s+(?:the\s+)?$`)

// listedStateMentions links a state's short form coordinated with a state the text
// links, of the federation one of its states lies in ("In NSW and the NT": the
// Northern Territory, not Canada's territories): items of one list are of one kind, and
// states listed together lie in one country. Only a form in capitals or with dots
// counts, as a state's code is written; a form in small letters is a word too.
func (g *Gazetteer) listedStateMentions(c *linkCtx, ms []Mention) []Mention {
	sortMentions(ms)
	var out []Mention
	for at := 0; at < len(c.text); {
		i := strings.IndexFunc(c.text[at:], unicode.IsUpper)
		if i < 0 {
			break
		}
		s := at + i
		at = s + 1
		if r, _ := utf8.DecodeLastRuneInString(c.text[:s]); unicode.IsLetter(r) || unicode.IsDigit(r) {
			continue
		}
		f, ids := stateFormAt(c.text[s:])
		if f == "" || strings.ToUpper(f) != f && !strings.Contains(f, ".") || strings.HasPrefix(c.text[s+len(f):], "$") || coveringMention(ms, s, s+len(f)) >= 0 {
			continue
		}
		e := s + len(f)
		for _, m := range ms {
			if m.Kind != kg.Region || m.Entity == nil || m.entry < 0 {
				continue
			}
			var between string
			switch {
			case m.bEnd <= s:
				between = c.text[m.bEnd:s]
			case m.bStart >= e:
				between = c.text[e:m.bStart]
			default:
				continue
			}
			if !coordinated.MatchString(between) {
				continue
			}
			countries := g.entries[m.entry].Countries
			var hit []string
			for _, id := range ids {
				if j, ok := g.byID[id]; ok && id != *m.Entity && slices.ContainsFunc(g.entries[j].Countries, func(cc string) bool { return slices.Contains(countries, cc) }) {
					hit = append(hit, id)
				}
			}
			if len(hit) == 1 {
				out = append(out, Mention{Text: f, bStart: s, bEnd: e, Entity: strPtr(hit[0]), Kind: kg.Region,
					How: "abbreviation", Confidence: 0.7, entry: g.byID[hit[0]]})
				break
			}
		}
	}
	return out
}
