package ingest

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/amity-graph/amity/internal/kg"
)

// proposal is a new entity the article names and the graph lacks.
type proposal struct {
	id      string
	kind    kg.Kind
	name    string
	aliases []string
	first   int // byte offset of its first mention
}

// proposer turns the capitalised names the gazetteer did not link into proposals, one
// per new thing however often it is named.
type proposer struct {
	g     *Gazetteer
	c     *linkCtx
	props []*proposal
	// officeAcronyms are the short forms the text gives offices ("AtA"), lower case
	officeAcronyms map[string]bool
}

// run is a stretch of capitalised words (with connectors between them) in one sentence.
type run struct{ from, to int } // token indices, to exclusive

func (p *proposer) runs(ms []Mention) []run {
	var out []run
	toks := p.c.toks
	i := 0
	for i < len(toks) {
		if !isNameWord(toks[i].text) || connectors[toks[i].text] || handle(p.c.text, toks[i]) || headlinePreps[toks[i].text] {
			i++
			// (a headline's "To Attend", "To Visit": the verb after it is no name)
			if i < len(toks) && p.headlineVerb(i) {
				i++
			}
			continue
		}
		j := i + 1
		skip := 0
		for j < len(toks) && toks[j].sentence == toks[i].sentence && (onlySpace(p.c.text[toks[j-1].end:toks[j].start]) || initial(p.c.text, toks[j-1], toks[j]) || officePluralPossessive(p.c.text, toks, j)) {
			// a title-case headline's preposition ends a name ("... Hachigian To Attend
			// the Munich Security Conference")
			if headlinePreps[toks[j].text] {
				break
			}
			// and so does its verb, which opens no name either ("Consul Rand Meets
			// Harbor School Students")
			if headlineVerbs[toks[j].text] {
				skip = 1
				break
			}
			if isNameWord(toks[j].text) {
				j++
				continue
			}
			// a number inside a name before its head ("Muhak Changwon 1 Factory")
			if numberInName(p.c.text, toks, j, toks[i].sentence) {
				j += 2
				continue
			}
			// a person's name may hold a particle or two ("Ursula von der Berg",
			// "Ahmad bin Hassan")
			if k := particlesAt(toks, j); k > j && k < len(toks) && isNameWord(toks[k].text) && toks[k].sentence == toks[i].sentence &&
				spaced(p.c.text, toks[j-1:k+1]) {
				j = k + 1
				continue
			}
			// "with" joins a body's name that has its head before it ("Association for
			// Friendship with Foreign Countries"), not a place and who was there with it
			// ("the Cliff with Busan College students")
			if connectors[toks[j].text] && j+1 < len(toks) && isNameWord(toks[j+1].text) &&
				onlySpace(p.c.text[toks[j].end:toks[j+1].start]) && toks[j+1].sentence == toks[i].sentence &&
				(toks[j].text != "with" || slices.ContainsFunc(toks[i:j], func(t token) bool { return orgHeads[strings.ToLower(t.text)] })) {
				j += 2
				continue
			}
			// "Office of the Special Representative", "Conference of the Parties";
			// not before a place the graph knows ("Government of the United States")
			// (a place named with its kind ends before "for the": "Study Tour in Velm
			// Prefecture for the Diplomatic Corps" is for the corps, no body of the place)
			if (toks[j].text == "of" || toks[j].text == "for" && !regionHeads[strings.ToLower(toks[j-1].text)] && toks[j-1].text != "City") && j+2 < len(toks) && toks[j+1].text == "the" &&
				isNameWord(toks[j+2].text) && toks[j+2].sentence == toks[i].sentence &&
				onlySpace(p.c.text[toks[j].end:toks[j+1].start]) && onlySpace(p.c.text[toks[j+1].end:toks[j+2].start]) &&
				!linkedAt(ms, toks[j+2].start) && !placeSpan(ms, toks[i].start, toks[j-1].end) {
				j += 3
				continue
			}
			break
		}
		out = append(out, run{i, j})
		i = j + skip
	}
	return out
}

// headlineVerbs are a title-case headline's verbs ("Visits", "Meets"), which end the
// name before them.
var headlineVerbs = set("Visits", "Meets", "Attends", "Opens", "Travels", "Tours", "Welcomes", "Hosts", "Receives",
	"Signs", "Joins", "Greets", "Addresses", "Celebrates", "Launches", "Inaugurates", "Congratulates", "Discusses",
	"Highlights", "Announces", "Unveils", "Delivers", "Presents", "Honors", "Honours", "Commemorates", "Reaffirms",
	"Concludes", "Promotes", "Engages", "Donates", "Urges", "Praises", "Strengthens", "Showcases", "Explores", "Emphasizes",
	"Emphasises", "Underscores", "Encourages", "Inspects", "Pledges", "Lauds", "Commends", "Applauds", "Empowers", "Deepens")

// linkedAt reports whether a mention of the graph's entity starts at byte at.
func linkedAt(ms []Mention, at int) bool {
	return slices.ContainsFunc(ms, func(m Mention) bool { return m.bStart == at && m.Entity != nil })
}

// initial reports whether a is a name's initial before b ("Joaquin F. Monserrate").
func initial(text string, a, b token) bool {
	// the last letter of a dotted abbreviation ("U.S. Ambassadorial Visit") is no initial
	if a.start > 0 && text[a.start-1] == '.' {
		return false
	}
	return utf8.RuneCountInString(a.text) == 1 && isUpperWord(a.text) && text[a.end:b.start] == ". "
}

// isNameWord reports whether a word may belong to a name: it starts with a capital
// letter (a number opens no name: "2022-11-05 Busan Mayor").
func isNameWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) || prefixedName.MatchString(w)
}

// prefixedName is a name behind an Arabic article or kin word ("al-Rashid", "bin-Salem").
var prefixedName = regexp.MustCompile(`^(?:al|el|ad|ar|as|at|an|ash|bin|ibn|abu)-\p{Lu}`)

func onlySpace(s string) bool { return strings.TrimSpace(s) == "" && !strings.Contains(s, "\n") }

// propose adds mentions of new entities (and of their later short forms) to ms.
func (p *proposer) propose(ms []Mention) []Mention {
	toks := p.c.toks
	ms = p.hyphenGivenNames(p.commaNamesAndIslands(p.givenBeforeTown(p.posts(ms))))
	for _, r := range p.runs(ms) {
		if p.capsRunIn(r) {
			ms = p.capsRun(ms, r)
			continue
		}
		if p.openingGerund(r) {
			// ("Visiting Velm Group, ...": an itinerary's verb, then the headed body it
			// visited)
			if r.to-r.from < 3 || !visitGerunds[strings.ToLower(toks[r.from].text)] || headKind(toks[r.from+1:r.to]) == "" {
				continue
			}
			r.from++
		}
		// "PT Pelabuhan Indonesia III": a company's legal form opens its name, places
		// and all
		if r.to-r.from >= 2 && companyOpeners[toks[r.from].text] {
			ms = p.add(ms, kg.Company, toks[r.from].start, toks[r.to-1].end, 0.6)
			continue
		}
		from, to := r.from, r.to
		to = p.beforeFormat(from, to)
		if from >= to {
			continue
		}
		titled := p.abbreviatedTitleBefore(from)
		// "Port Metro Vancouver": a port's authority named with "Port" first, three
		// words or more (two may be a town's name: "Port Moresby")
		if r.to-r.from >= 3 && toks[r.from].text == "Port" && !p.sentenceStart(toks[r.from].start) {
			ms = p.add(ms, kg.Organization, toks[r.from].start, toks[r.to-1].end, 0.5)
			continue
		}
		// "State Department" is the Department of State: one name for both orders
		// ("City Department" or "Municipal Ministry" names no field)
		q := from
		for q < to && strings.EqualFold(toks[q].text, "the") {
			q++
		}
		if lw := strings.ToLower(toks[min(q, to-1)].text); q+1 < to && invertedHeads[toks[q+1].text] &&
			(lw == "state" || !leadingQualifiers[lw] && !titleWords[lw] && !notInNames[lw]) &&
			(q+2 == to || !connectors[toks[q+2].text] || toks[q+2].text == "and") {
			name := toks[q+1].text + " of " + toks[q].text
			ms = p.addNamed(ms, kg.Organization, toks[q].start, toks[q+1].end, name, 0.6)
			if from = q + 2; from < to && toks[from].text == "and" {
				from++
			}
			if from >= to {
				continue
			}
		}
		// A demonym stays: it may open a body's name ("Chinese People's Association");
		// segment drops it before a person's.
		for from < to && (titleWords[strings.ToLower(toks[from].text)] || leadingQualifiers[strings.ToLower(toks[from].text)] || determiners[strings.ToLower(toks[from].text)] ||
			connectors[toks[from].text]) {
			if titleWords[strings.ToLower(toks[from].text)] {
				titled = true
			}
			from++
		}
		for to > from && connectors[toks[to-1].text] {
			to--
		}
		if from >= to {
			continue
		}
		// "Velm Farm": a farm is a business where its word ends the name ("Farm
		// Representative X", "Farm Bureau" are no farm's)
		if to-from >= 2 && farmEnds[toks[to-1].text] && p.properName(toks[from:to-1]) && headKind(toks[from:to-1]) == "" {
			ms = p.add(ms, kg.Company, toks[from].start, toks[to-1].end, 0.5)
			continue
		}
		// "Professor Kenji Tanaka of Osaka University": the holder, then the body
		if k := max(p.holderOfBody(from, to, titled), p.givenHolderOfBody(from, to)); k > from {
			ms = p.segment(ms, run{from, k}, true)
			from = k + 1
			if from < to-1 && toks[from].text == "the" {
				from++ // the body's name, not its article
			}
		}
		// "Yucatan Peninsula", "Mekong Delta": a place's name and a land form's head
		// ("the Korean Peninsula": a land form named by a demonym spans countries, a
		// geographic feature left out as world regions are)
		if to-from == 2 && landForms[strings.ToLower(toks[to-1].text)] && demonyms[strings.ToLower(toks[from].text)] != "" {
			continue
		}
		if to-from >= 2 && landForms[strings.ToLower(toks[to-1].text)] && p.properName(toks[from:to-1]) {
			ms = p.add(ms, kg.Region, toks[from].start, toks[to-1].end, 0.5)
			continue
		}
		// "The Asahi Shimbun and Kyodo": a headed body, then another name
		if k := headedThenName(toks, from, to); k > from {
			ms = p.add(ms, headKind(toks[from:k]), toks[from].start, headEnd(toks[k-1]), 0.6)
			from = k + 1
		}
		// A body's name may go on after its head ("Association for Friendship with
		// Foreign Countries", "Chamber of Commerce and Industry").
		if headKind(toks[from:to]) == "" && !p.holdsBody(ms, toks[from].start, toks[to-1].end) {
			for k := from; k < to-2; k++ {
				hk := strings.ToLower(toks[k].text)
				// an event's name goes on too ("Annual Meeting of the X Conference of
				// Mayors", "Year of Cultural Exchange"), unless office holders follow
				// ("Conference of Mayors" is a body of its members)
				eventOf := (eventHeads[hk] || hk == "year") && toks[k+1].text == "of"
				event := eventOf && !p.ofMembers(k+2)
				// ("House of Justice", "House of Culture": a house of something is a body, and so
				// is a home for someone: "Tamsa Home for the Aged", and a board of something
				// after the name of whose it is: "Tamsk Board of Trade")
				if (orgHeads[hk] || hk == "house" || hk == "home" || hk == "board" && k > from) && (toks[k+1].text == "for" || toks[k+1].text == "of" || toks[k+1].text == "with") || eventOf {
					// it ends before a title ("Chamber of Commerce President Brian
					// Anderson"), not at one its connector leads to ("Office of the
					// Special Representative")
					end := to
					for j := k + 2; j < to-1; j++ {
						if prev := toks[j-1].text; titleWords[strings.ToLower(toks[j].text)] && !connectors[prev] && !titleWords[strings.ToLower(prev)] {
							end = j
							break
						}
					}
					// or before the holder of the title that opened the run
					if end == to && titled {
						end = p.holderAfterBody(k+1, to)
					}
					// it opens after an office's possessive ("the Secretary’s Office of
					// ..."), not after a name's ("Chinese People's Association")
					for j := k - 1; j >= from; j-- {
						if w := possessive(toks[j].text); w != toks[j].text && titleWords[strings.ToLower(w)] {
							from = j + 1
							break
						}
					}
					if !coveredExactly(ms, toks[from].start, toks[end-1].end) {
						kind := kg.Organization
						if event {
							kind = kg.Event
						}
						ms = p.add(ms, kind, toks[from].start, headEnd(toks[end-1]), 0.5)
					}
					from = end
					break
				}
			}
			if from == to {
				continue
			}
		}
		// "Mayor Lind and City Council President Orr": a title's holder ends at "and"
		if k := p.titledHolderAnd(from, to, titled); k > from {
			ms = p.segment(p.segment(ms, run{from, k}, true), run{k + 1, to}, false)
			continue
		}
		// A body's name may open a longer run ("... Association Visits Shenyang").
		if headKind(toks[from:to]) == "" {
			for k := to - 1; k > from+1; k-- {
				// ("Japanese Olympics Minister": a demonym and an event's word are the
				// office's field, no named event)
				// ("Harbour War Memorial": a venue's head after it makes the whole a
				// venue, no event)
				if headKind(toks[from:k]) != "" && !connectors[toks[k].text] && !demonymEvent(toks[from:k]) && !venueHeads[strings.ToLower(toks[to-1].text)] && !venueThenAnd(toks[from:k]) {
					ms = p.add(ms, headKind(toks[from:k]), toks[from].start, headEnd(toks[k-1]), 0.6)
					from = k
					break
				}
			}
		}
		// A body's possessive ends its name and opens another's ("the Embassy’s Foreign
		// Commercial Service").
		if k := afterBodyPossessive(toks, from, to); k > from && headKind(toks[k:to]) != "" {
			from = k
		}
		// "the U.S. Embassy Muscat National Day Celebration": the host the graph holds,
		// then the event's name
		if headKind(toks[from:to]) == kg.Event {
			from = p.afterLeadingPlace(ms, p.afterHost(ms, from, to), to)
		}
		// Two bodies joined by "and" are two ("X Center and Y Center").
		if kind := headKind(toks[from:to]); kind != "" {
			if to-from > 2 && pluralOffice(toks[from].text) && toks[from+1].text == "and" && pluralOffice(toks[from+2].text) {
				continue // "Ministers and Members of Parliament": a list of offices, their holders
			}
			parts := [][2]int{{from, to}}
			for k := from + 1; k < to-1; k++ {
				// (not inside an event's theme: "Summit of the Pacific and Indian Ocean
				// Cities Network" is one)
				if toks[k].text == "and" && headKind(toks[from:k]) != "" && !eventBeforeOf(toks[from:k]) && headKind(toks[k+1:to]) != "" {
					parts = [][2]int{{from, k}, {k + 1, to}}
					break
				}
			}
			for _, pt := range parts {
				s, e := toks[pt[0]].start, headEnd(toks[pt[1]-1])
				if coveredExactly(ms, s, e) {
					continue
				}
				ms = p.add(ms, headKind(toks[pt[0]:pt[1]]), s, e, 0.6)
			}
			continue
		}
		// Otherwise each stretch between linked names, and between "and"s, is a
		// candidate of its own.
		for _, seg := range splitAtMentions(toks, from, to, ms) {
			start := seg.from
			for k := seg.from; k <= seg.to; k++ {
				if k == seg.to || toks[k].text == "and" {
					if k > start {
						ms = p.segment(ms, run{start, k}, titled || start > from && anyTitle(toks[from:start]))
					}
					start = k + 1
				}
			}
		}
	}
	ms = p.actingPeople(p.officeCommaHolders(p.officeApposedPeople(p.roleNamedPeople(p.worksOwners(p.nounBodies(p.headlessBodies(p.pairedPlatforms(p.bylines(p.sharedHeads(p.ledBodies(p.companiesAndClubs(p.unitsAndExercises(p.pressNames(p.cues(ms)))))))))))))))
	ms = p.yearedEvents(p.heldDays(p.iterations(p.eventNouns(ms))))
	ms = p.acronymObjects(ms)
	ms = p.officePlaces(p.placeCues(ms))
	ms = p.numberedAndCompassRegions(p.headedDistricts(p.locatedPlaces(p.unitsOf(p.settlements(p.visitedTowns(p.placeNames(p.townsInDistricts(ms))))))))
	ms = p.countryBanks(p.knownBodyForms(p.knownBodies(ms)))
	ms = p.bracketedAcronyms(p.shortNamedBodies(p.cityGames(ms)))
	ms = p.apposition(ms)
	ms = p.listedPlaces(p.kinAndVillages(p.bareCompanies(p.actingAcronyms(ms))))
	ms = p.listedPeople(p.placeListItems(p.countryRegions(p.associationNames(p.coreference(p.officeTitles(p.trailingPeople(ms)))))))
	return p.capsEchoes(p.postsOf(p.committeesOn(p.legislatures(p.officeSeatsAndTopics(p.familyFirstTitled(p.placeRepeats(p.agencyRepeats(p.quotedEvents(p.brewerWords(p.quotedFirms(p.portfolioFields(p.notModelEntities(p.leftOutConflicts(p.occasionPeople(p.officeTitles(p.kindOnlyNames(p.thingsNamed(p.genericNames(p.compassUnits(p.contractions(p.headlineCommonNouns(p.headlineShortBodies(p.leftOutPacts(p.townSurnames(p.sharedSurnames(p.leftOutProgrammes(p.leftOutNames(p.missionSections(p.misspeltPlaces(p.leftOutSitesAndTitles(p.leftOutBodies(keptVenues(p.countryMissions(p.fairCentres(p.outsideTopicTitles(p.outsideQuotedTitles(p.verbNamedPeople(p.notNames(p.pinyinRegions(p.repeats(p.examples(p.acronyms(p.knownCompanyNames(p.firmLists(p.federalBodies(p.possessiveBodies(p.lowerSummits(p.formerStates(p.agencyNames(p.officeTitles(p.definedAcronyms(p.listedBodyNames(ms)))))))))))))))))))))))))))))))))))))))))))))))))))))
}

// camelCase reports whether a word of six letters or more has a capital after a
// lowercase letter, and opens with no surname's prefix (Mc, Mac, De, Di, La, Le, Van)
// and no title.
func camelCase(w string) bool {
	rs := []rune(w)
	if len(rs) < 6 || !unicode.IsUpper(rs[0]) {
		return false
	}
	for _, pre := range []string{"Mc", "Mac", "De", "Di", "Da", "La", "Le", "Van", "Von", "O"} {
		if strings.HasPrefix(w, pre) && len(w) > len(pre) && unicode.IsUpper([]rune(w[len(pre):])[0]) {
			return false
		}
	}
	for i := 1; i < len(rs); i++ {
		if unicode.IsUpper(rs[i]) && unicode.IsLower(rs[i-1]) {
			// a title run into a name ("AmbassadorRoos") is a slip, not a brand
			return !titleWords[strings.ToLower(string(rs[:i]))]
		}
	}
	return false
}

// holdsBody reports whether a mention of the graph's person, body or event lies in
// text[s:e]: such a run is no new body's name.
func (p *proposer) holdsBody(ms []Mention, s, e int) bool {
	return slices.ContainsFunc(ms, func(m Mention) bool {
		return m.Entity != nil && m.bStart >= s && m.bEnd <= e && m.Kind != kg.City && m.Kind != kg.Region && m.Kind != kg.Country
	})
}

// headKind is the kind a name's last word gives it: a company, an organisation or an
// event ("... Association", "... Co", "... Expo"); "" for none.
func headKind(ts []token) kg.Kind {
	if len(ts) < 2 {
		return ""
	}
	head := strings.ToLower(possessive(ts[len(ts)-1].text))
	// a numeral after the head is its ordinal ("World War II")
	if romanNumerals[ts[len(ts)-1].text] && len(ts) > 2 {
		head = strings.ToLower(ts[len(ts)-2].text)
	}
	if i := strings.LastIndex(head, "-"); i >= 0 {
		head = head[i+1:]
	}
	if eventBeforeOf(ts) {
		return kg.Event
	}
	// "Community Service" is a deed; a service of three words or more is a body
	// ("Foreign Commercial Service")
	if head == "service" && len(ts) < 3 {
		return ""
	}
	// a day's celebration is the day's reception ("National Day Celebration"); an
	// anniversary's is no name of its own
	if head == "celebration" && strings.EqualFold(ts[len(ts)-2].text, "day") {
		return kg.Event
	}
	if head == "celebration" && genericOccasions[strings.ToLower(possessive(ts[len(ts)-2].text))] {
		return ""
	}
	switch {
	case companyHeads[head]:
		return kg.Company
	case orgHeads[head] || branchYuan(head, ts):
		return kg.Organization
	case eventHeads[head] || newEventHeads[head]:
		return kg.Event
	}
	return ""
}

// possessive drops a trailing 's.
func possessive(w string) string {
	for _, suf := range []string{"'s", "’s"} {
		w = strings.TrimSuffix(w, suf)
	}
	return w
}

// headEnd is where a name's last word ends, before a possessive.
func headEnd(t token) int { return t.start + len(possessive(t.text)) }

// properName reports whether some word of a place's name is no common word ("Sister
// City" and "In the City" name no city) and no word the article writes in lowercase
// coveringMention returns the index of a mention overlapping [s, e), or -1.
func coveringMention(ms []Mention, s, e int) int {
	for i, m := range ms {
		if m.bStart < e && s < m.bEnd {
			return i
		}
	}
	return -1
}

// elsewhere (a headline's "Has Visited Every Prefecture").
func (p *proposer) properName(ts []token) bool {
	for _, t := range ts {
		lw := strings.ToLower(t.text)
		if isNameWord(t.text) && !commonCapitalised[lw] && !notInNames[lw] && !connectors[lw] && !p.c.lower[FoldName(t.text)] {
			return true
		}
	}
	return false
}

func anyTitle(ts []token) bool {
	for _, t := range ts {
		if titleWords[strings.ToLower(t.text)] {
			return true
		}
	}
	return false
}

func coveredExactly(ms []Mention, s, e int) bool {
	for _, m := range ms {
		if m.bStart == s && m.bEnd == e {
			return true
		}
	}
	return false
}

// splitAtMentions returns the stretches of tokens [from, to) no mention covers.
func splitAtMentions(toks []token, from, to int, ms []Mention) []run {
	var out []run
	cur := -1
	for i := from; i < to; i++ {
		covered := false
		for _, m := range ms {
			if toks[i].start < m.bEnd && m.bStart < toks[i].end {
				covered = true
				break
			}
		}
		switch {
		case covered && cur >= 0:
			out = append(out, run{cur, i})
			cur = -1
		case !covered && cur < 0:
			cur = i
		}
	}
	if cur >= 0 {
		out = append(out, run{cur, to})
	}
	return out
}

// segment proposes a city, region or person from a stretch of capitalised words.
func (p *proposer) segment(ms []Mention, seg run, titled bool) []Mention {
	toks := p.c.toks
	lower := func(i int) string { return strings.ToLower(toks[i].text) }
	for seg.from < seg.to {
		// "H.E Ana Ruiz": His Excellency written without its last dot is a style
		if seg.from+1 < seg.to && toks[seg.from].text == "E" && toks[seg.from].start >= 2 && p.c.text[toks[seg.from].start-2:toks[seg.from].start] == "H." {
			seg.from++
			titled = true
			continue
		}
		if seg.from+1 < seg.to && demonyms[lower(seg.from)+" "+lower(seg.from+1)] != "" {
			seg.from += 2 // "Sri Lankan"
			continue
		}
		if seg.from+1 < seg.to && pairedStyles[lower(seg.from)+" "+lower(seg.from+1)] {
			seg.from += 2 // "Tan Sri": a style of two words, neither a title alone
			titled = true
			continue
		}
		if !(connectors[toks[seg.from].text] || titleWords[lower(seg.from)] || clericStyles[lower(seg.from)] || peerStyles[lower(seg.from)] || leadingQualifiers[lower(seg.from)] ||
			demonyms[lower(seg.from)] != "" || trades[lower(seg.from)]) {
			break
		}
		titled = titled || titleWords[lower(seg.from)] || clericStyles[lower(seg.from)] || peerStyles[lower(seg.from)] || trades[lower(seg.from)]
		seg.from++
	}
	for seg.to > seg.from && (connectors[toks[seg.to-1].text] || titleWords[lower(seg.to-1)]) {
		seg.to--
	}
	// "Ana Ruiz Speech Notes": a heading's document nouns after a name are the
	// speaker's text, not a word of the name
	for seg.to-seg.from > 2 && speechNouns[lower(seg.to-1)] {
		seg.to--
	}
	n := seg.to - seg.from
	if n == 0 {
		return ms
	}
	last := toks[seg.to-1].text
	s, e := toks[seg.from].start, toks[seg.to-1].end
	// "Universitas Borneo": a head that opens a name in its own language
	if n >= 2 && openingHeads[lower(seg.from)] {
		return p.add(ms, kg.Organization, s, e, 0.5)
	}
	if n >= 2 && companyOpeningHeads[lower(seg.from)] {
		return p.add(ms, kg.Company, s, e, 0.5)
	}
	// "Operation Tomodachi": a named operation is an event
	if n >= 2 && lower(seg.from) == "operation" {
		return p.add(ms, kg.Event, s, e, 0.5)
	}
	// "VisitBritain", "EcoPartnerships": one word whose parts are capitalised names a
	// body (a brand), not a person ("McDonald", "MacArthur", "DeSantis" are surnames)
	if n == 1 && camelCase(toks[seg.from].text) {
		return p.add(ms, kg.Organization, s, e, 0.5)
	}
	// "Governor Ann Lee of Kiambu County": the holder, then the office's place
	// ("Vice Mayor Nguyen Thi Thu Ha of Da Nang")
	if k := holderOfPlace(toks, seg); titled && k > 0 {
		ms = p.officePlace(ms, run{seg.from + k + 1, seg.to}, seg.from)
		seg.to = seg.from + k
		n, last, e = k, toks[seg.to-1].text, toks[seg.to-1].end
	}
	// "Ana Lind of Kelmar": with no title, a given name and a surname before "of" are
	// a person from the place after it; the place is left to the linker
	if k := holderOfPlace(toks, seg); !titled && k == 2 && p.givenAt(seg.from) {
		seg.to = seg.from + k
		n, last, e = k, toks[seg.to-1].text, toks[seg.to-1].end
	}
	// "the Grand Imam of al-Azhar": the body he heads
	if k := p.headedBody(seg); k >= 0 {
		return p.add(ms, kg.Organization, toks[k].start, e, 0.5)
	}
	// "Kurdistan Region President Ana Ruiz": the region, then its office and holder
	if k := p.regionBeforeTitle(seg); k > 0 {
		ms = p.add(ms, kg.Region, s, toks[seg.from+k-2].end, 0.6)
		seg.from += k
		n, s, titled = seg.to-seg.from, toks[seg.from].start, true
	}
	switch {
	case n >= 2 && last == "City" && p.properName(toks[seg.from:seg.to-1]) && !tieWords[lower(seg.to-2)]:
		return p.add(ms, kg.City, s, toks[seg.to-2].end, 0.6)
	// "Shimogo Town": a Japanese municipality's name and its kind, as "Iwaki City" (a
	// town elsewhere may be named with the word: "Fish Town"); a town the graph holds by
	// that name may be a namesake, left to the linker
	case n == 2 && (last == "Town" || last == "Village") && p.properName(toks[seg.from:seg.from+1]) && p.countryNear(s) == "jp":
		if out := p.add(ms, kg.City, s, toks[seg.from].end, 0.6); !linkedAt(out, s) {
			return out
		}
		return ms
	case n == 2 && provinceHalves[last] && p.properName(toks[seg.from:seg.from+1]):
		return p.add(ms, kg.Region, s, e, 0.55)
	case n >= 2 && regionHeads[strings.ToLower(last)] && p.properName(toks[seg.from:seg.to-1]) && !connectors[toks[seg.to-2].text] && !tieWords[lower(seg.to-2)]:
		return p.add(ms, kg.Region, s, toks[seg.to-2].end, 0.6)
	}
	// "city of Potalum": a place the graph does not know
	if seg.from >= 2 && toks[seg.from-1].text == "of" && strings.EqualFold(toks[seg.from-2].text, "city") && n == 1 {
		return p.add(ms, kg.City, s, e, 0.5)
	}
	// "Mayor of Potalum Abdul Bais": the office's place, then the holder
	// (not a portfolio: "Minister of Environment Tora Lind")
	if seg.from >= 2 && toks[seg.from-1].text == "of" && titleWords[lower(seg.from-2)] && n >= 3 && n <= 5 && !commonCapitalised[lower(seg.from)] && !notInNames[lower(seg.from)] && !abstractNoun(lower(seg.from)) &&
		!portfolioWords[lower(seg.from)] {
		ms = p.add(ms, kg.City, s, toks[seg.from].end, 0.5)
		seg.from++
		n--
		s = toks[seg.from].start
		titled = true
	}
	// ("Mayor Park Won Soon": a venue's word may open a name written family name first)
	vs := venueWords[lower(seg.from)] && p.venueSurname(seg, titled)
	// "Chairman of the Board Mayor Brad Cole", "Secretary for Public Diplomacy Fabiola
	// Rodriguez-Ciampoli": a person's name follows the last word of the title.
	for k := seg.to - 1; k >= seg.from && !(vs && k == seg.from); k-- {
		if k > seg.from && k+1 < seg.to && initial(p.c.text, toks[k], toks[k+1]) {
			continue // a middle initial ("Tora A. Lind")
		}
		if lw := lower(k); titleWords[lw] || callings[lw] || commonCapitalised[lw] || notInNames[lw] || abstractNoun(lw) || portfolioWords[lw] {
			// a given name that is also a common word ("... Affairs Victoria Nuland")
			if seg.to-k-1 == 1 && !titleWords[lw] && !notInNames[lw] && k > seg.from && p.fieldWord(k-1) {
				continue
			}
			// (a field may be a list: "Secretary for Economic Growth, Energy, and the
			// Environment Jose Fernández")
			if seg.to-k-1 >= 2 && (anyTitle(toks[max(seg.from-10, 0):k+1]) || callings[lw]) {
				seg.from, n, s, titled = k+1, seg.to-k-1, toks[k+1].start, true
			}
			break
		}
	}
	// "Lord Ahmad", "Baroness X of Y": the peer, whose "of Y" is his peerage's title
	if (n == 1 || toks[seg.from+1].text == "of") && p.peerStyled(run{seg.from, seg.from + 1}) && !notInNames[lower(seg.from)] && !commonCapitalised[lower(seg.from)] {
		return p.add(ms, kg.Person, s, toks[seg.from].end, 0.6)
	}
	if k := p.fieldHolder(seg); titled && k > seg.from && !vs {
		seg.from, n, s = k, seg.to-k, toks[k].start
	}
	if words := n - particleCount(toks[seg.from:seg.to]); words < 2 || words > maxNameWords(toks[seg.from:seg.to]) {
		return ms
	}
	for i, t := range toks[seg.from:seg.to] {
		lw := strings.ToLower(t.text)
		if possessive(t.text) != t.text && seg.from+i < seg.to-1 {
			// "Ambassador Tora Lind’s Travel": a titled name of two words or more ends
			// at its possessive; "Hachigian’s Travel" is no one's name
			if !titled || i == 0 {
				return ms
			}
			seg.to, e = seg.from+i+1, toks[seg.from+i].end
			break
		}
		if nameParticles[t.text] && i > 0 && seg.from+i < seg.to-1 {
			continue
		}
		// a father's name keeps his style ("Omar bin Haji Saleh")
		if titleWords[lw] && i > 0 && kinParticles[toks[seg.from+i-1].text] && seg.from+i < seg.to-1 {
			continue
		}
		// a title's holder may bear a surname that is a venue's word ("Minister Park
		// Soo-min"): two words after a title are a name
		if venueWords[lw] && i == 0 && vs {
			continue
		}
		// a middle initial ("Tora A. Lind") is no article
		if i > 0 && seg.from+i < seg.to-1 && initial(p.c.text, t, toks[seg.from+i+1]) {
			continue
		}
		if connectors[t.text] || notInNames[lw] || titleWords[lw] || orgHeads[lw] || companyHeads[lw] || eventHeads[lw] ||
			regionHeads[lw] || demonyms[lw] != "" || venueWords[lw] || !isNameWord(t.text) {
			return ms
		}
	}
	// "Consul General for Peshawar Jon Danilowicz": the field, then its holder
	if p.titlesField(seg) {
		k := p.holderAfterField(seg)
		if k == seg.from {
			return ms
		}
		seg.from, n, s, titled = k, seg.to-k, toks[k].start, true
	}
	if !titled && (p.placeNotPerson(ms, seg) || p.afterSiteVerb(seg)) {
		return ms
	}
	if p.articleBefore(seg) {
		return ms
	}
	// (right after a title a name may end in -ing: "Prime Minister Thongsing Lao")
	if !(titled && seg.from > 0 && titleWords[lower(seg.from-1)]) && p.gerund(toks[seg.from].text) {
		return ms // "Preventing Sexual Violence": a verb's -ing form opens no one's name
	}
	if pr := p.find(kg.Person, p.c.text[s:e]); titled || p.titleNear(seg) || p.officeAfter(seg) || p.listed(ms, s) || p.personVerbBefore(seg) || p.describedAsPerson(seg) || p.givenNamed(seg) || p.middleInitialed(seg) || nasab(toks[seg.from:seg.to]) || pr != nil && FoldName(pr.name) == FoldName(p.c.text[s:e]) || vs || p.sharedFamily(ms, seg) {
		return p.add(ms, kg.Person, s, headEnd(toks[seg.to-1]), 0.6)
	}
	return ms
}

// listed reports whether the name continues a list of people ("councilors A, B, and
// C"): a person's name ends just before it, a comma or "and" between.
func (p *proposer) listed(ms []Mention, at int) bool {
	for _, m := range ms {
		if m.Kind == kg.Person && m.bEnd <= at {
			gap := strings.TrimSpace(p.c.text[m.bEnd:at])
			if gap == "," || gap == "and" || gap == ", and" || p.affiliatedGap(ms, m.bEnd, at) {
				return true
			}
		}
	}
	return false
}

// personVerbs take a person as their object ("thanked Ana Ruiz", "accompanied by
// ...", "had the pleasure of meeting Ana Ruiz", "met with Ana Ruiz": a body met has a head word, a place is known); seeVerbs one present with the speaker ("delighted to see Mary Kane here"),
// where a place may follow them too ("to see Grand Canyon").
var (
	personVerbs = regexp.MustCompile(`(?i)\b(?:thank|thanks|thanked|congratulate|congratulated|joined by|accompanied by|wished|met with|meet with|meets with|meeting with|pleasure of meeting) $`)
	seeVerbs    = regexp.MustCompile(`(?i)\b(?:see|saw|welcome|welcomed) $`)
	present     = regexp.MustCompile(`^ (?:here|with us|among us)\b`)
)

// personVerbBefore reports whether a verb that takes a person comes right before the
// name.
func (p *proposer) personVerbBefore(seg run) bool {
	s, e := p.c.toks[seg.from].start, p.c.toks[seg.to-1].end
	before := p.c.text[max(0, s-20):s]
	return personVerbs.MatchString(before) || seeVerbs.MatchString(before) && present.MatchString(p.c.text[e:])
}

// titleNear looks for an office before the name in its sentence (within six words) or
// right after it ("Chen Shuangwei, Director of ...").
func (p *proposer) titleNear(seg run) bool {
	toks := p.c.toks
	for i := seg.from - 1; i >= 0 && i >= seg.from-6 && toks[i].sentence == toks[seg.from].sentence; i-- {
		if titleWords[strings.ToLower(toks[i].text)] {
			return true
		}
		// a headline's verb ends the title's reach ("Mayor Visits X to Promote Y")
		if isNameWord(toks[i].text) && notInNames[strings.ToLower(toks[i].text)] {
			break
		}
	}
	rest := p.c.text[toks[seg.to-1].end:]
	// a title on the next line is another's ("... Green Ports\nVice Mayor ..."), unless
	// the name stands alone on its line (a byline)
	if nl := strings.IndexByte(rest, '\n'); nl >= 0 {
		if start := toks[seg.from].start; start > 0 && p.c.text[start-1] != '\n' {
			rest = rest[:nl]
		}
	}
	rest = strings.TrimPrefix(strings.TrimLeft(rest, " "), ",")
	rest = strings.TrimPrefix(strings.TrimLeft(rest, " "), "the ")
	ws := strings.Fields(strings.ToLower(firstWords(rest, 3)))
	// "Ana Ruiz, the District Commissioner": a level of government may open the office
	if len(ws) > 1 && leadingQualifiers[ws[0]] {
		ws = ws[1:]
	}
	// "Judith Macgregor, British High Commissioner": a demonym may open the office
	if len(ws) > 1 && demonyms[ws[0]] != "" {
		return slices.ContainsFunc(ws[1:], func(w string) bool { return titleWords[w] })
	}
	return len(ws) > 0 && titleWords[ws[0]]
}

func firstWords(s string, n int) string {
	ws := wordRe.FindAllString(s, n)
	return strings.Join(ws, " ")
}

// add records a mention of a new entity of kind named text[s:e], reusing the proposal
// of an earlier mention of it, or linking to the graph's node when the id exists.
func (p *proposer) add(ms []Mention, kind kg.Kind, s, e int, conf float64) []Mention {
	return p.addNamed(ms, kind, s, e, strings.TrimSpace(p.c.text[s:e]), conf)
}

// invertedHeads are the heads of a body named both "Department of State" and "State
// Department".
var invertedHeads = set("Department", "Ministry")

// addNamed is add for a mention whose entity's name is not its text ("State
// Department": Department of State).
func (p *proposer) addNamed(ms []Mention, kind kg.Kind, s, e int, name string, conf float64) []Mention {
	// a body's name may open with a country's short form that no mention took
	// ("U.S.-China Governors Forum")
	if kind == kg.Organization || kind == kg.Event || kind == kg.Company {
		before := p.c.text[:s]
		if a := abbrevRe.FindAllStringIndex(before, -1); len(a) > 0 && (before[a[len(a)-1][1]:] == "-" || before[a[len(a)-1][1]:] == " ") &&
			!slices.ContainsFunc(ms, func(m Mention) bool { return m.bStart < s && a[len(a)-1][0] < m.bEnd }) && name == strings.TrimSpace(p.c.text[s:e]) {
			s = a[len(a)-1][0]
			name = strings.TrimSpace(p.c.text[s:e])
		}
	}
	if (kind == kg.Organization || kind == kg.Company) && delegationName(name) {
		return p.delegationSender(ms, s, e, conf) // a travelling group is no body
	}
	if p.ownedProgramme(kind, s, e) {
		// its words are its name's, a place among them too ("Mission Vietnam's ...")
		return slices.DeleteFunc(ms, func(m Mention) bool { return m.bStart >= s && m.bEnd <= e })
	}
	if kind == kg.Event && name == strings.TrimSpace(p.c.text[s:e]) {
		s = p.ordinalBefore(s)
		name = strings.TrimSpace(p.c.text[s:e])
	}
	var kept []Mention
	for _, m := range ms {
		if m.bStart >= s && m.bEnd <= e {
			continue // a new organisation's name may hold a place's
		}
		if m.bStart < e && s < m.bEnd {
			return ms
		}
		kept = append(kept, m)
	}
	ms = kept
	pr := p.find(kind, name)
	if i := p.g.transliteratedPerson(kind, name); pr == nil && i >= 0 {
		m := Mention{Text: p.c.text[s:e], bStart: s, bEnd: e, Entity: strPtr(p.g.entries[i].ID), Kind: kind, How: "spelling", Confidence: 0.6, entry: i}
		ms = append(ms, m)
		sortMentions(ms)
		return ms
	}
	if pr == nil {
		pr = &proposal{id: p.newID(kind, name, s), kind: kind, name: name, first: s}
		if i, ok := p.g.byID[pr.id]; ok && p.g.entries[i].Kind == kind {
			m := Mention{Text: p.c.text[s:e], bStart: s, bEnd: e, Entity: strPtr(pr.id), Kind: kind, How: "id", Confidence: conf, entry: i}
			ms = append(ms, m)
			sortMentions(ms)
			return ms
		}
		p.props = append(p.props, pr)
	}
	if text := strings.TrimSpace(p.c.text[s:e]); FoldName(text) != FoldName(pr.name) && !slices.Contains(pr.aliases, text) {
		pr.aliases = append(pr.aliases, text)
	}
	ms = append(ms, Mention{Text: p.c.text[s:e], bStart: s, bEnd: e, Proposed: strPtr(pr.id), Kind: kind, How: "new", Confidence: conf, entry: -1})
	sortMentions(ms)
	return ms
}

// find returns the proposal an earlier mention made of the same thing: the same folded
// name, or for a person one whose words hold all of these ("Waseem Akhtar" of
// "Waseem Akhtar Khan").
func (p *proposer) find(kind kg.Kind, name string) *proposal {
	f := strings.Fields(FoldName(name))
	for _, pr := range p.props {
		if pr.kind != kind {
			continue
		}
		pf := strings.Fields(FoldName(pr.name))
		if slices.Equal(pf, f) {
			return pr
		}
		// a body named once with its country's short form ("UK Foreign Office") and
		// once without is one
		if kind != kg.Person && slices.Equal(withoutCountry(pr.name), withoutCountry(name)) {
			return pr
		}
		// and one named again by the last words of its name, head and all ("the Joint
		// Safety Dialogue ... the Safety Dialogue")
		if kind != kg.Person && len(f) >= 2 && len(pf) > len(f) && slices.Equal(pf[len(pf)-len(f):], f) {
			return pr
		}
		if kind == kg.Person && (contains(pf, f) || contains(f, pf)) {
			return pr
		}
	}
	return nil
}

func contains(big, small []string) bool {
	for _, w := range small {
		if !slices.Contains(big, w) {
			return false
		}
	}
	return len(small) > 0
}

// newID gives a proposal an id in the project's scheme.
func (p *proposer) newID(kind kg.Kind, name string, at int) string {
	// "U.S. Conference": us-conference; "Trade & Investment": trade-and-investment
	slug := kg.Slug(strings.ReplaceAll(strings.ReplaceAll(name, ".", ""), "&", " and "))
	switch kind {
	case kg.Person:
		return "person:" + slug
	case kg.Organization:
		return "org:" + slug
	case kg.Company:
		return "company:" + slug
	case kg.City, kg.Region:
		prefix := "city:"
		if kind == kg.Region {
			prefix = "region:"
		}
		// a place whose name holds its country's ("northeast Nigeria") lies in it
		if cc := p.countryInName(name); cc != "" {
			return prefix + cc + ":" + slug
		}
		if cc := p.countryNear(at); cc != "" {
			return prefix + cc + ":" + slug
		}
		return prefix + slug
	case kg.Event:
		return "event:" + slug
	case kg.Consulate:
		// the graph's scheme: sender, mission type, seat
		if id := p.g.postID(name); id != "" {
			return id
		}
		return "consulate:" + slug
	case kg.Country:
		// a former state (formerStates): no code of today's countries fits it
		return "country:" + slug
	}
	return slug
}

// countryNear is the country code of the country (or demonym) named last before at in
// its sentence, or the one country of the text's places, or the article's only country.
func (p *proposer) countryNear(at int) string {
	var sent [2]int
	for _, s := range p.c.sents {
		if at >= s[0] && at < s[1] {
			sent = s
		}
	}
	before := fold(p.c.text[sent[0]:at]).s
	best, bestAt := "", -1
	for d, id := range demonyms {
		if i := strings.LastIndex(before, " "+d+" "); i > bestAt {
			best, bestAt = id, i
		}
	}
	for id := range p.c.countries {
		if e, ok := p.g.Entry(id); ok {
			if i := strings.LastIndex(before, " "+FoldName(e.Name)+" "); i > bestAt {
				best, bestAt = id, i
			}
		}
	}
	// else the one country the text's places lie in (a release from a U.S. mission names
	// two countries, its places one)
	if best == "" && p.c.placeCountry != "" {
		best = p.c.placeCountry
	}
	if best == "" && len(p.c.countries) == 1 {
		for id := range p.c.countries {
			best = id
		}
	}
	return strings.TrimPrefix(best, "country:")
}

// countryInName returns the code of the country whose name, in whole words, ends or
// opens a place's name of more words ("northeast Nigeria"), or "".
func (p *proposer) countryInName(name string) string {
	ws := strings.Fields(name)
	for n := len(ws) - 1; n >= 1; n-- {
		for _, part := range []string{strings.Join(ws[len(ws)-n:], " "), strings.Join(ws[:n], " ")} {
			if id := p.g.countryByName(part); id != "" {
				return strings.TrimPrefix(id, "country:")
			}
		}
	}
	return ""
}

// initials are the capitals of a body's name ("Karachi Metropolitan Corporation" ->
// KMC), by which articles name it again.
func initials(name string) string {
	var b strings.Builder
	for _, w := range wordRe.FindAllString(name, -1) {
		if !connectors[w] && isCapitalized(w) {
			b.WriteString(strings.ToUpper(w[:1]))
		}
	}
	return b.String()
}

// coreference links a lone word that repeats a word of a person's name said earlier
// ("Akhtar" after "Waseem Akhtar", "Mayor Park" after "Park Heong-joon").
func (p *proposer) coreference(ms []Mention) []Mention {
	for _, t := range p.c.toks {
		// "Secretary Kerry’s view": the name without its possessive
		poss := possessive(t.text) != t.text
		t.text = possessive(t.text)
		t.end = t.start + len(t.text)
		// (a style alone, "the Prince", is his title, no repeat of his name)
		if lw := strings.ToLower(t.text); !isCapitalized(t.text) || commonCapitalised[lw] && !p.familyFirstRepeat(ms, t) || titleWords[lw] || styles[lw] || clericStyles[lw] {
			continue
		}
		i := slices.IndexFunc(p.c.toks, func(o token) bool { return o.start == t.start })
		// a two-letter surname ("President Xi") only after a title
		// (or a surname of a name said in full before: "Hu" after "Jason Hu")
		bare2 := len(t.text) == 2 && (i == 0 || !titleWords[strings.ToLower(p.c.toks[i-1].text)])
		if len(t.text) < 2 || bare2 && !twoLetterSurname(t.text) {
			continue
		}
		covered := false
		for _, m := range ms {
			if t.start < m.bEnd && m.bStart < t.end {
				covered = true
				break
			}
		}
		if covered {
			continue
		}
		// A word inside a longer name ("Demetrio Cortes Jr") is that name's, not a
		// short form of another; after a title it may be one ("Mayor Park").
		// A headline's verb after it is none ("Ambassador Roos Visits ...").
		acrTitle := !poss && p.acronymTitle(i)
		if i+1 < len(p.c.toks) && !poss && isNameWord(p.c.toks[i+1].text) && !notInNames[strings.ToLower(p.c.toks[i+1].text)] &&
			onlySpace(p.c.text[t.end:p.c.toks[i+1].start]) && !acrTitle {
			continue
		}
		if prev := strings.ToLower(p.c.toks[max(i-1, 0)].text); i > 0 && isNameWord(p.c.toks[i-1].text) && !p.titled(prev) && !notInNames[prev] &&
			onlySpace(p.c.text[p.c.toks[i-1].end:t.start]) {
			continue
		}
		// A headline may name by surname someone the body names in full.
		headline := !strings.Contains(p.c.text[:t.start], "\n")
		// So may a title and a surname before the full name ("Ambassador Smith
		// Arrives" on a release's repeated heading, then "Ambassador John Smith"):
		// the title marks the word a surname, and one person of the page bears it.
		// ("Mrs. Smith" before "John Smith" is his wife: a courtesy style is no office)
		ahead := headline
		if prev := strings.TrimSuffix(strings.ToLower(p.c.toks[max(i-1, 0)].text), "."); i > 0 && p.titled(prev) && !courtesyStyles[prev] && !poss {
			ahead = true
		}
		var match []Mention
		for _, m := range ms {
			if m.bEnd > t.start && !ahead || m.How == "coreference" || m.bStart <= t.start && t.start < m.bEnd {
				continue
			}
			if (m.Kind == kg.Organization || m.Kind == kg.Company) && len(t.text) >= 3 && isUpperWord(t.text) && p.spellsBody(m.Text, t.text) &&
				!slices.ContainsFunc(match, func(o Mention) bool { return o.id() == m.id() }) {
				match = append(match, m)
				continue
			}
			if m.Kind != kg.Person {
				continue
			}
			// a name spelt without its accents is the same ("Fernandez", "Fernández")
			words := wordRe.FindAllString(m.Text, -1)
			if len(words) >= 2 && slices.ContainsFunc(words, func(w string) bool { return FoldName(w) == FoldName(t.text) }) && !slices.ContainsFunc(match, func(o Mention) bool { return o.id() == m.id() }) {
				match = append(match, m)
			}
		}
		if len(match) == 0 && !headline && !bare2 && p.g.givenNames()[FoldName(t.text)] {
			match = givenBeforeFullName(ms, t)
		}
		if len(match) != 1 {
			if len(match) == 0 && !acrTitle {
				ms = p.officeHolder(ms, i, t)
			}
			continue
		}
		m := match[0]
		m.Text, m.bStart, m.bEnd, m.How, m.Confidence = t.text, t.start, t.end, "coreference", 0.7
		ms = append(ms, m)
		sortMentions(ms)
	}
	return ms
}

// courtesyStyles are titles of address that a spouse shares, no office of one person.
var courtesyStyles = set("mr", "mrs", "ms", "miss", "madam", "madame", "mme", "sr", "sra", "sig", "herr", "frau")
