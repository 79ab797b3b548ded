package ingest

import (
	"regexp"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
)

// agencyAcronyms are public agencies the genre names by their acronym alone, never
// spelling it out ("a USAID-funded clinic", "CDC Tanzania"): each is the agency
// wherever it stands. Only acronyms no common word or place shares are listed.
var agencyAcronyms = set("USAID", "CDC", "FEMA", "NASA", "NOAA", "USDA", "USTDA", "UNICEF", "UNHCR", "UNDP", "UNESCO",
	"UNFPA", "UNOPS", "UNAIDS", "IAEA", "OSCE", "OECD", "WFP", "FAO", "IOM", "ASEAN", "NATO", "INTERPOL", "USAFRICOM")

// armedGroupAcronyms are armed groups the genre names by acronym alone ("the fight
// against ISIL"): bodies by the conventions, as the Lord's Resistance Army is.
var armedGroupAcronyms = set("ISIL", "ISIS", "AQAP", "AQIM", "FARC", "ELN", "LTTE", "PKK")

// agencyAcronym finds a listed acronym as a whole word; a hyphen or possessive may
// follow it ("USAID-funded", "USAID’s").
var agencyAcronym = regexp.MustCompile(`\b[A-Z]{3,9}\b`)

// agencyNames proposes every listed agency or armed group acronym no mention covers, which the text
// does not define in brackets (definedAcronyms reads those) and the graph does not hold.
func (p *proposer) agencyNames(ms []Mention) []Mention {
	text := p.c.text
	for _, a := range agencyAcronym.FindAllStringIndex(text, -1) {
		s, e := a[0], a[1]
		w := text[s:e]
		if !agencyAcronyms[w] && !armedGroupAcronyms[w] || strings.Contains(text, "("+w+")") || len(p.g.entriesNamed(w)) > 0 ||
			coveringMention(ms, s, e) >= 0 {
			continue
		}
		ms = p.add(ms, kg.Organization, s, e, 0.5)
	}
	return ms
}

// knownCompanies are firms every reader knows by a bare name no common word, place or
// person shares: each is the company wherever it stands capitalised.
var knownCompanies = set("Microsoft", "Google", "IBM", "Boeing", "Airbus", "Samsung", "Siemens", "Huawei", "Intel",
	"Facebook", "Pfizer", "Moderna", "Nestlé", "Unilever", "Alibaba", "Tencent", "Walmart", "Starbucks", "McDonald’s",
	"Coca-Cola", "PepsiCo", "ExxonMobil", "Chevron", "Netflix", "Uber", "Cisco", "Oracle", "Qualcomm", "Nvidia", "Lockheed")

// listedCompanies are firms whose bare name is also a common word, a place or a person's
// ("Apple", "Amazon", "Ford"): a company only beside a known one in a list ("Apple,
// Microsoft and Amazon"); "the Amazon" alone is the forest.
var listedCompanies = set("Apple", "Amazon", "Meta", "Shell", "Ford", "Toyota", "Dell", "Visa", "Target", "Tesla", "Sony", "Honda")

// companyWord finds a capitalised word, hyphens and a possessive's apostrophe inside.
var companyWord = regexp.MustCompile(`\b\p{Lu}[\p{L}\-’]*`)

// companyJoint is what joins two items of a list.
var companyJoint = regexp.MustCompile(`^,? (?:and |or )?$`)

// knownCompanyNames proposes the companies knownCompanies and listedCompanies name
// where no mention covers the word and the graph does not hold it.
func (p *proposer) knownCompanyNames(ms []Mention) []Mention {
	text := p.c.text
	locs := companyWord.FindAllStringIndex(text, -1)
	known := func(i int) bool { return i >= 0 && i < len(locs) && knownCompanies[text[locs[i][0]:locs[i][1]]] }
	for i, a := range locs {
		s := a[0]
		w := possessive(text[s:a[1]])
		e := s + len(w)
		if !knownCompanies[w] && !listedCompanies[w] {
			continue
		}
		// a listed one needs a known neighbour in its list, or a listed one that has one
		if !knownCompanies[w] {
			beside := func(j int) bool {
				if j < 0 || j >= len(locs) {
					return false
				}
				lo, hi := min(locs[i][1], locs[j][1]), max(locs[i][0], locs[j][0])
				return companyJoint.MatchString(text[lo:hi])
			}
			ok := known(i-1) && beside(i-1) || known(i+1) && beside(i+1) ||
				i >= 2 && known(i-2) && beside(i-1) && listedCompanies[text[locs[i-1][0]:locs[i-1][1]]] && beside2(text, locs, i-2, i-1) ||
				known(i+2) && beside(i+1) && listedCompanies[text[locs[i+1][0]:locs[i+1][1]]] && beside2(text, locs, i+1, i+2)
			if !ok {
				continue
			}
		}
		// (a name that goes on is another's: "Velco Libya", the firm's branch)
		if len(p.g.entriesNamed(w)) > 0 || companyNameGoesOn.MatchString(text[e:]) || coveringMention(ms, s, e) >= 0 {
			continue
		}
		ms = p.add(ms, kg.Company, s, e, 0.5)
	}
	return ms
}

// companyNameGoesOn: a capitalised word right after a name continues it.
var companyNameGoesOn = regexp.MustCompile(`^ \p{Lu}`)

// beside2 reports whether the words at locs[i] and locs[j] (i < j) are joined as a
// list's items.
func beside2(text string, locs [][]int, i, j int) bool {
	return companyJoint.MatchString(text[locs[i][1]:locs[j][0]])
}
