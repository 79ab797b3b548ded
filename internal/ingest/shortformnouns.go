package ingest

// shortFormNouns are common nouns the genre capitalises after a country's short form
// ("a high level U.S. Delegation", "for U.S. Citizen services", "current U.S. Foreign
// policy"): they open no body's name, so the short form before them is the country even
// where the article never writes them in lowercase. Mission words in the singular are
// not here: "U.S. Embassy" is a mission the linker or the proposer reads whole.
var shortFormNouns = set("delegation", "delegations", "citizen", "citizens", "nationals", "companies", "firms",
	"officials", "perspectives", "perspective", "foreign", "embassies", "consulates", "interests", "investors",
	"exports", "imports", "flag", "partners", "relations")

// plainOffices are offices in the plural after a country's short form ("former U.S.
// Ambassadors Ada Lind and Bo Rask"): the names after them are the holders', and the
// short form is the country the offices serve.
var plainOffices = set("ambassadors", "consuls", "envoys", "diplomats", "senators")

// grantWords head a grant programme named by the offices that award it ("U.S.
// Ambassadors Fund for ..."), which the conventions leave out with its short form.
var grantWords = set("fund", "funds", "grant", "grants", "award", "awards")
