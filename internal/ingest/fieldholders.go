package ingest

import "strings"

// fieldHolder finds, in a titled would-be name, the holder after the office's field
// when the field's last words are no title and no common word the name check knows
// ("Assistant Secretary for the Western Hemisphere Ana Ruiz": "Hemisphere" ends the
// field, a given name opens the holder). The last two words are the holder when the
// first of them is a given name of the graph's people and some word before them could
// open no name (a compass word, a head, a demonym, a common word). It returns seg.from
// when it finds none, so a name of three words ("Ana Maria Ruiz") stays whole.
func (p *proposer) fieldHolder(seg run) int {
	toks := p.c.toks
	k := seg.to - 2
	if k <= seg.from || !p.givenAt(k) || !isNameWord(toks[seg.to-1].text) || possessive(toks[k].text) != toks[k].text {
		return seg.from
	}
	if lw := strings.ToLower(toks[seg.to-1].text); notInNames[lw] || titleWords[lw] || orgHeads[lw] || companyHeads[lw] || eventHeads[lw] ||
		regionHeads[lw] || venueWords[lw] || commonCapitalised[lw] || demonyms[lw] != "" {
		return seg.from
	}
	for _, t := range toks[seg.from:k] {
		if lw := strings.ToLower(t.text); compassWords[lw] || notInNames[lw] || commonCapitalised[lw] || orgHeads[lw] || eventHeads[lw] ||
			regionHeads[lw] || demonyms[lw] != "" || landForms[lw] || abstractNoun(lw) || portfolioWords[lw] {
			return k
		}
	}
	return seg.from
}
