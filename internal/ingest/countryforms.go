package ingest

// englishCountryNames are English names of countries in common use that the graph's
// names lack: the Democratic Republic of the Congo is as often written without its
// article, or as "DR Congo", and the two Congos by their capitals.
var englishCountryNames = map[string][]string{
	"country:cd": {"Democratic Republic of Congo", "DR Congo", "D.R. Congo", "Congo-Kinshasa"},
	"country:cg": {"Congo-Brazzaville"},
}
