package ingest

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// spelledOtherwise finds the words ending at end that an acronym in brackets stands for
// when spelledByParts finds none: a short lowercase word inside the name giving its
// letter ("Partners in Health (PIH)"), or the initials of the name's last words taken
// in another order, as a name translated from French or Spanish keeps the original's
// acronym ("Rapid Intervention Battalion (BIR)"). It returns the first word's token
// index, or -1.
func (p *proposer) spelledOtherwise(letters []rune, end int) int {
	toks := p.c.toks
	k := slices.IndexFunc(toks, func(t token) bool { return t.end == end })
	if k < 0 || len(letters) < 3 {
		return -1
	}
	sent := toks[k].sentence
	var all, caps []rune // initials of every word, and of the capitalised ones
	for j := k; j >= 0 && k-j < 8 && toks[j].sentence == sent; j-- {
		w := toks[j].text
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case isNameWord(w) && possessive(w) == w && !strings.Contains(w, "-"):
			caps = append(caps, r)
		case j < k && len(w) <= 3 && unicode.IsLower(r) && !strings.ContainsFunc(w, unicode.IsPunct):
		default:
			return -1
		}
		all = append(all, unicode.ToUpper(r))
		if !isNameWord(w) {
			continue // a name opens with a capitalised word
		}
		if len(all) == len(letters) && reversedEqual(all, letters) && len(caps) < len(all) {
			return j
		}
		if len(caps) == len(letters) && len(all) == len(caps) {
			if reversedEqual(caps, letters) {
				return -1 // in order: spelledByParts's to find, or not
			}
			a, b := slices.Clone(caps), slices.Clone(letters)
			slices.Sort(a)
			slices.Sort(b)
			if slices.Equal(a, b) {
				return j
			}
			return -1
		}
	}
	return -1
}

// reversedEqual reports whether rev, read backwards, is want.
func reversedEqual(rev, want []rune) bool {
	if len(rev) != len(want) {
		return false
	}
	for i, r := range rev {
		if want[len(want)-1-i] != r {
			return false
		}
	}
	return true
}
