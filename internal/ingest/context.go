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
}

// abbreviations are the short forms of countries articles use that the graph's
// aliases may lack.
var abbreviations = map[string]string{
	"ROK": "country:kr", "PRC": "country:cn", "DPRK": "country:kp", "USA": "country:us", "US": "country:us",
	"U.S.": "country:us", "UK": "country:gb", "UAE": "country:ae",
}
