package ingest

import "strings"

// subjectDesignators are the words the graph ends a Russian-style region's name with
// ("Sakhalin Oblast", "Altai Krai") and the English words texts write in their place:
// an oblast is as often "Region", a krai "Kray" or "Territory".
var subjectDesignators = map[string][]string{
	"Oblast":  {"Region"},
	"Oblast'": {"Oblast", "Region"},
	"Krai":    {"Kray", "Territory"},
}

// subjectForms splits a region's name into its stem and the other names texts give it
// with another designator ("Sakhalin Region" of Sakhalin Oblast). It returns no stem for
// a name without one of those designators, or a stem of more than one word ("Jewish
// Autonomous"), which is no name alone.
func subjectForms(name string) (stem string, forms []string) {
	i := strings.LastIndexByte(name, ' ')
	if i < 0 {
		return "", nil
	}
	stem, word := name[:i], name[i+1:]
	others, ok := subjectDesignators[word]
	if !ok || stem == "" {
		return "", nil
	}
	for _, o := range others {
		forms = append(forms, stem+" "+o)
	}
	if strings.Contains(stem, " ") {
		return "", forms
	}
	return stem, forms
}
