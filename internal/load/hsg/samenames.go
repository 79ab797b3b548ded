package hsg

import (
	"cmp"
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strings"
)

// keptIDs are ids of visitors the articles' annotations already use: when the name an
// id comes from is merged into a fuller one (wordsAdded), the id stays.
var keptIDs = map[string]bool{"person:mark-brown": true, "person:ferdinand-marcos-jr": true}

// fullName is a visitor's name of more than one word, as the visits list gives it for one
// country.
type fullName struct {
	norm   string
	years  []int           // of the visits that name the person so
	titles map[string]bool // the titles those visits give
	at     *parsed         // the first visit naming the person so
}

// sameFullNames finds the full names of one country that are one person written two
// ways: the list names President Saakashvili "Mikheil" and "Mikhail", Prime Minister Key
// "John Key" and "John P. Key". Two names are taken as one person only when the visits
// give them a title in common within surnameYears, and the names differ by no more than
// middle initials, a first given name, or one letter in each of at most two words of five
// letters or more; a father and son of one office ("Heydar" and "Ilham Aliyev") differ by
// more. It returns
// each merged id with the id it is merged into, the name more visits use, and reports
// each merge for checking.
func (b *builder) sameFullNames(full map[string]map[string]*fullName) map[string]string {
	same := map[string]string{}
	fulls := map[string]*fullName{}
	var merged []string
	for _, qual := range slices.Sorted(maps.Keys(full)) {
		names := full[qual]
		ids := slices.Sorted(maps.Keys(names))
		maps.Copy(fulls, names)
		for i, a := range ids {
			for _, c := range ids[i+1:] {
				fa, fc := names[a], names[c]
				if !sharesTitle(fa, fc) || !nearYears(fa.years, fc.years) {
					continue
				}
				v := variantNames(fa.norm, fc.norm)
				switch v {
				case notVariant:
					continue
				case spelledOtherwise, firstNameAdded:
					// Amata Kabua (1979-96) and Imata Kabua (1997-2000) were two presidents of
					// one country: a letter or a first name apart, the two must have visited
					// in the same years.
					if !overlapping(fa.years, fc.years) {
						continue
					}
				}
				ra, rc := root(same, a), root(same, c)
				if ra == rc {
					continue
				}
				keep, drop := ra, rc
				if n := cmp.Compare(len(names[rc].years), len(names[ra].years)); n > 0 || n == 0 && rc < ra {
					keep, drop = rc, ra
				}
				if na, nc := len(strings.Fields(fulls[ra].norm)), len(strings.Fields(fulls[rc].norm)); v == articleOnly && na != nc {
					// "Rafiq al-Hariri", "Rafiq Hariri": the form without the article names
					// the person, however many visits write either; the other form stays
					// an alias. ("el-" against "al-": the form more visits use.)
					keep, drop = ra, rc
					if nc < na {
						keep, drop = rc, ra
					}
					if keptIDs[drop] && !keptIDs[keep] {
						keep, drop = drop, keep
					}
				}
				if v == wordsAdded {
					long, short := ra, rc
					if len(strings.Fields(fulls[rc].norm)) > len(strings.Fields(fulls[ra].norm)) {
						long, short = rc, ra
					}
					if secondSurname(fulls[short].norm, fulls[long].norm) {
						// "Gabriel Boric Font": the second surname is left off in use, so
						// the shorter name names the person, as the press writes it.
						keep, drop = short, long
					} else {
						// Middle names ("Recep Tayyip Erdogan"): the fuller name names the
						// person, and its id is kept unless the annotations already use the
						// shorter one's.
						keep, drop = long, short
						if keptIDs[short] && !keptIDs[long] {
							keep, drop = short, long
						}
						b.fuller[keep] = fulls[long].norm
					}
				}
				same[drop] = keep
				merged = append(merged, drop)
			}
		}
	}
	for _, id := range merged {
		same[id] = root(same, id)
		at := fulls[id].at
		b.merges = append(b.merges, Merge{File: at.file, Line: at.line, ID: same[id], Detail: fmt.Sprintf(
			"%q of %s (visit %s, %s) taken as %s: a title in common and a name written another way",
			at.visitor, at.from, at.id, at.origin(), same[id])})
	}
	return same
}

// root follows the merges from id to the id it ends in.
func root(same map[string]string, id string) string {
	for {
		to, ok := same[id]
		if !ok {
			return id
		}
		id = to
	}
}

// overlapping reports whether two sets of visit years overlap, give or take three years.
func overlapping(a, b []int) bool {
	return max(slices.Min(a), slices.Min(b)) <= min(slices.Max(a), slices.Max(b))+3
}

func sharesTitle(a, b *fullName) bool {
	for t := range a.titles {
		if b.titles[t] {
			return true
		}
	}
	return false
}

func nearYears(a, b []int) bool {
	for _, x := range a {
		for _, y := range b {
			if x-y <= surnameYears && y-x <= surnameYears {
				return true
			}
		}
	}
	return false
}

// variance is how two names differ, if they are one name.
type variance int

const (
	notVariant       variance = iota
	initialsOnly              // "John Key", "John P. Key"
	spelledOtherwise          // "Mikheil", "Mikhail Saakashvili"
	firstNameAdded            // "Fredrik Reinfeldt", "John Fredrik Reinfeldt"
	wordsAdded                // "Recep Erdogan", "Recep Tayyip Erdogan"; "Gabriel Boric", "Gabriel Boric Font"
	articleOnly               // "Rafiq Hariri", "Rafiq al-Hariri"
)

// variantNames tells whether two normalised names are one name written two ways: equal
// once middle initials and Arabic articles before a later word are dropped
// (withoutArticles: "Rafiq al-Hariri", "Rafiq Hariri"; "el-Sisi", "al-Sisi"), one with a first given name the other leaves off, one
// with middle names or a second surname the other leaves off (wordsWithin; not when the
// words added make a son's name, "Jr." or "III", or the longer repeats a word, a typing
// slip), or word
// for word alike but for one letter (added, dropped or changed) in each of at most two
// words of five letters or more (the last once its ending is folded, endingI).
func variantNames(a, b string) variance {
	ia, ib := withoutInitials(strings.Fields(a)), withoutInitials(strings.Fields(b))
	wa, wb := withoutArticles(ia), withoutArticles(ib)
	if len(wa) > len(wb) {
		wa, wb = wb, wa
	}
	if len(wa) >= 2 && len(wb) == len(wa)+1 && slices.Equal(wa, wb[1:]) {
		return firstNameAdded
	}
	if added, ok := wordsWithin(wa, wb); ok && !slices.ContainsFunc(added, generational.MatchString) && !repeatsWord(wb) {
		return wordsAdded
	}
	if len(wa) < 2 || len(wa) != len(wb) {
		return notVariant
	}
	diff := 0
	for i := range wa {
		if wa[i] == wb[i] {
			continue
		}
		if len(wa[i]) < 5 || len(wb[i]) < 5 || !oneEdit(wa[i], wb[i]) && !oneEdit(endingI(wa[i]), endingI(wb[i])) {
			return notVariant
		}
		diff++
	}
	switch {
	case diff > 2:
		return notVariant
	case diff == 0 && slices.Equal(ia, ib):
		return initialsOnly
	case diff == 0:
		return articleOnly
	}
	return spelledOtherwise
}

// endingI folds the endings romanisations of Russian and Ukrainian names write three
// ways ("Dmitri", "Dmitry", "Dmitriy"; "Yuri", "Yuriy") into one, so that one letter
// elsewhere ("Dimitry", "Dmitri") still leaves the two a spelling apart.
func endingI(w string) string {
	if s, ok := strings.CutSuffix(w, "iy"); ok {
		return s + "i"
	}
	if s, ok := strings.CutSuffix(w, "y"); ok {
		return s + "i"
	}
	return w
}

// withoutInitials drops the one-letter words of a name (its middle initials) but the first.
func withoutInitials(ws []string) []string {
	out := ws[:1:1]
	for _, w := range ws[1:] {
		if len(w) > 1 {
			out = append(out, w)
		}
	}
	return out
}

// articles are the Arabic article as romanised names write it before a surname ("al-",
// "el-"), which the visits list gives for one person in one row and leaves off in the
// next.
var articles = map[string]bool{"al": true, "el": true}

// withoutArticles drops the articles that stand between the first word of a name and a
// later one: "rafiq al hariri" is "rafiq hariri", while a first name "Al" stays.
func withoutArticles(ws []string) []string {
	out := ws[:1:1]
	for i, w := range ws[1:] {
		if !articles[w] || i+2 == len(ws) {
			out = append(out, w)
		}
	}
	return out
}

// oneEdit reports whether a and b differ by exactly one letter added, dropped or changed.
func oneEdit(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b)-len(a) > 1 || a == b {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	if len(a) == len(b) {
		return a[i+1:] == b[i+1:]
	}
	return a[i:] == b[i+1:]
}

// wordsWithin reports whether the words of short are those of long in order, with the
// same first word, and the same last word or long's next-to-last (a first surname
// before a second: "Juan Manuel Santos", "Juan Manuel Santos Calderon"); and gives the
// words long adds.
func wordsWithin(short, long []string) (added []string, ok bool) {
	if len(short) < 2 || len(long) <= len(short) || short[0] != long[0] {
		return nil, false
	}
	last := short[len(short)-1]
	if last != long[len(long)-1] && last != long[len(long)-2] {
		return nil, false
	}
	i := 0
	for _, w := range long {
		if i < len(short) && short[i] == w {
			i++
			continue
		}
		added = append(added, w)
	}
	return added, i == len(short)
}

// generational are the words that tell a son from his father of the same name.
var generational = regexp.MustCompile(`^(jr|sr|ii|iii|iv|2nd|3rd|4th)$`)

// repeatsWord reports whether a name has a word twice ("Giulio Giulio Andreotti").
func repeatsWord(ws []string) bool {
	for i, w := range ws {
		if slices.Contains(ws[i+1:], w) {
			return true
		}
	}
	return false
}

// secondSurname reports whether long is short with a second surname after its last word
// ("Juan Manuel Santos", "Juan Manuel Santos Calderon").
func secondSurname(short, long string) bool {
	ws, wl := strings.Fields(short), strings.Fields(long)
	return len(wl) >= 2 && len(ws) >= 1 && ws[len(ws)-1] == wl[len(wl)-2] && ws[len(ws)-1] != wl[len(wl)-1]
}
