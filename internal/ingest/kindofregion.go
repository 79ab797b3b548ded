package ingest

import "regexp"

// kindOfRegionRe reads a municipality's kind word after its name, then "of" or "in" and
// the region ("Lomar City of Alba Prefecture", "Lomar Town in Alba Prefecture"); a
// list's other names may stand before a plural kind ("Lomar and Sorn Cities of Alba").
var kindOfRegionRe = regexp.MustCompile(`^(?:(?:,\s*(?:and\s+)?|\s+and\s+)[A-Z][\p{L}]+)*\s+(?:City|Cities|Town|Towns|Village|Villages|city|cities|town|towns|village|villages)\s+(?:of|in)\s+(?:the\s+)?([A-Z][\p{L}]+(?:\s+[A-Z][\p{L}]+)?)`)

// kindOfRegion returns the region named after a municipality's kind word (its head word
// kept: regionNamed reads it), or "".
func kindOfRegion(rest string) string {
	m := kindOfRegionRe.FindStringSubmatch(rest)
	if m == nil {
		return ""
	}
	return m[1]
}
