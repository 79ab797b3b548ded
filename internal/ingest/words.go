package ingest

import (
	"maps"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is a word of the article with its byte offsets.
type token struct {
	text       string
	start, end int
	sentence   int
}

var wordRe = regexp.MustCompile(`[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*`)

// sentenceEnd finds where sentences end: a full stop, question or exclamation mark
// followed by space and a capital or a quote, or a line break.
var sentenceEnd = regexp.MustCompile(`[.!?。！？]["”’]?\s+|\n\s*`)

// notEnds are abbreviations whose full stop ends no sentence.
var notEnds = map[string]bool{"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "st": true, "no": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true, "sept": true,
	"oct": true, "nov": true, "dec": true, "co": true, "ltd": true, "inc": true, "gen": true, "gov": true, "u.s": true,
	"hon": true, "smt": true, "shri": true}

// sentences returns the [start, end) byte ranges of the text's sentences.
func sentences(text string) [][2]int {
	var out [][2]int
	start := 0
	for _, m := range sentenceEnd.FindAllStringIndex(text, -1) {
		if text[m[0]] == '.' {
			prev := lastWord(text[start:m[0]])
			if notEnds[strings.ToLower(prev)] || utf8.RuneCountInString(prev) == 1 && isUpperWord(prev) {
				continue
			}
			// "Joseph R. Donovan Jr. extended ...": a name's suffix before a verb
			if r, _ := utf8.DecodeRuneInString(text[m[1]:]); (prev == "Jr" || prev == "Sr") && unicode.IsLower(r) {
				continue
			}
		}
		if strings.TrimSpace(text[start:m[0]]) != "" {
			out = append(out, [2]int{start, m[0] + 1})
		}
		start = m[1]
	}
	if strings.TrimSpace(text[start:]) != "" {
		out = append(out, [2]int{start, len(text)})
	}
	return out
}

func lastWord(s string) string {
	ws := wordRe.FindAllString(s, -1)
	if len(ws) == 0 {
		return ""
	}
	return ws[len(ws)-1]
}

// tokenize returns the words of the text, each with its sentence's index.
func tokenize(text string, sents [][2]int) []token {
	var out []token
	si := 0
	for _, m := range wordRe.FindAllStringIndex(text, -1) {
		for si < len(sents)-1 && m[0] >= sents[si][1] {
			si++
		}
		out = append(out, token{text: text[m[0]:m[1]], start: m[0], end: m[1], sentence: si})
	}
	return out
}

func isCapitalized(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

func isUpperWord(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n > 0
}

// titleWords name offices; a capitalised name next to one is a person's.
var titleWords = set("mayor", "cllr", "chancellor", "vice", "deputy", "director", "director-general", "president", "vice-president",
	"chairman", "chairwoman", "chair", "secretary", "secretary-general", "consul", "consul-general", "ambassador",
	"minister", "governor", "mr", "mrs", "ms", "dr", "prof", "professor", "lord", "nazim", "major", "bishop", "judge",
	"commissioner", "mna", "mpa", "mp", "mep", "mla", "senator", "chief", "head", "acting", "attaché", "attache", "chargé", "consular", "counsellor", "counselor",
	"councillor", "councillors", "councilor", "councilors", "leader", "premier", "general", "executive", "senior", "representative", "envoy", "officer",
	"deputy-director", "party", "first", "prime", "sir", "madam", "excellency", "h.e", "he", "ceo", "assistant", "special", "regent", "principal",
	// a mission's abbreviations of its offices ("CG Lee": the Consul General)
	"cg", "dcm",
	// military ranks ("Field Marshal X": a rank and a surname, left out as a title and
	// a surname are)
	"marshal", "marshall",
	// honorifics of other languages and of parliaments ("Smt Preneet Kaur", "Hon. Jane Doe")
	"smt", "shri", "shrimati", "kumari", "hon", "honourable", "honorable", "datuk", "dato", "puan", "encik", "bapak", "ibu",
	// Malaysia's honours and pilgrim's styles, which stack ("Datuk Seri Haji Panglima
	// Haji ..."), and clergy and offices of the genre written before a name
	"seri", "haji", "hajjah", "panglima", "tun", "archbishop", "cardinal", "reverend", "rev", "imam", "rabbi", "ombudsman",
	"patriarch", "mufti", "pope", "superintendent", "superintendents",
	// a ministry's voice, named before the holder ("Spokesperson Tor Lind")
	"spokesperson", "spokesman", "spokeswoman",
	// an agency's head, and the ranks of officers the genre names before them
	"administrator", "admiral", "colonel", "lieutenant", "brigadier", "undersecretary",
	// governors' titles of other countries, written before the name ("Akim X" in
	// Kazakhstan, "Hokim X" in Uzbekistan, "Wali X" in the Arab world, "Kaymakam X")
	"akim", "hokim", "wali", "vali", "kaymakam",
	// offices written as one hyphenated word ("Governor-General X"), a council's neutral
	// chair, and sergeants' ranks
	"governor-general", "attorney-general", "auditor-general", "inspector-general", "solicitor-general",
	"lieutenant-governor", "chairperson", "sergeant", "sgt",
	// Malaysia's styles of a member of parliament and of the highest honours ("YB X",
	// "Dato' Seri Utama X"), and a Māori elder's ("Kaumatua X")
	"yb", "utama", "kaumatua")

// determiners open no name: "This Forum" is the forum named before, "Both the
// Embassy ..." the embassy.
var determiners = set("this", "that", "these", "those", "its", "our", "their", "both", "either", "neither", "so")

// leadingQualifiers may open a title ("City Nazim", "District Mayor") and are no name.
var leadingQualifiers = set("city", "district", "municipal", "provincial", "federal", "metropolitan", "state", "county", "town", "the")

// connectors may join the capitalised words of one name ("Ministry of Foreign Affairs").
var connectors = set("of", "for", "with", "and", "the", "de", "du", "la", "del")

// compassWords open the name of a part of a country ("Central China").
var compassWords = set("north", "south", "east", "west", "central", "northern", "southern", "eastern", "western",
	"northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern", "southeastern", "southwestern")

// compassArea matches a country's or the world's area named by its bearing ("the
// Midwest", "the Far East", "the Deep South"): such areas are `-` by the conventions,
// so a tour or mission named by one is no event of that name.
var compassArea = regexp.MustCompile(`^(?i:(?:mid|far|deep|upper|lower|near|middle)[ -]?)?(?i:north|south|east|west)(?i:east|west)?(?i:ern)?$`)

// commonCapitalised are capitalised words in this genre's prose that are no names,
// although some towns bear them.
var commonCapitalised = set("on", "in", "at", "the", "this", "that", "these", "those", "during", "since", "next",
	"currently", "being", "after", "before", "with", "by", "for", "from", "as", "it", "he", "she", "they", "we", "our",
	"his", "her", "their", "a", "an", "and", "but", "also", "both", "all", "over", "mayor", "president", "director",
	"consul", "general", "city", "district", "hall", "center", "centre", "chamber", "commerce", "office", "foreign",
	"affairs", "association", "friendship", "delegation", "government", "municipal", "people", "peoples", "committee",
	"secretary", "vice", "deputy", "chairman", "council", "international", "conference", "world", "expo", "university",
	"foundation", "port", "north", "south", "east", "west", "central", "new", "lord", "sister", "cities", "minister",
	"federal", "town", "planning", "environment", "land", "technical", "republic", "kingdom", "state", "province",
	"prefecture", "ambassador", "embassy", "consulate", "promotion", "division", "exhibition", "automobile",
	"seminar", "forum", "park", "welcome", "welcoming", "congratulations", "share", "sources", "source", "time",
	"date", "updated", "print", "fonts", "home", "news", "mr", "mrs", "ms", "dr", "monday", "tuesday", "wednesday",
	"thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july",
	"august", "september", "october", "november", "december", "asia", "europe", "africa", "america", "northeast", "diplomacy", "public",
	"southeast", "northwest", "southwest", "belt", "road", "national", "global", "china-japan", "japan-china",
	"health", "education", "trade", "culture", "tourism", "business", "industry", "investment", "media",
	"press", "photo", "day", "week", "year", "group", "party", "member", "members", "leader", "leaders", "citizens",
	"senior", "executive", "chief", "head", "land", "water", "life", "union", "liberty", "independence", "victoria",
	"progress", "success", "hope", "unity", "concord", "harmony", "paradise", "eden", "commission", "bureau",
	"department", "ministry", "agency", "institute", "school", "college", "academy", "museum", "library", "zone",
	"eid", "ramadan", "iftar", "thanksgiving", "christmas", "easter", "diwali", "hanukkah", "nowruz")

// portfolioWords are the fields a ministry or minister is named by ("Minister of
// Agriculture", "Minister of Rural Development"): a government's common nouns, which
// open no place's or person's name after an office ("Ostrava Energy" may still be a
// company's).
var portfolioWords = set("agriculture", "energy", "rural", "finance", "defence", "defense", "justice", "transport",
	"fisheries", "forestry", "labour", "labor", "interior", "mines", "mining", "petroleum", "irrigation", "livestock",
	"housing", "welfare", "infrastructure", "economy", "communications", "telecommunications", "agrarian", "food",
	"youth", "sports", "sport", "veterans", "treasury", "revenue", "customs", "immigration", "highways", "railways",
	"aviation", "shipping", "textiles", "mineral", "minerals", "hydrocarbons", "oil", "export", "exports", "growth")

func set(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// notInNames are words that are no part of a person's name.
var notInNames = set("on", "in", "at", "the", "this", "that", "these", "those", "during", "since", "next",
	"currently", "being", "after", "before", "with", "by", "for", "from", "as", "it", "he", "she", "they", "we", "our",
	"his", "her", "their", "a", "an", "and", "but", "also", "both", "all", "over", "welcome", "welcoming",
	"congratulations", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
	"february", "march", "april", "june", "july", "august", "september", "october", "november", "december", "city",
	"district", "north", "south", "east", "west", "central", "new", "international", "world", "national", "global",
	"asia", "europe", "africa", "america", "northeast", "southeast", "share", "sources", "source", "date", "time",
	"affairs", "partnership", "relations", "cooperation",
	// a headline's verbs ("Consul General Visits Saga")
	"visits", "meets", "signs", "welcomes", "hosts", "attends", "opens", "holds", "receives", "travels", "tours",
	"visit", "represents", "leads", "joins", "marks", "celebrates", "launches", "calls", "says", "addresses", "greets", "honors", "honours",
	"presents", "delivers", "announces", "highlights", "discusses", "promotes", "congratulates", "unveils",
	"inaugurates", "concludes", "commemorates", "reaffirms",
	// a headline's nouns ("Envoy Ruiz Travel to Lima", "Travel Diary")
	"travel", "diary", "trip", "remarks", "statement", "readout", "message", "speech",
	// pacts and a title's complement ("Free Trade Agreement", "Chief of Staff")
	"agreement", "treaty", "pact", "accord", "staff",
	// offices in the plural name a group, no one ("Velmoran Ministers")
	"ministers", "ambassadors", "governors", "mayors", "officials",
	// topic nouns of the genre that no one bears as a name ("Security Policy", "Cherry
	// Blossom"), and a continent's adjective ("North-East Asian")
	"policy", "security", "credentials", "blossom", "blossoms", "strategy", "democracy", "asian", "european", "african",
	// holidays and a fast's meals, no one's name and no place's
	"eid", "ramadan", "iftar", "thanksgiving", "christmas", "easter", "diwali", "hanukkah", "nowruz",
	// a land's common nouns, which end a nickname for a region ("Cattle Country"), no one's
	"country", "countryside", "valley", "coast", "highlands", "lowlands",
	// forms of address that open a speech's greetings ("Your Excellencies",
	// "Distinguished Guests"), and a portfolio's plural noun ("Social Services")
	"your", "excellencies", "distinguished", "guests", "ladies", "gentlemen", "services")

// orgHeads end an organisation's name; companyHeads a company's.
var (
	orgHeads = set("office", "association", "government", "committee", "corporation", "council", "bureau",
		"department", "foundation", "university", "studies", "center", "centre", "commerce", "ministry",
		"administration", "division", "agency", "institute", "party", "commission", "organization",
		"organisation", "federation", "society", "chamber", "academy", "school", "college", "museum", "hospital", "clinic",
		"embassy", "consulate", "consulate-general", "authority", "assembly", "congress", "club", "league", "union",
		"network", "market", "zone", "international", "industry", "parliament", "unit", "caucus",
		// programmes with names of their own are bodies, and so are trusts
		"initiative", "program", "programme", "scholarship", "trust", "fund",
		// religious schools and seminaries named in their own language's word ("the
		// Velmar Yeshiva", "Madrasa Velmar" opens below)
		"yeshiva", "madrasa", "madrassa", "madrasah", "seminary", "lyceum",
		// a public service is a body ("Foreign Commercial Service", "Forest Service")
		"service",
		// research bodies
		"lab", "laboratory",
		// forces and groupings of bodies
		"police", "alliance", "coalition", "consortium", "secretariat", "team",
		// the press, and venues
		"shimbun", "ilbo", "nippo", "herald", "tribune", "gazette", "times", "zeitung", "castle", "palace",
		// a court
		"tribunal", "court",
		// an institution by that word ("Velmar Institution"), and a German grammar school
		// named after someone ("Velk Gymnasium")
		"institution", "gymnasium",
		// armed forces, churches, and a union of nations ("United Nations")
		"army", "navy", "church", "nations", "corps", "guard", "force", "forces", "senate",
		// bodies of music and the arts, of records, of growers or makers working together,
		// and of a martial art ("Velk Youth Orchestra", "Velk Archives",
		// "Velk Women’s Shea Cooperative", "Velk Tourist Cluster", "Velk Dojo")
		"orchestra", "conservatory", "archives", "cooperative", "cluster", "dojo")
	// openingHeads open a body's name in languages that put the noun first
	// ("Universitas Borneo", "Universidad de Chile")
	openingHeads = set("universitas", "universidad", "universidade", "universite", "université", "universita", "università", "universiti",
		// institutes, foundations, associations, schools and chambers of the Romance
		// languages ("Instituto de Estudios", "Fundación Velmar", "Cámara de Comercio")
		"instituto", "istituto", "institut", "fundación", "fundacion", "fundação", "fundacao", "fondation", "fondazione",
		"asociación", "asociacion", "associação", "associacao", "associazione", "colegio", "escuela", "escola", "école",
		"liceo", "lycée", "cámara", "camara", "câmara", "federación", "federacion", "confederación", "cooperativa",
		"sindicato", "corporación", "corporacion", "ministerio", "secretaría", "secretaria", "intendencia",
		"municipalidad", "prefeitura", "hospital", "clínica", "clinica",
		// schools of other languages ("Gymnasium Velmar", "Liceum Velmar", "Madrasa Velmar")
		"gymnasium", "gimnazjum", "liceum", "yeshiva", "madrasa", "madrasah")
	// companyOpeningHeads open a company's name so ("Frigorífico Velmar", a meat
	// packer; "Empresa Velmar")
	companyOpeningHeads = set("frigorífico", "frigorifico", "empresa", "compañía", "compania", "companhia", "sociedad",
		"industrias", "laboratorios", "bodega", "bodegas", "viña", "vina", "hacienda", "estancia")
	companyHeads = set("company", "co", "ltd", "inc", "group", "bank", "motors", "motor", "airlines", "airways",
		"holdings", "industries", "limited", "llc", "gmbh", "ag",
		// a hotel is a company, and a named factory its owner's
		"hotel", "hotels", "resort", "factory",
		// and so is a yard, a brewery or a refinery
		"shipyard", "shipyards", "brewery", "distillery", "winery", "refinery",
		// an orchard or a vineyard the tour visits is a business, and so is a
		// Japanese brewer named by its word ("Velm Shuzo": shuzo, a sake brewery); a
		// farm too, where the word ends the name (farmEnds)
		"orchard", "orchards", "vineyard", "vineyards", "shuzo",
		// so are a restaurant, a magazine and a radio station, as a newspaper is
		"café", "cafe", "restaurant", "magazine", "radio")
	eventHeads = set("expo", "conference", "forum", "festival", "fair", "summit", "games", "seminar",
		"symposium", "competition", "exhibition", "ceremony", "week", "dialogue", "meeting", "olympics", "convention", "cup", "ball", "war",
		// a reception or gala with a name is an event ("Fourth of July Reception")
		"reception", "gala",
		// a named round of talks ("Annual Bilateral Consultations")
		"consultations", "negotiations",
		// a named contest ("the Velmar Cup Tournament")
		"tournament")
	// romanNumerals follow a head as its ordinal ("World War II")
	romanNumerals = set("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")
	// eventTypes gives a new event the type its last word names.
	eventTypes = map[string]string{"expo": "exhibition", "exhibition": "exhibition", "fair": "exhibition",
		"conference": "conference", "forum": "conference", "summit": "conference", "symposium": "conference",
		"dialogue": "conference", "convention": "conference", "seminar": "seminar", "meeting": "meeting",
		"ceremony": "meeting", "competition": "award", "festival": "exchange", "games": "exchange",
		"olympics": "exchange", "week": "exchange", "cup": "exchange", "reception": "meeting", "gala": "meeting"}
	regionHeads = set("prefecture", "province", "state", "county", "oblast", "governorate", "region")
)

// A title named before its holder takes office is a title too ("Ambassador-Designate",
// "Governor-elect"): the holder's name follows it, never its own part.
func init() {
	for t := range maps.Clone(titleWords) {
		titleWords[t+"-designate"] = true
		titleWords[t+"-elect"] = true
	}
}

// speechNouns end a heading's speaker's name ("Ana Ruiz Speech Notes", "Remarks"
// after the name): what was said, not who.
var speechNouns = set("speech", "notes", "remarks", "statement", "readout", "transcript", "address")
