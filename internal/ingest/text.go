package ingest

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/text/unicode/norm"
)

// LooksLikeHTML reports whether an article is HTML rather than plain text.
func LooksLikeHTML(b []byte) bool {
	head := bytes.ToLower(bytes.TrimSpace(b[:min(len(b), 1024)]))
	return bytes.HasPrefix(head, []byte("<!doctype html")) || bytes.HasPrefix(head, []byte("<html")) ||
		bytes.Contains(head, []byte("<body")) || bytes.Contains(head, []byte("<p>")) || bytes.Contains(head, []byte("<div"))
}

// blocks are the elements that end a line of text.
var blocks = map[string]bool{"p": true, "div": true, "br": true, "h1": true, "h2": true, "h3": true, "h4": true,
	"h5": true, "h6": true, "li": true, "tr": true, "title": true, "section": true, "article": true, "header": true,
	"footer": true, "blockquote": true, "table": true, "ul": true, "ol": true, "time": true}

// HTMLText turns an HTML page into plain text: scripts, styles and navigation are
// dropped, block elements end lines, runs of blank lines shrink to one. The title
// element comes first, as the text's first line.
func HTMLText(b []byte) (string, error) {
	doc, err := html.Parse(bytes.NewReader(b))
	if err != nil {
		return "", err
	}
	var out strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "script", "style", "noscript", "nav", "template", "svg", "iframe", "head":
				if n.Data == "head" {
					for c := n.FirstChild; c != nil; c = c.NextSibling {
						if c.Type == html.ElementNode && c.Data == "title" && c.FirstChild != nil {
							out.WriteString(strings.TrimSpace(c.FirstChild.Data) + "\n\n")
						}
					}
				}
				return
			}
		}
		if n.Type == html.TextNode {
			if strings.TrimLeft(n.Data, " \t\n\r") != n.Data {
				out.WriteByte(' ')
			}
			out.WriteString(strings.Join(strings.Fields(n.Data), " "))
			if strings.HasSuffix(n.Data, " ") || strings.HasSuffix(n.Data, "\n") {
				out.WriteByte(' ')
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if n.Type == html.ElementNode && blocks[n.Data] {
			out.WriteString("\n\n")
		}
	}
	walk(doc)
	var lines []string
	blank := 0
	for _, l := range strings.Split(out.String(), "\n") {
		l = strings.TrimSpace(l)
		if l == "" {
			blank++
			if blank > 1 || len(lines) == 0 {
				continue
			}
		} else {
			blank = 0
		}
		lines = append(lines, l)
	}
	return strings.TrimSpace(strings.Join(lines, "\n")), nil
}

// folded is an article's text folded for matching: lowercase, diacritics removed,
// apostrophes dropped, and every other run of non-letters and non-digits made one space,
// with a space at each end so that names match only as whole words. pos maps each byte
// of the folded text to the byte of the original it came from (one past the end at
// the closing space).
type folded struct {
	s   string
	pos []int
}

// apostrophes join a word ("People's" folds to "peoples"), as kg.Slug does.
func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' || r == '`' || r == 'ʻ' }

// foldRune folds one rune to what it matches as: "" for a mark or apostrophe, " " for a
// separator, else its lowercase base letters.
func foldRune(r rune) string {
	switch {
	case isApostrophe(r):
		return ""
	case unicode.IsLetter(r) || unicode.IsDigit(r):
	case unicode.Is(unicode.Mn, r):
		return ""
	default:
		return " "
	}
	if r < utf8.RuneSelf {
		return string(unicode.ToLower(r))
	}
	if s, ok := special[r]; ok {
		return s
	}
	var b strings.Builder
	for _, d := range norm.NFD.String(string(r)) {
		if !unicode.Is(unicode.Mn, d) {
			b.WriteRune(unicode.ToLower(d))
		}
	}
	return b.String()
}

// special are letters that do not decompose into a base letter and a mark.
var special = map[rune]string{'ß': "ss", 'ø': "o", 'Ø': "o", 'ł': "l", 'Ł': "l", 'đ': "d", 'Đ': "d", 'æ': "ae",
	'Æ': "ae", 'ı': "i", 'ð': "d", 'Ð': "d", 'þ': "th", 'Þ': "th", 'œ': "oe", 'Œ': "oe", 'ħ': "h", 'Ħ': "h", 'ə': "e", 'Ə': "e"}

// fold folds text as names are folded (see folded).
func fold(text string) folded {
	var b strings.Builder
	pos := make([]int, 0, len(text)+2)
	b.WriteByte(' ')
	pos = append(pos, 0)
	space := true
	for i, r := range text {
		f := foldRune(r)
		// A possessive 's stands apart ("Iran's city" holds Iran), in names as in text.
		if f == "" && isApostrophe(r) && possessiveAt(text, i+utf8.RuneLen(r)) {
			f = " "
		}
		if f == " " {
			if !space {
				b.WriteByte(' ')
				pos = append(pos, i)
				space = true
			}
			continue
		}
		for j := 0; j < len(f); j++ {
			b.WriteByte(f[j])
			pos = append(pos, i)
		}
		if f != "" {
			space = false
		}
	}
	if !space {
		b.WriteByte(' ')
		pos = append(pos, len(text))
	}
	return folded{s: b.String(), pos: pos}
}

// possessiveAt reports whether text[i:] starts with an s that ends a word.
func possessiveAt(text string, i int) bool {
	if i >= len(text) || text[i] != 's' {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[i+1:])
	return i+1 == len(text) || !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// FoldName folds a name for the gazetteer: the same folding as an article's text,
// without the outer spaces. "Békéscsaba" -> "bekescsaba", "People's" -> "peoples".
func FoldName(name string) string { return strings.TrimSpace(fold(name).s) }

// span maps a match of the folded text, [start, end) with the outer spaces included,
// back to the original text: the first byte of its first word to the end of its last.
func (f folded) span(text string, start, end int) (int, int) {
	s := f.pos[start+1]
	last := f.pos[end-2]
	_, size := utf8.DecodeRuneInString(text[last:])
	return s, last + size
}
