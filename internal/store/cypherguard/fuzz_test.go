package cypherguard

import (
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// The fuzz test checks Check against a second, deliberately different reader of
// Cypher: regular expressions blank out comments, string literals and backtick names,
// and simple scans of what is left look for what the guard promises to refuse. The
// property: Check never panics, every refusal is a *Refusal with a reason (the same on
// a second call), and for every query Check accepts, the reference reader finds
//
//   - no \uXXXX escape as Neo4j's char stream decodes them;
//   - no ';' followed by anything but whitespace;
//   - no forbidden keyword (write clauses, LOAD, USE, PROFILE, EXPLAIN, CYPHER,
//     TRANSACTIONS, PERIODIC, administration commands) as a word, except right after
//     '.', '$' or ':';
//   - no CALL of a procedure outside the allow-list;
//   - no variable-length relationship or relationship quantifier without an upper bound
//     in the simple spellings -[*]-, -[:R*2..]-, -[]->+, (a)-->{1,}.

// literal matches, in order, a line comment, a block comment, a string in either quote
// and a backtick name. Leftmost-first matching reads them in the same order as Neo4j.
var literal = regexp.MustCompile("(?s)//[^\r\n]*|/\\*.*?\\*/|'(?:\\\\.|[^'\\\\])*'|\"(?:\\\\.|[^\"\\\\])*\"|`(?:``|[^`])*`")

// blank replaces comments with spaces, strings with '"' and backtick names with '`'
// (tokens, but neither words nor brackets), and turns every space Cypher knows into ' '.
func blank(q string) string {
	b := literal.ReplaceAllStringFunc(q, func(s string) string {
		switch s[0] {
		case '`', '\'', '"':
			return strings.Repeat(s[:1], len(s))
		}
		return strings.Repeat(" ", len(s))
	})
	return strings.Map(func(r rune) rune {
		if referenceSpace(r) {
			return ' '
		}
		return r
	}, b)
}

var (
	word          = regexp.MustCompile(`[A-Za-z_][A-Za-z0-9_$]*`)
	procedureName = regexp.MustCompile(`^\s*([A-Za-z_][A-Za-z0-9_$]*(?:\s*\.\s*[A-Za-z_][A-Za-z0-9_$]*)*)`)
	unbounded     = []*regexp.Regexp{
		regexp.MustCompile(`-\s*\[[\w:|&!%\s` + "`" + `]*\*\s*(?:[\d_]+\s*)?\.\.\s*\]`),          // -[*..]-, -[:R*2..]-
		regexp.MustCompile(`-\s*\[[\w:|&!%\s` + "`" + `]*\*\s*\]`),                               // -[*]-
		regexp.MustCompile(`-\s*\[[^\[\]{}()]*\]\s*-\s*>?\s*[+*]`),                               // -[:R]->+
		regexp.MustCompile(`[)<]\s*-\s*-\s*>?\s*[+*]`),                                           // (a)-->+
		regexp.MustCompile(`(?:-\s*\[[^\[\]{}()]*\]\s*-|[)<]\s*-\s*-)\s*>?\s*\{\s*\d*\s*,\s*\}`), // -[]->{1,}
	}
	forbidden = map[string]bool{}
)

func init() {
	for _, w := range strings.Fields(`CREATE MERGE SET DELETE DETACH NODETACH REMOVE FOREACH INSERT
		LOAD USE PROFILE EXPLAIN CYPHER TRANSACTIONS PERIODIC
		SHOW GRANT DENY REVOKE TERMINATE DROP ALTER RENAME DEALLOCATE REALLOCATE`) {
		forbidden[w] = true
	}
}

// referenceSpace is what the reference reader skips between words.
func referenceSpace(r rune) bool {
	return strings.ContainsRune(" \t\n\v\f\r\u001c\u001d\u001e\u001f\u00a0\u1680\u2028\u2029\u202f\u205f\u3000", r) || r >= 0x2000 && r <= 0x200a
}

// violation returns what the reference reader finds wrong with a query the guard
// accepted, or "".
func violation(q string) string {
	// An odd run of backslashes before 'u' ends in an escape: the char stream pairs them.
	for i := strings.Index(q, "u"); i >= 0; {
		run := 0
		for j := i - 1; j >= 0 && q[j] == '\\'; j-- {
			run++
		}
		if run%2 == 1 {
			return "a \\u escape"
		}
		k := strings.Index(q[i+1:], "u")
		if k < 0 {
			break
		}
		i += 1 + k
	}
	b := blank(q)
	if i := strings.Index(b, ";"); i >= 0 && strings.TrimFunc(b[i+1:], referenceSpace) != "" {
		return "a ';' followed by more"
	}
	for _, loc := range word.FindAllStringIndex(b, -1) {
		before := strings.TrimRightFunc(b[:loc[0]], referenceSpace)
		if before != "" && strings.ContainsAny(before[len(before)-1:], ".$:") {
			continue
		}
		w := strings.ToUpper(b[loc[0]:loc[1]])
		if forbidden[w] {
			return "the keyword " + w
		}
		if w == "CALL" {
			rest := b[loc[1]:]
			after := strings.TrimLeftFunc(rest, referenceSpace)
			if after == "" || after[0] == '{' || after[0] == '(' {
				continue
			}
			if m := procedureName.FindStringSubmatch(rest); m != nil {
				if strings.HasPrefix(strings.TrimLeft(rest[len(m[0]):], " "), ".") {
					continue // the name goes on with a backtick part
				}
				name := strings.Join(strings.Fields(m[1]), "")
				if !allowedProcedures[name] {
					return "a CALL of " + name
				}
			}
		}
	}
	for _, re := range unbounded {
		if m := re.FindString(b); m != "" {
			return "an unbounded path " + m
		}
	}
	return ""
}

func TestViolation(t *testing.T) {
	// The reference reader must see what it is meant to see, or the fuzz test proves
	// nothing.
	bad := []string{
		"MATCH (n) DELETE n", "RETURN 1; RETURN 2", "CALL dbms.killQuery('x')", "CALL apoc . cypher . run('x')",
		`RETURN '\u0027'`, `RETURN '\\\u0027'`, "MATCH (a)-[*]->(b)", "MATCH (a)-[:R*2..]->(b)", "MATCH (a)-[]->+(b)",
		"MATCH (a)-->{1,}(b)", "MATCH (a)<--*(b)", "match (n) /* c */ detach delete n", "MATCH (n) // c\rDELETE n",
		"MATCH (a)-[:`R`*]->(b)", "CALL db.\u001dcreateLabel('x')", "MATCH (n)\u00a0DELETE n",
	}
	for _, q := range bad {
		if violation(q) == "" {
			t.Errorf("violation(%q) found nothing", q)
		}
	}
	for _, q := range allowedQueries {
		if v := violation(q); v != "" {
			t.Errorf("violation(%q) = %s for a query the guard allows", short(q), v)
		}
	}
}

// seeds are the files in testdata/seeds, one query each, plus the tables of the unit
// tests.
func seeds(t testing.TB) []string {
	files, err := filepath.Glob(filepath.Join("testdata", "seeds", "*.cypher"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no seeds in testdata/seeds")
	}
	var out []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, string(b))
	}
	out = append(out, allowedQueries...)
	for _, tc := range hostileQueries {
		out = append(out, tc.query)
	}
	return out
}

func FuzzGuard(f *testing.F) {
	for _, s := range seeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, q string) {
		err := Check(q, Options{})
		if err != nil {
			var r *Refusal
			if !errors.As(err, &r) || r.Reason == "" {
				t.Fatalf("Check(%q) = %v, want a *Refusal with a reason", q, err)
			}
			if again := Check(q, Options{}); again.Error() != err.Error() {
				t.Fatalf("Check(%q) is not deterministic: %v, then %v", q, err, again)
			}
			return
		}
		if v := violation(q); v != "" {
			t.Fatalf("Check accepted %q, but the reference reader finds %s", q, v)
		}
	})
}
