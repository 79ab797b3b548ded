package cypherguard

import (
	"fmt"
	"unicode/utf8"
)

// kind is the class of a token.
type kind uint8

const (
	kName   kind = iota + 1 // an unquoted name: identifier or keyword
	kQuoted                 // a backtick-quoted name; text is the unescaped name
	kString                 // a string literal
	kNumber                 // digits and underscores
	kPunct                  // one punctuation character, or ".." or "::"
)

// token is a significant token: whitespace and comments are dropped.
type token struct {
	kind kind
	text string
	off  int // byte offset of the token in the query
	end  int // byte offset just past the token
}

func (t token) is(p string) bool { return t.kind == kPunct && t.text == p }

// isSpace reports whether r separates tokens in Neo4j 5's Cypher lexer (Cypher5Lexer's
// SPACE rule and the JavaCC parser's SKIP rule list the same characters).
func isSpace(r rune) bool {
	switch r {
	case '\t', '\n', '\v', '\f', '\r', 0x1c, 0x1d, 0x1e, 0x1f, ' ',
		0x00a0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000:
		return true
	}
	return r >= 0x2000 && r <= 0x200a
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' }
func isDigit(c byte) bool  { return c >= '0' && c <= '9' }

// isPart reports whether c continues an unquoted name. Neo4j also lets '$' continue a
// name (Java's identifier rules), so "a$b" is one name.
func isPart(c byte) bool { return isLetter(c) || isDigit(c) || c == '$' }

// unicodeEscape finds the first \uXXXX escape as Neo4j's CypherCharStream sees it: the
// stream reads characters in order, and a backslash followed by 'u' is decoded (at any
// place: in strings, comments and names alike) before the lexer runs, while a backslash
// followed by anything else is passed on together with that character. It returns -1
// when there is none.
func unicodeEscape(q string) int {
	for i := 0; i < len(q); i++ {
		if q[i] != '\\' {
			continue
		}
		if i+1 < len(q) && q[i+1] == 'u' {
			return i
		}
		i++ // the pair is passed on as is; its second character starts nothing
	}
	return -1
}

// lex splits a query into significant tokens the way Neo4j 5.26's lexer does for every
// construct that matters here (comments, string literals, backtick names, names,
// numbers and the punctuation that patterns use), and refuses whatever it cannot read
// with certainty: unterminated strings, comments or names; non-ASCII characters outside
// strings, comments and backtick names (other than Cypher's Unicode spaces); control
// characters; and backslashes outside strings.
func lex(q string) ([]token, *Refusal) {
	var toks []token
	i := 0
	for i < len(q) {
		c := q[i]
		start := i
		switch {
		case c >= utf8.RuneSelf:
			r, size := utf8.DecodeRuneInString(q[i:])
			if !isSpace(r) {
				return nil, refuse(q, i, "the character %U (%q) is not allowed outside string literals, comments and `backtick-quoted` names: write names in ASCII or quote them with backticks", r, r)
			}
			i += size
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' || c >= 0x1c && c <= 0x1f:
			i++
		case c < 0x20 || c == 0x7f:
			return nil, refuse(q, i, "the control character %U is not allowed outside string literals and comments", rune(c))
		case c == '/' && i+1 < len(q) && q[i+1] == '/':
			// A line comment ends at the first carriage return or line feed.
			for i < len(q) && q[i] != '\n' && q[i] != '\r' {
				i++
			}
		case c == '/' && i+1 < len(q) && q[i+1] == '*':
			// Block comments do not nest: the first "*/" after the opening "/*" closes one.
			j := indexFrom(q, "*/", i+2)
			if j < 0 {
				return nil, refuse(q, i, "unterminated /* comment")
			}
			i = j + 2
		case c == '\'' || c == '"':
			// A backslash escapes the next character, so \' and \\ do not end the string.
			// Neo4j reads unknown escapes (\q) as a plain backslash, which ends strings at
			// the same places.
			j := i + 1
			for {
				if j >= len(q) {
					return nil, refuse(q, i, "unterminated string literal")
				}
				if q[j] == '\\' {
					j += 2
					continue
				}
				if q[j] == c {
					break
				}
				j++
			}
			i = j + 1
			toks = append(toks, token{kind: kString, text: q[start+1 : j], off: start, end: i})
		case c == '`':
			// `` inside a quoted name is one backtick.
			j := i + 1
			var name []byte
			for {
				if j >= len(q) {
					return nil, refuse(q, i, "unterminated `backtick-quoted` name")
				}
				if q[j] == '`' {
					if j+1 < len(q) && q[j+1] == '`' {
						name = append(name, '`')
						j += 2
						continue
					}
					break
				}
				name = append(name, q[j])
				j++
			}
			i = j + 1
			toks = append(toks, token{kind: kQuoted, text: string(name), off: start, end: i})
		case c == '\\':
			return nil, refuse(q, i, "a backslash is not allowed outside string literals")
		case isLetter(c):
			for i < len(q) && isPart(q[i]) {
				i++
			}
			toks = append(toks, token{kind: kName, text: q[start:i], off: start, end: i})
		case isDigit(c):
			// Only digits and underscores: letters after them (1e5, 0x1F) become a name of
			// their own, which is stricter than Neo4j and loses nothing the guard needs.
			for i < len(q) && (isDigit(q[i]) || q[i] == '_') {
				i++
			}
			toks = append(toks, token{kind: kNumber, text: q[start:i], off: start, end: i})
		case c == '.' && i+1 < len(q) && q[i+1] == '.':
			i += 2
			toks = append(toks, token{kind: kPunct, text: "..", off: start, end: i})
		case c == ':' && i+1 < len(q) && q[i+1] == ':':
			i += 2
			toks = append(toks, token{kind: kPunct, text: "::", off: start, end: i})
		default:
			i++
			toks = append(toks, token{kind: kPunct, text: q[start:i], off: start, end: i})
		}
	}
	return toks, nil
}

func indexFrom(s, sub string, from int) int {
	for j := from; j+len(sub) <= len(s); j++ {
		if s[j:j+len(sub)] == sub {
			return j
		}
	}
	return -1
}

// position turns a byte offset into a 1-based line and column (in characters).
func position(q string, off int) (line, col int) {
	line, col = 1, 1
	for i, r := range q {
		if i >= off {
			break
		}
		switch {
		case r == '\n':
			line, col = line+1, 1
		case r == '\r' && (i+1 >= len(q) || q[i+1] != '\n'):
			line, col = line+1, 1
		case r != '\r':
			col++
		}
	}
	return line, col
}

// refuse builds a Refusal whose reason ends with the position of the offending text.
func refuse(q string, off int, format string, args ...any) *Refusal {
	line, col := position(q, off)
	return &Refusal{Reason: fmt.Sprintf(format, args...) + fmt.Sprintf(" (line %d, column %d)", line, col)}
}
