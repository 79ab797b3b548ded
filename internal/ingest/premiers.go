package ingest

import "regexp"

// premierAfter is a premier's title right after a place's name ("Alba Premier Jon
// Velk", "Alba Premier's office"): a premier heads a province or a state (or a
// country, whose name the place's kinds do not reach), never a town, so the name is the
// region's, as before "Province". "Premier League" is a football league, no office.
var premierAfter = regexp.MustCompile(`^[ \t]+Premier(?:['’]s)?\b(?:[ \t]+(League)\b)?`)

// premierCue returns the cue of cueAfter's region group that a premier's title after
// the name gives, or nil where no premier's title follows.
func premierCue(after string) []string {
	m := premierAfter.FindStringSubmatch(after)
	if m == nil || m[1] != "" {
		return nil
	}
	return []string{m[0], "", "Premier"}
}
