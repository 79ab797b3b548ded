package ingest

import (
	"regexp"
)

// Rules of round 8b: general ones, each stated by its unit test in round8b_test.go.

// wideArea reports whether the text writes name as a wide geographic area, "the X"
// standing alone ("in the Arctic,", "the Sahel remains"): a region the conventions
// leave out, though "the X region" reads like "the Tohoku region", a region the text
// names alone without the article ("in Tohoku").
func (p *proposer) wideArea(name string) bool {
	re := regexp.MustCompile(`\b[Tt]he ` + regexp.QuoteMeta(name) + `(?:[,.;:)]|$| (?:is|was|will|would|can|could|has|had|have|continues?|remains?|may|must|and|or|to)\b)`)
	return re.MatchString(p.c.text)
}
