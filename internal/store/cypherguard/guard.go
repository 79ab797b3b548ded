// Package cypherguard is a lexical guard for ad-hoc, read-only Cypher.
//
// Check reads a query the way Neo4j 5's Cypher lexer does (comments, string literals
// and backtick-quoted names cannot hide or fake a keyword) and refuses, before the query
// reaches the server, every construct an analyst's read-only query has no business
// using:
//
//   - more than one statement: a ';' followed by anything but whitespace or comments;
//   - PROFILE, EXPLAIN (the caller adds its own) and query options (CYPHER ...);
//   - write clauses: CREATE, MERGE, SET, DELETE, DETACH, NODETACH, REMOVE, FOREACH, INSERT
//     (defence in depth: the caller also classifies the query with EXPLAIN);
//   - CALL { ... } IN TRANSACTIONS, USING PERIODIC COMMIT, LOAD CSV, and USE (switching
//     to another database such as system);
//   - administration commands: SHOW, GRANT, DENY, REVOKE, TERMINATE, DROP, ALTER, RENAME,
//     DEALLOCATE, REALLOCATE anywhere, and START, STOP, ENABLE, DRYRUN at the start;
//   - procedures outside a small allow-list (AllowedProcedures), and namespaced functions
//     outside theirs (AllowedFunctions): dbms.*, apoc.*, db.create*, and anything unknown.
//     CALL { ... } and CALL (x) { ... } are subqueries and fine; built-in functions
//     without a namespace (count, toUpper, ...) are fine;
//   - variable-length relationships without an upper bound (*, *2.., *..) or with one
//     above Options.MaxVarLength, and quantified path patterns without a bound or above
//     it ({1,}, +, *, {2,99}); shortestPath and allShortestPaths follow the same rule.
//     A quantified group counts its relationships: ((a)-->()-->(b)){3} is 6 hops;
//   - \uXXXX escapes anywhere: Neo4j decodes them before it lexes the query, so
//     \u0044ELETE is DELETE and '\u0027' closes a string;
//   - characters the guard cannot read with certainty outside string literals, comments
//     and backtick names: non-ASCII characters (Unicode spaces aside: quote non-ASCII
//     names with backticks), control characters and backslashes; unterminated strings,
//     comments and names; unbalanced brackets.
//
// Keywords count wherever they are unquoted names, except right after '.', '$' or ':'
// (a property key n.set, a parameter $delete, a label :Create), where Cypher never
// starts a clause. So a variable called `set` must be quoted. The guard is lexical: it
// never proves a query correct or read-only; Neo4j still parses it and the caller still
// classifies it with EXPLAIN and runs it in a read transaction.
package cypherguard

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Refusal says why a query may not run. Reason names the construct and, for lexical
// refusals, its line and column.
type Refusal struct {
	Reason string
}

func (r *Refusal) Error() string { return "query refused: " + r.Reason }

// Defaults of Options.
const (
	DefaultMaxVarLength  = 6
	DefaultMaxQueryBytes = 64 << 10
)

// Options tune Check; zero values take the defaults.
type Options struct {
	// MaxVarLength caps the hops of a variable-length relationship or a quantified path
	// pattern.
	MaxVarLength int
	// MaxQueryBytes caps the length of the query text.
	MaxQueryBytes int
}

// allowedProcedures may be called with CALL; Neo4j matches procedure names exactly.
var allowedProcedures = map[string]bool{
	"db.labels":                            true,
	"db.relationshipTypes":                 true,
	"db.propertyKeys":                      true,
	"db.index.fulltext.queryNodes":         true,
	"db.index.fulltext.queryRelationships": true,
	"db.schema.visualization":              true,
	"db.schema.nodeTypeProperties":         true,
	"db.schema.relTypeProperties":          true,
}

// allowedFunctions are the namespaced functions a query may call, in lower case (Neo4j
// matches built-in function names without regard to case). Functions without a
// namespace are built in (Neo4j refuses user-defined functions in the root namespace)
// and always allowed.
var allowedFunctions = map[string]bool{}

func init() {
	for _, ns := range []string{"date", "datetime", "localdatetime", "localtime", "time"} {
		for _, f := range []string{"truncate", "realtime", "statement", "transaction"} {
			allowedFunctions[ns+"."+f] = true
		}
	}
	for _, f := range []string{"datetime.fromepoch", "datetime.fromepochmillis",
		"duration.between", "duration.inmonths", "duration.indays", "duration.inseconds",
		"point.distance", "point.withinbbox",
		"vector.similarity.cosine", "vector.similarity.euclidean"} {
		allowedFunctions[f] = true
	}
}

// AllowedProcedures lists the procedures a query may CALL, sorted.
func AllowedProcedures() []string { return sortedKeys(allowedProcedures) }

// AllowedFunctions lists the namespaced functions a query may call, in lower case, sorted.
func AllowedFunctions() []string { return sortedKeys(allowedFunctions) }

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

var (
	writeClauses = set("CREATE", "MERGE", "SET", "DELETE", "DETACH", "NODETACH", "REMOVE", "FOREACH", "INSERT")
	// adminAnywhere start administration commands and mean nothing else in a read query.
	adminAnywhere = set("SHOW", "GRANT", "DENY", "REVOKE", "TERMINATE", "DROP", "ALTER", "RENAME", "DEALLOCATE", "REALLOCATE")
	// adminAtStart start administration commands but are common variable names (start).
	adminAtStart = set("START", "STOP", "ENABLE", "DRYRUN")
)

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// upper upper-cases ASCII letters only, as Cypher's case-insensitive keywords do.
func upper(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'a' <= c && c <= 'z' {
			b[i] = c - 'a' + 'A'
		}
	}
	return string(b)
}

// Check returns nil when the query may go on to Neo4j, and a *Refusal naming the first
// construct that may not.
func Check(query string, opt Options) error {
	if r := check(query, opt); r != nil {
		return r
	}
	return nil
}

func check(q string, opt Options) *Refusal {
	if opt.MaxVarLength <= 0 {
		opt.MaxVarLength = DefaultMaxVarLength
	}
	if opt.MaxQueryBytes <= 0 {
		opt.MaxQueryBytes = DefaultMaxQueryBytes
	}
	if len(q) > opt.MaxQueryBytes {
		return &Refusal{Reason: fmt.Sprintf("the query is %d bytes long, more than the maximum of %d", len(q), opt.MaxQueryBytes)}
	}
	if !utf8.ValidString(q) {
		return &Refusal{Reason: "the query is not valid UTF-8"}
	}
	if i := unicodeEscape(q); i >= 0 {
		return refuse(q, i, `unicode escapes (\uXXXX) are not allowed: Neo4j decodes them before it reads the query, so they can hide keywords and quotes; write the character itself`)
	}
	toks, r := lex(q)
	if r != nil {
		return r
	}
	c := &checker{q: q, toks: toks, max: opt.MaxVarLength}
	if r := c.brackets(); r != nil {
		return r
	}
	for i, t := range toks {
		if t.is(";") && i != len(toks)-1 {
			return refuse(q, t.off, "multiple statements are not allowed: nothing may follow ';'")
		}
	}
	if n := len(toks); n > 0 && toks[n-1].is(";") {
		c.toks = toks[:n-1]
	}
	if len(c.toks) == 0 {
		return &Refusal{Reason: "the query is empty"}
	}
	return c.walk()
}

type checker struct {
	q     string
	toks  []token
	match []int // index of the matching bracket, or -1
	max   int
	rels  map[int]int // relationships in a parenthesised group, by its '('
}

func (c *checker) tok(i int) token {
	if i < 0 || i >= len(c.toks) {
		return token{}
	}
	return c.toks[i]
}

func (c *checker) refuse(i int, format string, args ...any) *Refusal {
	return refuse(c.q, c.tok(i).off, format, args...)
}

// brackets pairs (), [] and {} and refuses a query where they do not balance.
func (c *checker) brackets() *Refusal {
	c.match = make([]int, len(c.toks))
	var stack []int
	closer := map[string]string{"(": ")", "[": "]", "{": "}"}
	for i, t := range c.toks {
		c.match[i] = -1
		if t.kind != kPunct {
			continue
		}
		switch t.text {
		case "(", "[", "{":
			stack = append(stack, i)
		case ")", "]", "}":
			if len(stack) == 0 || closer[c.toks[stack[len(stack)-1]].text] != t.text {
				return c.refuse(i, "unbalanced brackets: unexpected '%s'", t.text)
			}
			open := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			c.match[i], c.match[open] = open, i
		}
	}
	if len(stack) > 0 {
		open := stack[len(stack)-1]
		return c.refuse(open, "unbalanced brackets: '%s' is never closed", c.toks[open].text)
	}
	return nil
}

// walk checks the tokens from left to right, so the first offending construct is named.
func (c *checker) walk() *Refusal {
	for i, t := range c.toks {
		if t.kind == kName && !c.exempt(i) {
			if r := c.keyword(i, upper(t.text)); r != nil {
				return r
			}
		}
		if (t.kind == kName || t.kind == kQuoted) && !c.tok(i-1).is(".") && !c.isCallName(i) {
			if r := c.function(i); r != nil {
				return r
			}
		}
		if c.isRelDetailOpen(i) {
			if r := c.varLength(i); r != nil {
				return r
			}
		}
		if r := c.quantifier(i); r != nil {
			return r
		}
	}
	return nil
}

func (c *checker) keyword(i int, kw string) *Refusal {
	switch {
	case writeClauses[kw]:
		return c.refuse(i, "the write clause %s is not allowed: ad-hoc queries are read-only", kw)
	case kw == "LOAD":
		return c.refuse(i, "LOAD CSV is not allowed: ad-hoc queries may not read files or URLs")
	case kw == "USE":
		return c.refuse(i, "USE is not allowed: ad-hoc queries run against the configured database only")
	case kw == "PROFILE":
		return c.refuse(i, "PROFILE is not allowed")
	case kw == "EXPLAIN":
		return c.refuse(i, "EXPLAIN is not allowed: the server explains every query itself")
	case kw == "CYPHER":
		return c.refuse(i, "query options (CYPHER ...) are not allowed")
	case kw == "TRANSACTIONS":
		return c.refuse(i, "CALL { ... } IN TRANSACTIONS is not allowed")
	case kw == "PERIODIC":
		return c.refuse(i, "USING PERIODIC COMMIT is not allowed")
	case adminAnywhere[kw], adminAtStart[kw] && i == 0:
		return c.refuse(i, "the administration command %s is not allowed", kw)
	case kw == "CALL":
		return c.call(i)
	}
	return nil
}

// call checks what follows CALL: a subquery, or a procedure from the allow-list.
func (c *checker) call(i int) *Refusal {
	next := c.tok(i + 1)
	switch {
	case next.is("{"), next.is("("):
		return nil // CALL { ... } or CALL (x) { ... }: a subquery
	case next.kind == kName || next.kind == kQuoted:
		name, display, _ := c.dottedName(i + 1)
		if !allowedProcedures[name] {
			return c.refuse(i+1, "the procedure %s is not allowed; allowed procedures: %s", display, strings.Join(AllowedProcedures(), ", "))
		}
		return nil
	}
	return c.refuse(i, "CALL must be followed by a subquery { ... } or an allowed procedure")
}

// exempt reports whether the name at i follows '.', '$', ':' or '::', where it is a
// property key, a namespace part, a parameter, a label or a type, never a keyword.
func (c *checker) exempt(i int) bool {
	p := c.tok(i - 1)
	return p.is(".") || p.is("$") || p.is(":") || p.is("::")
}

// isCallName reports whether the name at i is the procedure name of a CALL.
func (c *checker) isCallName(i int) bool {
	p := c.tok(i - 1)
	return p.kind == kName && upper(p.text) == "CALL" && !c.exempt(i-1)
}

// dottedName reads a name of dot-separated parts (names or backtick names) starting at
// i. It returns the name as Neo4j resolves it ("" when a part itself holds a dot, which
// no allowed name has), the name for messages, and the index of the token after it.
func (c *checker) dottedName(i int) (name, display string, next int) {
	var parts, shown []string
	j := i
	for {
		t := c.tok(j)
		parts = append(parts, t.text)
		if t.kind == kQuoted && !plainName(t.text) {
			shown = append(shown, "`"+strings.ReplaceAll(t.text, "`", "``")+"`")
		} else {
			shown = append(shown, t.text)
		}
		if !c.tok(j+1).is(".") || c.tok(j+2).kind != kName && c.tok(j+2).kind != kQuoted {
			break
		}
		j += 2
	}
	name = strings.Join(parts, ".")
	for _, p := range parts {
		if strings.Contains(p, ".") {
			name = ""
		}
	}
	return name, strings.Join(shown, "."), j + 1
}

// plainName reports whether s would read as one unquoted name.
func plainName(s string) bool {
	if s == "" || !isLetter(s[0]) {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isPart(s[i]) {
			return false
		}
	}
	return true
}

// function checks a namespaced function call: a dotted name followed by '('.
func (c *checker) function(i int) *Refusal {
	name, display, j := c.dottedName(i)
	if !c.tok(j).is("(") || j == i+1 && !strings.Contains(c.tok(i).text, ".") {
		return nil // not a call, or a built-in function without a namespace
	}
	if !allowedFunctions[strings.ToLower(name)] {
		return c.refuse(i, "the function %s is not allowed: only built-in functions may be called", display)
	}
	return nil
}

// isRelDetailOpen reports whether the token at i opens the [...] of a relationship
// pattern: a '[' right after '-'.
func (c *checker) isRelDetailOpen(i int) bool {
	return c.tok(i).is("[") && c.tok(i-1).is("-")
}

// isRelDash reports whether the '-' at i is the second arrow line of a relationship
// pattern: after the ']' of its details, or the second '-' of "(a)--" or "<--".
func (c *checker) isRelDash(i int) bool {
	if !c.tok(i).is("-") {
		return false
	}
	p := c.tok(i - 1)
	if p.is("]") {
		return c.isRelDetailOpen(c.match[i-1])
	}
	return p.is("-") && (c.tok(i-2).is(")") || c.tok(i-2).is("<"))
}

// isRelEnd reports whether the token at i is the last one of a relationship pattern.
func (c *checker) isRelEnd(i int) bool {
	if c.isRelDash(i) {
		return !c.tok(i + 1).is(">")
	}
	return c.tok(i).is(">") && c.isRelDash(i-1)
}

// varLength checks the length of the relationship pattern whose details open at i.
// The length (*, *n, *n.., *..m, *n..m) comes before the properties and WHERE.
func (c *checker) varLength(open int) *Refusal {
	end := c.match[open]
	for j := open + 1; j < end; j++ {
		t := c.toks[j]
		if t.is("{") || t.is("$") || t.kind == kName && upper(t.text) == "WHERE" {
			return nil
		}
		if t.is("(") || t.is("[") {
			j = c.match[j]
			continue
		}
		if !t.is("*") {
			continue
		}
		upperBound, bounded, k := c.rangeAfter(j + 1)
		text := c.q[t.off:c.tok(k-1).end]
		if !bounded {
			return c.refuse(j, "the variable-length relationship %s has no upper bound: give one of at most %d, e.g. *1..%d", text, c.max, c.max)
		}
		if upperBound > c.max {
			return c.refuse(j, "the variable-length relationship %s allows %s hops, more than the maximum of %d", text, hops(upperBound), c.max)
		}
	}
	return nil
}

// rangeAfter reads the bounds after a '*' of a relationship pattern: it returns the upper
// bound, whether there is one, and the index of the first token after the range.
func (c *checker) rangeAfter(k int) (int, bool, int) {
	if n, ok := c.number(k); ok {
		k++
		if !c.tok(k).is("..") {
			return n, true, k // *n: exactly n
		}
		k++
	} else if c.tok(k).is("..") {
		k++
	} else {
		return 0, false, k // *
	}
	if n, ok := c.number(k); ok {
		return n, true, k + 1
	}
	return 0, false, k
}

// number reads a decimal integer token (digits, optionally separated by underscores); a
// value too large for int is math.MaxInt.
func (c *checker) number(i int) (int, bool) {
	t := c.tok(i)
	if t.kind != kNumber {
		return 0, false
	}
	n, err := strconv.ParseUint(strings.ReplaceAll(t.text, "_", ""), 10, 64)
	if err != nil || n > math.MaxInt {
		return math.MaxInt, true
	}
	return int(n), true
}

func hops(n int) string {
	if n == math.MaxInt {
		return "more than " + strconv.Itoa(math.MaxInt)
	}
	return strconv.Itoa(n)
}

// quantifier checks a quantifier (+, *, {n}, {n,m}, {n,}, {,m}) after the token at i,
// when that token ends a relationship pattern or a parenthesised path pattern.
func (c *checker) quantifier(i int) *Refusal {
	q := i + 1
	if next := c.tok(q); !next.is("+") && !next.is("*") && !next.is("{") {
		return nil
	}
	rels := 0
	switch {
	case c.isRelEnd(i):
		rels = 1
	case c.tok(i).is(")"):
		rels = c.groupRels(c.match[i], i)
	}
	if rels == 0 {
		return nil
	}
	var (
		bound   int
		bounded bool
		text    string
	)
	switch t := c.tok(q); {
	case t.is("+"), t.is("*"):
		text = t.text
	case t.is("{"):
		var ok bool
		bound, bounded, ok = c.braceQuantifier(q)
		text = c.q[t.off:c.toks[c.match[q]].end]
		if !ok {
			// Only a quantifier may follow a relationship or a path group here.
			return c.refuse(q, "the quantifier %s is not one of {n}, {n,m}, {,m} with decimal numbers", text)
		}
	default:
		return nil
	}
	if !bounded {
		return c.refuse(q, "the quantified path pattern %s has no upper bound: give one, e.g. {1,%d}", text, c.max)
	}
	if bound > c.max/rels {
		total := math.MaxInt
		if bound <= math.MaxInt/rels {
			total = bound * rels
		}
		what := "1 relationship"
		if rels > 1 {
			what = strconv.Itoa(rels) + " relationships"
		}
		return c.refuse(q, "the quantified path pattern %s allows %s hops (%s repetitions of %s), more than the maximum of %d",
			text, hops(total), hops(bound), what, c.max)
	}
	return nil
}

// groupRels counts the relationship patterns inside the parentheses open..close,
// including those of nested parenthesised groups but not those in maps, subqueries
// ({...}) or lists and comprehensions ([...]); a group with none is not a path pattern.
// Counts are remembered, so nested groups cost linear time in all.
func (c *checker) groupRels(open, close int) int {
	if c.rels == nil {
		c.rels = make(map[int]int)
	}
	if n, ok := c.rels[open]; ok {
		return n
	}
	n := 0
	for j := open + 1; j < close; j++ {
		if c.isRelEnd(j) {
			n++
		}
		switch t := c.toks[j]; {
		case t.is("("):
			n += c.groupRels(j, c.match[j])
			j = c.match[j]
		case t.is("["), t.is("{"):
			j = c.match[j] // a relationship's details end at the '-' after them
		}
	}
	c.rels[open] = n
	return n
}

// braceQuantifier reads {n}, {n,m}, {n,} or {,m} at the '{' at i.
func (c *checker) braceQuantifier(i int) (bound int, bounded, ok bool) {
	end := c.match[i]
	inner := c.toks[i+1 : end]
	switch {
	case len(inner) == 1 && inner[0].kind == kNumber:
		n, _ := c.number(i + 1)
		return n, true, true
	case len(inner) == 1 && inner[0].is(","):
		return 0, false, true
	case len(inner) == 2 && inner[0].kind == kNumber && inner[1].is(","):
		return 0, false, true
	case len(inner) == 2 && inner[0].is(",") && inner[1].kind == kNumber:
		n, _ := c.number(i + 2)
		return n, true, true
	case len(inner) == 3 && inner[0].kind == kNumber && inner[1].is(",") && inner[2].kind == kNumber:
		n, _ := c.number(i + 3)
		return n, true, true
	}
	return 0, false, false
}
