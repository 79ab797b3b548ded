package refdata

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// foldLetters are the letters kg.Slug spells out rather than strips, so that fold agrees
// with kg.NormalizeName on every name written in Latin letters.
var foldLetters = map[rune]string{
	'ß': "ss", 'ø': "o", 'ł': "l", 'đ': "d", 'æ': "ae", 'ı': "i", 'ð': "d", 'þ': "th", 'œ': "oe",
	'ħ': "h", 'ə': "e",
}

// fold is the key names are looked up by: kg.NormalizeName for names in Latin letters
// (lower case, diacritics stripped, words joined by one space, apostrophes dropped), but
// letters of other scripts are kept, so that 沈阳, Шэньян and 선양 find their city too.
// Marks are stripped only from Latin, Greek and Cyrillic letters: a Devanagari vowel sign
// or a kana voicing mark is part of the word.
func fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	var base rune
	word := func(r rune) {
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	for _, r := range s {
		if r < utf8.RuneSelf {
			base = r
			switch {
			case 'a' <= r && r <= 'z' || '0' <= r && r <= '9':
				word(r)
			case 'A' <= r && r <= 'Z':
				word(r + 'a' - 'A')
			case r == '\'' || r == '`':
			default:
				space = true
			}
			continue
		}
		if unicode.Is(unicode.Mn, r) {
			if base >= 0x0530 && !(0x1E00 <= base && base < 0x2000) {
				b.WriteRune(r) // part of the word in its script
			}
			continue
		}
		if r == '’' || r == 'ʻ' || r == 'ʼ' {
			continue
		}
		if r < 0x0530 || 0x1E00 <= r && r < 0x2000 { // Latin, Greek, Cyrillic: strip the marks
			if d := norm.NFD.PropertiesString(string(r)).Decomposition(); len(d) > 0 {
				r, _ = utf8.DecodeRune(d)
			}
		}
		base = r
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.Is(unicode.Mc, r) {
			space = true
			continue
		}
		r = unicode.ToLower(r)
		if r < utf8.RuneSelf {
			word(r)
			continue
		}
		if t, ok := foldLetters[r]; ok {
			for _, x := range t {
				word(x)
			}
			continue
		}
		word(r)
	}
	return b.String()
}

// slugOfFold is the kg.Slug of a name whose fold is k, when k is all ASCII (fold agrees
// with kg.NormalizeName there, and kg.Slug is that with dashes).
func slugOfFold(k string) (string, bool) {
	for i := 0; i < len(k); i++ {
		if k[i] >= utf8.RuneSelf {
			return "", false
		}
	}
	return strings.ReplaceAll(k, " ", "-"), true
}
