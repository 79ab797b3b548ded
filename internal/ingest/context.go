package ingest

// demonyms name a country by its adjective ("Japanese", "Sri Lankan"); the linker
// reads them as context and in titles ("the Iranian Consul General"), never as
// mentions of their own.
var demonyms = map[string]string{
	"chinese": "country:cn", "japanese": "country:jp", "korean": "country:kr", "south korean": "country:kr",
	"north korean": "country:kp", "iranian": "country:ir", "pakistani": "country:pk", "sri lankan": "country:lk",
	"indian": "country:in", "american": "country:us", "british": "country:gb", "french": "country:fr",
	"german": "country:de", "italian": "country:it", "spanish": "country:es", "russian": "country:ru",
	"australian": "country:au", "canadian": "country:ca", "mexican": "country:mx", "brazilian": "country:br",
	"turkish": "country:tr", "thai": "country:th", "vietnamese": "country:vn", "singaporean": "country:sg",
	"mongolian": "country:mn", "uzbek": "country:uz", "kazakh": "country:kz", "hungarian": "country:hu",
	"polish": "country:pl", "dutch": "country:nl", "belgian": "country:be", "swiss": "country:ch",
	"austrian": "country:at", "swedish": "country:se", "norwegian": "country:no", "finnish": "country:fi",
	"danish": "country:dk", "czech": "country:cz", "indonesian": "country:id", "malaysian": "country:my",
	"filipino": "country:ph", "uruguayan": "country:uy", "argentine": "country:ar", "chilean": "country:cl",
	"peruvian": "country:pe", "egyptian": "country:eg", "mauritian": "country:mu", "bangladeshi": "country:bd",
	"nepalese": "country:np", "israeli": "country:il", "saudi": "country:sa", "emirati": "country:ae",
	"irish": "country:ie", "portuguese": "country:pt", "greek": "country:gr", "ukrainian": "country:ua",
	"belarusian": "country:by", "new zealand": "country:nz", "cambodian": "country:kh", "lao": "country:la",
	"myanmar": "country:mm", "afghan": "country:af", "nigerian": "country:ng", "kenyan": "country:ke",
	"south african": "country:za", "ethiopian": "country:et", "cuban": "country:cu", "colombian": "country:co",
	// Left out: demonyms two countries share or a US state spells ("Georgian", "Sudanese",
	// "Guinean", "Dominican", "Congolese").
	"lebanese": "country:lb", "jordanian": "country:jo", "ghanaian": "country:gh", "ivoirian": "country:ci",
	"libyan": "country:ly", "tajik": "country:tj", "macedonian": "country:mk", "kyrgyz": "country:kg",
	"turkmen": "country:tm", "syrian": "country:sy", "iraqi": "country:iq", "senegalese": "country:sn",
	"tanzanian": "country:tz", "ugandan": "country:ug", "somali": "country:so", "djiboutian": "country:dj",
	"moroccan": "country:ma", "algerian": "country:dz", "tunisian": "country:tn", "qatari": "country:qa",
	"kuwaiti": "country:kw", "omani": "country:om", "yemeni": "country:ye", "bahraini": "country:bh",
	"jamaican": "country:jm", "haitian": "country:ht", "guatemalan": "country:gt", "honduran": "country:hn",
	"salvadoran": "country:sv", "nicaraguan": "country:ni", "panamanian": "country:pa", "venezuelan": "country:ve",
	"ecuadorian": "country:ec", "bolivian": "country:bo", "paraguayan": "country:py", "serbian": "country:rs",
	"croatian": "country:hr", "bosnian": "country:ba", "albanian": "country:al", "bulgarian": "country:bg",
	"romanian": "country:ro", "slovak": "country:sk", "slovenian": "country:si", "estonian": "country:ee",
	"latvian": "country:lv", "lithuanian": "country:lt", "armenian": "country:am", "azerbaijani": "country:az",
	"moldovan": "country:md", "icelandic": "country:is", "rwandan": "country:rw", "zambian": "country:zm",
	"zimbabwean": "country:zw", "malawian": "country:mw", "mozambican": "country:mz", "angolan": "country:ao",
	"namibian": "country:na", "cameroonian": "country:cm", "malian": "country:ml", "burkinabe": "country:bf",
	"beninese": "country:bj", "togolese": "country:tg", "liberian": "country:lr", "sierra leonean": "country:sl",
	"eritrean": "country:er", "taiwanese": "country:tw", "burmese": "country:mm", "maldivian": "country:mv",
	"bhutanese": "country:bt", "fijian": "country:fj", "samoan": "country:ws", "tongan": "country:to",
}

// abbreviations are the short forms of countries articles use that the graph's
// aliases may lack.
var abbreviations = map[string]string{
	"ROK": "country:kr", "PRC": "country:cn", "DPRK": "country:kp", "USA": "country:us", "US": "country:us",
	"U.S.": "country:us", "U. S.": "country:us", "U.S": "country:us", "UK": "country:gb", "UAE": "country:ae",
	// the Democratic Republic of the Congo goes by its initials in English; "KSA" and
	// "BiH" are the usual short forms of Saudi Arabia and Bosnia and Herzegovina
	"DRC": "country:cd", "KSA": "country:sa", "BiH": "country:ba",
	// French texts and lists write the DR Congo's initials in French
	"RDC": "country:cd",
	// the two Compact states of the Pacific go by their initials in their own and in
	// U.S. texts ("Chuuk, FSM", "the RMI government")
	"FSM": "country:fm", "RMI": "country:mh",
}
