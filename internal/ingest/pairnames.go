package ingest

import (
	"regexp"
	"slices"

	"github.com/amity-graph/amity/internal/kg"
)

// pairJoint joins the two countries of a pair: a dash or a slash, spaced or not.
var pairJoint = regexp.MustCompile(`^(?:[-–/] ?| [-–] )$`)

// partnershipTail follows a pair's second country when the pair opens a partnership's
// own name rather than naming the tie: two or more capitalised words before
// "Partnership" ("Comprehensive Strategic Partnership", "Research and Innovation
// Partnership"), or a purpose after it ("Partnership for Growth", a programme).
var partnershipTail = regexp.MustCompile(`^(?:(?: \p{Lu}\p{L}+(?: (?:and|&))?){2,} Partnership\b|(?: \p{Lu}\p{L}+)* Partnership for \p{Lu})`)

// pairedPartnership reports whether the country m is one side of a pair ("Velmar-Zedland")
// that opens such a partnership's name: an agreement's or a programme's, which the
// annotation leaves out with its countries. A bare "Strategic Partnership" is the tie
// between the two, whose countries are linked.
func pairedPartnership(text string, ms []Mention, m Mention) bool {
	return slices.ContainsFunc(ms, func(o Mention) bool {
		if o.Kind != kg.Country || o.Entity == nil || o.bStart == m.bStart {
			return false
		}
		first, second := m, o
		if o.bEnd <= m.bStart {
			first, second = o, m
		}
		return first.bEnd <= second.bStart && pairJoint.MatchString(text[first.bEnd:second.bStart]) &&
			partnershipTail.MatchString(text[second.bEnd:])
	})
}
