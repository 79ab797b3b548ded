package ingest

import "slices"

// agencyRepeats gives every bare writing of a listed agency's acronym (agencyAcronyms)
// that no mention covers the proposal the text already made of that acronym elsewhere.
// Passes after agencyNames drop a programme's name with the acronym inside ("the
// USAID-funded Velo Value Chain Initiative", left out by the conventions), a headline's
// run ("USAID Mission Director Visits Velo"), an office's run ("USAID Velo Mission
// Director") or a country mission's ("USAID/Velo"), and the agency went with them;
// the annotations mark it wherever it stands. Only where the text itself has the acronym
// proposed as the agency somewhere, so an acronym the text never reads as a body stays
// out.
func (p *proposer) agencyRepeats(ms []Mention) []Mention {
	text := p.c.text
	var added []Mention
	for _, a := range agencyAcronym.FindAllStringIndex(text, -1) {
		s, e := a[0], a[1]
		w := text[s:e]
		if !agencyAcronyms[w] || slices.ContainsFunc(ms, func(m Mention) bool { return m.bStart < e && s < m.bEnd }) {
			continue
		}
		i := slices.IndexFunc(ms, func(m Mention) bool { return m.Proposed != nil && m.Text == w })
		if i < 0 {
			continue
		}
		m := ms[i]
		m.Text, m.bStart, m.bEnd = w, s, e
		added = append(added, m)
	}
	if len(added) == 0 {
		return ms
	}
	ms = append(ms, added...)
	sortMentions(ms)
	return ms
}
