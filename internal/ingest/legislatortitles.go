package ingest

// memberTitles are the styles written before the name of a member of a legislature or
// of a local council in English news prose ("Congressman Ana Lind", "Councilmember Tor
// Berg", "Assemblywoman Ana Lind"): the whole closed class of one-word forms, gendered
// and neutral, and the Senate's plural before its members' names ("Senators Ana Lind
// and Tor Berg"). Like the other titles, such a word opens no name: the name after it
// is the holder's, and a title with a surname alone names no one new. (The short forms "Rep." and "Sen." are read
// as abbreviated titles by their period; undotted, "Sen" is a surname: "Hun Sen".)
var memberTitles = []string{
	"congressman", "congresswoman", "congressmember", "congressperson",
	"councilman", "councilwoman", "councilmember", "councilperson", "council-member",
	"assemblyman", "assemblywoman", "assemblymember", "assemblyperson",
	"alderman", "alderwoman", "alderperson", "selectman", "selectwoman", "selectperson",
	"freeholder", "legislator",
	"senators",
}

// rankAbbreviations are the short forms of military ranks as the U.S. services write
// them without a period ("Gen Ana Lind", "Brig Gen Tor Berg", "Lt Ana Lind",
// "TSgt Tor Berg"): the whole class of the Army's, Air Force's, Navy's and Marine
// Corps' officer and enlisted abbreviations, which no name opens. (Their dotted forms
// are read as abbreviated titles already. "Col" stays out: after a unit's name, "...
// Infantry Batallion Col. Ana Lind", a title word makes the unit a person.)
var rankAbbreviations = []string{
	"gen", "brig", "maj", "lt", "ltc", "capt", "cpt", "cmdr", "cdr", "lcdr", "adm", "radm", "vadm", "ens",
	"1lt", "2lt", "1stlt", "2ndlt", "cwo", "csm", "sgm", "msg", "1sg", "sfc", "ssg", "sgt", "cpl", "spc", "pfc", "pvt",
	"ssgt", "tsgt", "msgt", "smsgt", "cmsgt", "sra", "a1c", "amn", "gysgt", "mgysgt", "lcpl",
	"cpo", "scpo", "mcpo", "po1", "po2", "po3",
}

func init() {
	for _, w := range memberTitles {
		titleWords[w] = true
	}
	for _, w := range rankAbbreviations {
		titleWords[w] = true
	}
}
