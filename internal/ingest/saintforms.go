package ingest

import "strings"

// saintPairs are the written forms of a saint's title that open place names: English
// writing abbreviates "Saint" to "St." and "Sainte" to "Ste." as readily as it spells
// them out, whichever the graph happens to hold ("St. Petersburg" of Saint Petersburg).
var saintPairs = [][2]string{{"saint", "st"}, {"sainte", "ste"}}

// saintForms returns the other forms of a place's name that open with a saint's title:
// "St. X" for "Saint X" and back. A systematic form of the name itself, so it counts as
// the place's own name (ownName), not as an alias.
func saintForms(name string) []string {
	ws := strings.Fields(name)
	if len(ws) < 2 {
		return nil
	}
	first := strings.TrimSuffix(strings.ToLower(ws[0]), ".")
	rest := strings.Join(ws[1:], " ")
	for _, p := range saintPairs {
		switch first {
		case p[0]:
			return []string{strings.ToUpper(p[1][:1]) + p[1][1:] + ". " + rest}
		case p[1]:
			return []string{strings.ToUpper(p[0][:1]) + p[0][1:] + " " + rest}
		}
	}
	return nil
}

// ownName reports whether folded is e's own name, or a systematic form of it that says
// the same name ("St. Petersburg" of Saint Petersburg): not another name it is also
// called by.
func ownName(name, folded string) bool {
	if FoldName(name) == folded {
		return true
	}
	for _, f := range saintForms(name) {
		if FoldName(f) == folded {
			return true
		}
	}
	return false
}
