package ingest

import (
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/amity-graph/amity/internal/kg"
)

// familyFirstRe finds a name written family name first with a comma, its given name
// hyphenated ("Park, Min-jun"), as Korean English writes it.
var familyFirstRe = regexp.MustCompile(`\b(\p{Lu}\p{Ll}{1,5}), (\p{Lu}\p{Ll}+-\p{Ll}+)\b`)

// islandRe finds a Korean island's name with its "-do" suffix ("Jindo", "Jin-do").
var islandRe = regexp.MustCompile(`\b(\p{Lu}\p{Ll}{2,})-?do\b`)

// particleNameRe finds a person's name whose surname opens with a lower-case particle
// ("Anna von Berg", "Piet van der Hoek"); particleRepeatRe the surname said again.
var (
	particleNameRe   = regexp.MustCompile(`\b(\p{Lu}\p{Ll}+) ((?:von der|van der|van den|de la|von|van|zu|de|du|da|di|del|della) (\p{Lu}\p{Ll}+))\b`)
	particleRepeatRe = regexp.MustCompile(`\b(?:von der|van der|van den|de la|von|van|zu|de|du|da|di|del|della) \p{Lu}\p{Ll}+\b`)
)

// koreanPlaceSuffixes end a Korean place's romanised name, not a given name.
var koreanPlaceSuffixes = set("do", "gun", "si", "gu", "dong", "myeon", "eup", "ri")

// commaNamesAndIslands proposes the names Korean English writes in its own way: a
// person's family name, a comma, then the hyphenated given name; and an island county
// named with its "-do" suffix, which is one city with "<stem> County" when the text
// names that too.
func (p *proposer) commaNamesAndIslands(ms []Mention) []Mention {
	text := p.c.text
	for _, m := range familyFirstRe.FindAllStringSubmatchIndex(text, -1) {
		given := text[m[4]:m[5]]
		if koreanPlaceSuffixes[given[strings.LastIndex(given, "-")+1:]] || p.covered(ms, m[0], m[1]) {
			continue
		}
		ms = p.add(ms, kg.Person, m[0], m[1], 0.6)
	}
	// a given name the graph's people bear (or any name after a title), then a particle and a capitalised surname,
	// is a person; the particle and surname alone later are that person
	for _, m := range particleNameRe.FindAllStringSubmatchIndex(text, -1) {
		before := strings.Fields(text[max(0, m[0]-30):m[0]])
		titled := len(before) > 0 && titleWords[strings.ToLower(before[len(before)-1])]
		if !titled && !p.g.givenNames()[FoldName(text[m[2]:m[3]])] || p.covered(ms, m[0], m[1]) {
			continue
		}
		name, surname := text[m[0]:m[1]], text[m[4]:m[5]]
		ms = p.add(ms, kg.Person, m[0], m[1], 0.6)
		for _, r := range particleRepeatRe.FindAllStringIndex(text, -1) {
			if text[r[0]:r[1]] == surname && !p.covered(ms, r[0], r[1]) {
				ms = p.addNamed(ms, kg.Person, r[0], r[1], name, 0.55)
			}
		}
	}
	for _, m := range islandRe.FindAllStringSubmatchIndex(text, -1) {
		stem := text[m[2]:m[3]]
		if !strings.Contains(text, stem+" County") || p.covered(ms, m[0], m[1]) {
			continue
		}
		if p.find(kg.City, stem) == nil {
			// the suffix is Korean, whatever country the sentence names
			p.props = append(p.props, &proposal{id: "city:kr:" + kg.Slug(stem), kind: kg.City, name: stem, first: m[0]})
		}
		ms = p.addNamed(ms, kg.City, m[0], m[1], stem, 0.5)
		for at := 0; ; {
			i := strings.Index(text[at:], stem+" County")
			if i < 0 {
				break
			}
			s := at + i
			if !p.covered(ms, s, s+len(stem)+len(" County")) {
				ms = p.addNamed(ms, kg.City, s, s+len(stem)+len(" County"), stem, 0.5)
			}
			at = s + len(stem)
		}
	}
	return ms
}

// covered reports whether a mention overlaps text[s:e].
func (p *proposer) covered(ms []Mention, s, e int) bool {
	for _, m := range ms {
		if m.bStart < e && s < m.bEnd {
			return true
		}
	}
	return false
}

// notNames drops proposals whose words say they name no person, place or body the
// model keeps: an office's abbreviation before a place ("PA Lisbon") or a holiday
// ("Victory Day") as a person, an adjective ("Baltic", "Hanseatic") as a city, a
// shopping centre (a building, left out as venues are).
func (p *proposer) notNames(ms []Mention) []Mention {
	return slices.DeleteFunc(ms, func(m Mention) bool {
		if m.How != "new" {
			return false
		}
		ws := strings.Fields(m.Text)
		if len(ws) == 0 {
			return false
		}
		first, last := ws[0], ws[len(ws)-1]
		switch m.Kind {
		case kg.Person:
			return len(ws) > 1 && (officeAbbrevRe.MatchString(first) && !p.capitalsSurname(ms, m, first) || last == "Day")
		case kg.City:
			return len(ws) == 1 && (strings.HasSuffix(first, "atic") || strings.HasSuffix(first, "ical"))
		case kg.Organization, kg.Company:
			return shoppingRe.MatchString(m.Text)
		}
		return false
	})
}

// capitalsSurname reports whether w, in capitals before a name ("ITO Yuzo"), is the
// person's surname written as some styles write it (Japan's ministry writes "Mr. ITO
// Yuzo"): the text names the same proposed person elsewhere by the word in title case
// ("Mayor Ito"). An office's abbreviation ("PA Lisbon") is never a person's name so.
func (p *proposer) capitalsSurname(ms []Mention, m Mention, w string) bool {
	rs := []rune(strings.ToLower(w))
	rs[0] = unicode.ToUpper(rs[0])
	title := string(rs)
	return slices.ContainsFunc(ms, func(x Mention) bool {
		return x.Proposed != nil && *x.Proposed == *m.Proposed && x.Kind == kg.Person && x.Text == title
	})
}

var (
	// officeAbbrevRe is a section's abbreviation of two or three capitals.
	officeAbbrevRe = regexp.MustCompile(`^\p{Lu}{2,3}$`)
	shoppingRe     = regexp.MustCompile(`\b(?:Shopping (?:Center|Centre|Mall)|Mall)$`)
)

// chineseCompassRegions are the pinyin names of China's compass regions, by the English
// name an article gives them first ("Northeast China ... the Dongbei").
var chineseCompassRegions = map[string]string{
	"Dongbei": "Northeast China", "Xibei": "Northwest China", "Xinan": "Southwest China",
	"Huabei": "North China", "Huadong": "East China", "Huanan": "South China", "Huazhong": "Central China",
}

// pinyinRegions makes a region's pinyin name the region the article proposed under its
// English name; followed by "Ren" (its people) it is a demonym and stays out.
func (p *proposer) pinyinRegions(ms []Mention) []Mention {
	text := p.c.text
	for py, en := range chineseCompassRegions {
		pr := p.find(kg.Region, en)
		if pr == nil {
			continue
		}
		for at := 0; ; {
			i := strings.Index(text[at:], py)
			if i < 0 {
				break
			}
			s, e := at+i, at+i+len(py)
			at = e
			if (s > 0 && isLetter(text[s-1])) || (e < len(text) && isLetter(text[e])) || strings.HasPrefix(text[e:], " Ren") ||
				p.covered(ms, s, e) {
				continue
			}
			ms = p.addNamed(ms, kg.Region, s, e, pr.name, 0.5)
		}
	}
	return ms
}

func isLetter(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }

// quotedTitleRe is a line opened by a work's quoted title and a colon (a press link:
// "\"Mayor in Town\": article in ...").
var quotedTitleRe = regexp.MustCompile(`(?m)^["“][^"”\n]+["”]:`)

// outsideQuotedTitles drops the mentions inside a quoted title of a work: its words
// are the title's, as the annotation takes them.
func (p *proposer) outsideQuotedTitles(ms []Mention) []Mention {
	locs := quotedTitleRe.FindAllStringIndex(p.c.text, -1)
	return slices.DeleteFunc(ms, func(m Mention) bool {
		return slices.ContainsFunc(locs, func(l []int) bool { return m.bStart > l[0] && m.bEnd < l[1] })
	})
}
