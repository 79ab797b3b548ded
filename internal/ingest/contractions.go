package ingest

import (
	"strings"
	"unicode"

	"github.com/amity-graph/amity/internal/kg"
)

// contractions repoints a one-word name built from the first letters of a body's first
// words ("AmCham" for "American Chamber of Commerce", "EuroCham") to that body, which
// the text names in full elsewhere, before or after: a contraction is no body of its
// own.
func (p *proposer) contractions(ms []Mention) []Mention {
	for i := range ms {
		m := &ms[i]
		if m.Proposed == nil || m.Kind != kg.Organization {
			continue
		}
		parts := camelParts(m.Text)
		if len(parts) < 2 {
			continue
		}
		for _, o := range ms {
			if o.Proposed == nil || *o.Proposed == *m.Proposed || o.Kind != kg.Organization && o.Kind != kg.Company {
				continue
			}
			var ws []string
			for _, w := range strings.Fields(o.Text) {
				if !connectors[strings.ToLower(w)] {
					ws = append(ws, strings.ToLower(w))
				}
			}
			if len(ws) <= len(parts) {
				continue
			}
			match := true
			for k, part := range parts {
				if !strings.HasPrefix(ws[k], strings.ToLower(part)) {
					match = false
					break
				}
			}
			if match {
				id := *o.Proposed
				m.Proposed, m.Kind = &id, o.Kind
				break
			}
		}
	}
	return ms
}

// camelParts splits a word into its capitalised parts of two letters or more
// ("AmCham": Am, Cham); nil unless it has two such parts and nothing else.
func camelParts(w string) []string {
	var parts []string
	start := -1
	for i, r := range w {
		switch {
		case unicode.IsUpper(r):
			if start >= 0 {
				parts = append(parts, w[start:i])
			}
			start = i
		case !unicode.IsLower(r) || start < 0:
			return nil
		}
	}
	if start >= 0 {
		parts = append(parts, w[start:])
	}
	for _, pt := range parts {
		if len(pt) < 2 {
			return nil
		}
	}
	if len(parts) < 2 {
		return nil
	}
	return parts
}
