package cypherguard

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// reason runs Check and returns the refusal's reason, or "" when the query is accepted.
func reason(t *testing.T, q string, opt Options) string {
	t.Helper()
	err := Check(q, opt)
	if err == nil {
		return ""
	}
	var r *Refusal
	if !errors.As(err, &r) {
		t.Fatalf("Check(%q) returned %T %v, want a *Refusal", q, err, err)
	}
	if r.Reason == "" {
		t.Fatalf("Check(%q) returned a Refusal without a reason", q)
	}
	return r.Reason
}

// short keeps failure messages readable.
func short(q string) string {
	if len(q) > 120 {
		return q[:120] + "..."
	}
	return q
}

// allowedQueries are read-only queries the guard must let through.
var allowedQueries = []string{
	`MATCH (n) RETURN n`,
	`MATCH (c:City {id: 'city:cn:shenyang'})-[:PARTNER_OF]-(p:City) RETURN p.name ORDER BY p.name LIMIT 10`,
	`OPTIONAL MATCH (a:Person)-[r:HOLDS_POSITION]->(o) WITH a, collect(o.name) AS orgs WHERE size(orgs) > 1 RETURN a.name, orgs`,
	`UNWIND range(1, 10) AS i RETURN i * 2 AS double ORDER BY double DESC SKIP 2 LIMIT 3`,
	`MATCH (n) RETURN count(*)`,
	`MATCH (n) WITH * RETURN *`,
	`MATCH (a:City) RETURN a.name AS n UNION MATCH (b:Region) RETURN b.name AS n`,
	`RETURN CASE WHEN 1 < 2 THEN 'a' ELSE 'b' END AS x`,
	// Subqueries, which CALL also introduces.
	`CALL { MATCH (n:City) RETURN n LIMIT 1 } RETURN n`,
	`MATCH (c:City) CALL (c) { MATCH (c)-[:IN_COUNTRY]->(k) RETURN k } RETURN c, k`,
	`MATCH (c:City) CALL (*) { RETURN 1 AS one } RETURN c, one`,
	`OPTIONAL CALL { MATCH (x) RETURN x } RETURN x`,
	`MATCH (c:City) WHERE EXISTS { (c)-[:PARTNER_OF]-(:City) } RETURN c`,
	`MATCH (c:City) RETURN c.name, COUNT { (c)-[:PARTNER_OF]-() } AS partners, COLLECT { MATCH (c)--(x) RETURN x.id } AS ids`,
	// Allowed procedures.
	`CALL db.labels()`,
	`CALL db.labels() YIELD label RETURN label ORDER BY label`,
	`CALL db.relationshipTypes`,
	`CALL db.propertyKeys() YIELD propertyKey RETURN propertyKey`,
	`CALL db.index.fulltext.queryNodes('entityNames', 'shenyang') YIELD node, score RETURN node.id, score`,
	`CALL db.schema.visualization()`,
	"CALL `db`.`labels`()",
	"CALL db . /* spaced */ labels()",
	// Built-in functions, namespaced ones in any case.
	`RETURN date.truncate('month', date()) AS m, duration.between(date('2020-01-01'), date()) AS d, point.distance(point({x: 0, y: 0}), point({x: 3, y: 4})) AS dist, toUpper('a') AS u, DATE.TRUNCATE('day', date()) AS t`,
	`RETURN datetime.fromEpochMillis(0) AS e, vector.similarity.cosine([1, 0], [0, 1]) AS s`,
	// Bounded variable-length relationships and quantified path patterns.
	`MATCH (a)-[*1..3]->(b) RETURN b`,
	`MATCH (a)-[:PARTNER_OF*..6]-(b) RETURN b`,
	`MATCH (a)-[r:PARTNER_OF*2]-(b) RETURN b`,
	`MATCH (a)-[r:PARTNER_OF * 0 .. 6 {since: 2001}]->(b) RETURN b`,
	`MATCH (a)-[r WHERE r.weight * 100 > 5]->(b) RETURN b`,
	`MATCH (a)-[r:R|S*1..2]-(b) RETURN b`,
	`MATCH (a)-[r:(R|S)&!T *1..2]-(b) RETURN b`,
	`MATCH p = shortestPath((a:City {id: $from})-[*..6]-(b:City {id: $to})) RETURN p`,
	`MATCH p = allShortestPaths((a)-[:PARTNER_OF*1..4]-(b)) RETURN p`,
	`MATCH ((a)-[:PARTNER_OF]->(b)){1,3} RETURN a`,
	`MATCH (a)-[:R]->{1,6}(b) RETURN b`,
	`MATCH (a)-[:R]->{2}(b) RETURN b`,
	`MATCH (a)<-[:R]-{,4}(b) RETURN b`,
	`MATCH (a)-->{1,6}(b) RETURN b`,
	`MATCH (a)(()-[:R]->()-[:S]->()){1,3}(b) RETURN b`,
	`MATCH SHORTEST 1 (a)-[:R]-{1,5}(b) RETURN b`,
	// Arithmetic next to brackets is not a quantifier.
	`WITH [1, 2, 3] AS l RETURN (l[0] - 1) * 2 AS x, (1 + 2) * 3 AS y, size(l) + 1 AS z, COUNT { MATCH (a)-->(b) } * 2 AS w`,
	`WITH 5 AS x RETURN (x) * 2 AS y, (x) + 1 AS z`,
	`MATCH (a) RETURN (COUNT { (a)-->(b) }) * 2 AS x, (size([(a)-->(b) | b])) + 1 AS y, ((1 + 2)) * 3 AS z`,
	`MATCH ((a WHERE EXISTS { (a)-->()-->() })-[:R]->(b)){1,6} RETURN b`,
	// Keywords inside strings.
	`RETURN 'CREATE (n) ; DELETE n' AS s`,
	`RETURN "LOAD CSV FROM 'file:///etc/passwd'" AS s`,
	`RETURN 'it\'s; DROP DATABASE neo4j' AS s`,
	`RETURN "a\"; MATCH (n) DETACH DELETE n //" AS s`,
	`RETURN '\\' AS backslash, 'C:\\users' AS path`,
	`RETURN '/* not a comment' AS a, "*/ nor this" AS b, '//' AS c`,
	// Keywords inside comments.
	"MATCH (n) // DELETE n\nRETURN n",
	"MATCH (n) /* ; CREATE () ; LOAD CSV */ RETURN n",
	"/* PROFILE */ MATCH (n) RETURN n",
	"MATCH (n) RETURN n // trailing ; DELETE n",
	"MATCH (n) RETURN n /* ' */ // \"",
	"MATCH (n) RETURN n /*/ DELETE n */",
	// A trailing semicolon, with whitespace or comments after it.
	"MATCH (n) RETURN n;",
	"MATCH (n) RETURN n; // done",
	"MATCH (n) RETURN n ;  \n\t/* done */ \n",
	// Comments split words: this is not CREATE.
	"MATCH (n) RETURN n.x AS CRE/**/ATE",
	// Names that merely look like keywords.
	`MATCH (n:Create) WHERE n.set = $delete RETURN n.remove, n.merge, n.load, n.use, n.profile`,
	"MATCH (n:`CREATE`) RETURN n.`DELETE` AS `;//`, n.`a``b` AS `DETACH DELETE`",
	`MATCH (n) WHERE n.name STARTS WITH 'S' RETURN n`,
	`MATCH (start:City)-[:PARTNER_OF]->(stop:City) RETURN start, stop`,
	`MATCH (n) WHERE n.x :: STRING RETURN n`,
	`MATCH (n:Set) RETURN n.show`,
	// Non-ASCII text where Cypher allows it, and Unicode spaces.
	"MATCH (c:City {name: '沈阳'}) /* 瀋陽 */ RETURN c.`名前` // 市",
	"MATCH\u00a0(n)\u3000RETURN\u2003n",
	// Other expressions.
	`MATCH (c) RETURN [(c)-[:PARTNER_OF]-(p) | p.name] AS partners`,
	`MATCH (c) RETURN c {.name, .id, partners: size([(c)--() | 1])} AS m`,
	`MATCH (n:City|Region) WHERE n:!Source AND n:City&Entity RETURN n`,
	`RETURN 1e3 AS x, 0x1F AS h, 1_000 AS t, .5 AS f, 1.5 AS g`,
	"MATCH (n)\r\nRETURN n\r\n// comment\r\n",
}

func TestCheckAllows(t *testing.T) {
	for _, q := range allowedQueries {
		if diff := cmp.Diff("", reason(t, q, Options{})); diff != "" {
			t.Errorf("Check(%q) refused a read query (-want +got):\n%s", short(q), diff)
		}
	}
}

// hostileQueries are refused, each with the reason given.
var hostileQueries = []struct{ query, reason string }{
	// Writes, however they are spelled.
	{`MATCH (n) DELETE n`, "the write clause DELETE is not allowed: ad-hoc queries are read-only (line 1, column 11)"},
	{`match (n) detach delete n`, "the write clause DETACH is not allowed: ad-hoc queries are read-only (line 1, column 11)"},
	{`MaTcH (n) SeT n.x = 1`, "the write clause SET is not allowed: ad-hoc queries are read-only (line 1, column 11)"},
	{`MATCH (n) /* x */ DELETE n`, "the write clause DELETE is not allowed: ad-hoc queries are read-only (line 1, column 19)"},
	{"MATCH (n)/**/DELETE/**/n", "the write clause DELETE is not allowed: ad-hoc queries are read-only (line 1, column 14)"},
	{"MATCH (n)\u00a0DELETE n", "the write clause DELETE is not allowed: ad-hoc queries are read-only (line 1, column 11)"},
	{"MATCH (n) RETURN n // a comment ends at a carriage return\rDELETE n", "the write clause DELETE is not allowed: ad-hoc queries are read-only (line 2, column 1)"},
	{`RETURN '\\' DELETE n //'`, "the write clause DELETE is not allowed: ad-hoc queries are read-only (line 1, column 13)"},
	{`RETURN "/*" DELETE n "*/"`, "the write clause DELETE is not allowed: ad-hoc queries are read-only (line 1, column 13)"},
	{"RETURN `//` DELETE n", "the write clause DELETE is not allowed: ad-hoc queries are read-only (line 1, column 13)"},
	{`MATCH (n) NODETACH DELETE n`, "the write clause NODETACH is not allowed: ad-hoc queries are read-only (line 1, column 11)"},
	{`CREATE (n:X)`, "the write clause CREATE is not allowed: ad-hoc queries are read-only (line 1, column 1)"},
	{`MERGE (n:X {id: 1})`, "the write clause MERGE is not allowed: ad-hoc queries are read-only (line 1, column 1)"},
	{`MATCH (n) REMOVE n:City`, "the write clause REMOVE is not allowed: ad-hoc queries are read-only (line 1, column 11)"},
	{`FOREACH (x IN [1] | CREATE ())`, "the write clause FOREACH is not allowed: ad-hoc queries are read-only (line 1, column 1)"},
	{`INSERT (n:X)`, "the write clause INSERT is not allowed: ad-hoc queries are read-only (line 1, column 1)"},
	{`UNWIND [1] AS x CALL { CREATE () }`, "the write clause CREATE is not allowed: ad-hoc queries are read-only (line 1, column 24)"},
	{`CALL { CREATE () } IN TRANSACTIONS`, "the write clause CREATE is not allowed: ad-hoc queries are read-only (line 1, column 8)"},
	{`MATCH (n) RETURN n AS set`, "the write clause SET is not allowed: ad-hoc queries are read-only (line 1, column 23)"},
	{`MATCH (n) WITH n.x AS x .. DELETE n`, "the write clause DELETE is not allowed: ad-hoc queries are read-only (line 1, column 28)"},
	// Several statements.
	{`RETURN "it's" ; MATCH (n) DELETE n`, "multiple statements are not allowed: nothing may follow ';' (line 1, column 15)"},
	{`MATCH (n) RETURN n; MATCH (m) RETURN m`, "multiple statements are not allowed: nothing may follow ';' (line 1, column 19)"},
	{`MATCH (n) RETURN n;;`, "multiple statements are not allowed: nothing may follow ';' (line 1, column 19)"},
	{"MATCH (n) RETURN n; /* ok */ DROP INDEX x", "multiple statements are not allowed: nothing may follow ';' (line 1, column 19)"},
	{"MATCH (n) RETURN n; // c\n:use system", "multiple statements are not allowed: nothing may follow ';' (line 1, column 19)"},
	// Transactions of their own.
	{`MATCH (n) CALL (n) { RETURN n AS m } IN TRANSACTIONS OF 10 ROWS RETURN m`, "CALL { ... } IN TRANSACTIONS is not allowed (line 1, column 41)"},
	{`CALL { MATCH (n) RETURN n } IN 2 CONCURRENT TRANSACTIONS RETURN n`, "CALL { ... } IN TRANSACTIONS is not allowed (line 1, column 45)"},
	{`USING PERIODIC COMMIT LOAD CSV FROM 'x' AS l RETURN l`, "USING PERIODIC COMMIT is not allowed (line 1, column 7)"},
	// Procedures and functions.
	{`CALL apoc.cypher.runWrite('CREATE ()', {})`, "the procedure apoc.cypher.runWrite is not allowed; allowed procedures: " + strings.Join(AllowedProcedures(), ", ") + " (line 1, column 6)"},
	{`CALL dbms.killQuery('query-1')`, "the procedure dbms.killQuery is not allowed; allowed procedures: " + strings.Join(AllowedProcedures(), ", ") + " (line 1, column 6)"},
	{`call db.createLabel('X')`, "the procedure db.createLabel is not allowed; allowed procedures: " + strings.Join(AllowedProcedures(), ", ") + " (line 1, column 6)"},
	{"CALL `apoc`.`cypher`.`runWrite`('CREATE ()', {})", "the procedure apoc.cypher.runWrite is not allowed; allowed procedures: " + strings.Join(AllowedProcedures(), ", ") + " (line 1, column 6)"},
	{"CALL `db.labels`()", "the procedure `db.labels` is not allowed; allowed procedures: " + strings.Join(AllowedProcedures(), ", ") + " (line 1, column 6)"},
	{`MATCH (n) OPTIONAL CALL dbms.components() YIELD name RETURN name`, "the procedure dbms.components is not allowed; allowed procedures: " + strings.Join(AllowedProcedures(), ", ") + " (line 1, column 25)"},
	{`CALL { CALL apoc.periodic.iterate('MATCH (n) RETURN n', 'DELETE n', {}) YIELD batches RETURN batches } RETURN batches`, "the procedure apoc.periodic.iterate is not allowed; allowed procedures: " + strings.Join(AllowedProcedures(), ", ") + " (line 1, column 13)"},
	{`CALL DB.LABELS()`, "the procedure DB.LABELS is not allowed; allowed procedures: " + strings.Join(AllowedProcedures(), ", ") + " (line 1, column 6)"},
	{"CALL `db.labels`.x()", "the procedure `db.labels`.x is not allowed; allowed procedures: " + strings.Join(AllowedProcedures(), ", ") + " (line 1, column 6)"},
	{"RETURN `date.truncate`('day', date())", "the function `date.truncate` is not allowed: only built-in functions may be called (line 1, column 8)"},
	{`CALL myProcedure()`, "the procedure myProcedure is not allowed; allowed procedures: " + strings.Join(AllowedProcedures(), ", ") + " (line 1, column 6)"},
	{`CALL 'db.labels'`, "CALL must be followed by a subquery { ... } or an allowed procedure (line 1, column 1)"},
	{`MATCH (n) RETURN n CALL`, "CALL must be followed by a subquery { ... } or an allowed procedure (line 1, column 20)"},
	{`RETURN apoc.cypher.runFirstColumnSingle('MATCH (n) RETURN n') AS x`, "the function apoc.cypher.runFirstColumnSingle is not allowed: only built-in functions may be called (line 1, column 8)"},
	{"RETURN `apoc`.cypher.`runFirstColumnMany`('MATCH (n) RETURN n', {}) AS x", "the function apoc.cypher.runFirstColumnMany is not allowed: only built-in functions may be called (line 1, column 8)"},
	{`WITH 1 AS x WHERE apoc.util.validatePredicate(false, 'x', []) RETURN x`, "the function apoc.util.validatePredicate is not allowed: only built-in functions may be called (line 1, column 19)"},
	{`RETURN $call apoc.load.json('file:///etc/passwd')`, "the function apoc.load.json is not allowed: only built-in functions may be called (line 1, column 14)"},
	{`RETURN graph.names() AS g`, "the function graph.names is not allowed: only built-in functions may be called (line 1, column 8)"},
	// Files, URLs, other databases.
	{`LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line`, "LOAD CSV is not allowed: ad-hoc queries may not read files or URLs (line 1, column 1)"},
	{`load /* quiet */ csv with headers from 'https://example.com/x.csv' as l return l`, "LOAD CSV is not allowed: ad-hoc queries may not read files or URLs (line 1, column 1)"},
	{`USE system SHOW USERS`, "USE is not allowed: ad-hoc queries run against the configured database only (line 1, column 1)"},
	{`USE neo4j MATCH (n) RETURN n`, "USE is not allowed: ad-hoc queries run against the configured database only (line 1, column 1)"},
	{`CALL { USE system MATCH (n) RETURN n } RETURN n`, "USE is not allowed: ad-hoc queries run against the configured database only (line 1, column 8)"},
	// Administration.
	{`SHOW USERS`, "the administration command SHOW is not allowed (line 1, column 1)"},
	{`show databases`, "the administration command SHOW is not allowed (line 1, column 1)"},
	{`SHOW TRANSACTIONS YIELD *`, "the administration command SHOW is not allowed (line 1, column 1)"},
	{`SHOW SETTINGS`, "the administration command SHOW is not allowed (line 1, column 1)"},
	{`SHOW PRIVILEGES`, "the administration command SHOW is not allowed (line 1, column 1)"},
	{`SHOW ROLES`, "the administration command SHOW is not allowed (line 1, column 1)"},
	{`SHOW SERVERS`, "the administration command SHOW is not allowed (line 1, column 1)"},
	{`SHOW INDEXES`, "the administration command SHOW is not allowed (line 1, column 1)"},
	{`CREATE USER bob SET PASSWORD 'secret'`, "the write clause CREATE is not allowed: ad-hoc queries are read-only (line 1, column 1)"},
	{`DROP DATABASE neo4j`, "the administration command DROP is not allowed (line 1, column 1)"},
	{`ALTER USER neo4j SET PASSWORD 'x'`, "the administration command ALTER is not allowed (line 1, column 1)"},
	{`GRANT ROLE admin TO bob`, "the administration command GRANT is not allowed (line 1, column 1)"},
	{`DENY READ {*} ON GRAPH * TO reader`, "the administration command DENY is not allowed (line 1, column 1)"},
	{`REVOKE ROLE admin FROM bob`, "the administration command REVOKE is not allowed (line 1, column 1)"},
	{`START DATABASE neo4j`, "the administration command START is not allowed (line 1, column 1)"},
	{`stop database neo4j`, "the administration command STOP is not allowed (line 1, column 1)"},
	{`TERMINATE TRANSACTIONS 'neo4j-transaction-1'`, "the administration command TERMINATE is not allowed (line 1, column 1)"},
	{`RENAME ROLE a TO b`, "the administration command RENAME is not allowed (line 1, column 1)"},
	// Query prefixes.
	{`PROFILE MATCH (n) RETURN n`, "PROFILE is not allowed (line 1, column 1)"},
	{`/* hi */ profile MATCH (n) RETURN n`, "PROFILE is not allowed (line 1, column 10)"},
	{`EXPLAIN MATCH (n) RETURN n`, "EXPLAIN is not allowed: the server explains every query itself (line 1, column 1)"},
	{`CYPHER runtime=slotted MATCH (n) RETURN n`, "query options (CYPHER ...) are not allowed (line 1, column 1)"},
	// Unbounded and long paths.
	{`MATCH (a)-[*]->(b) RETURN b`, "the variable-length relationship * has no upper bound: give one of at most 6, e.g. *1..6 (line 1, column 12)"},
	{`MATCH (a)-[:R*2..]->(b) RETURN b`, "the variable-length relationship *2.. has no upper bound: give one of at most 6, e.g. *1..6 (line 1, column 14)"},
	{`MATCH (a)-[r:(R|S)&!T*]->(b) RETURN b`, "the variable-length relationship * has no upper bound: give one of at most 6, e.g. *1..6 (line 1, column 22)"},
	{`MATCH (a)-[:R*..]->(b) RETURN b`, "the variable-length relationship *.. has no upper bound: give one of at most 6, e.g. *1..6 (line 1, column 14)"},
	{`MATCH (a)-[r:R*1..99 {x: 1}]->(b) RETURN b`, "the variable-length relationship *1..99 allows 99 hops, more than the maximum of 6 (line 1, column 15)"},
	{`MATCH (a)-[*1..1_000]->(b) RETURN b`, "the variable-length relationship *1..1_000 allows 1000 hops, more than the maximum of 6 (line 1, column 12)"},
	{`MATCH (a)-[*7]->(b) RETURN b`, "the variable-length relationship *7 allows 7 hops, more than the maximum of 6 (line 1, column 12)"},
	{`MATCH (a)-[* /* c */ 1 .. 99999999999999999999999]->(b) RETURN b`, "the variable-length relationship * /* c */ 1 .. 99999999999999999999999 allows more than 9223372036854775807 hops, more than the maximum of 6 (line 1, column 12)"},
	{`MATCH p = shortestPath((a)-[*]-(b)) RETURN p`, "the variable-length relationship * has no upper bound: give one of at most 6, e.g. *1..6 (line 1, column 29)"},
	{`MATCH p = allShortestPaths((a)-[:R*1..]-(b)) RETURN p`, "the variable-length relationship *1.. has no upper bound: give one of at most 6, e.g. *1..6 (line 1, column 35)"},
	{`MATCH (a) WHERE EXISTS { (a)-[*]->(:City) } RETURN a`, "the variable-length relationship * has no upper bound: give one of at most 6, e.g. *1..6 (line 1, column 31)"},
	{`MATCH (a)-[]->{1,}(b) RETURN b`, "the quantified path pattern {1,} has no upper bound: give one, e.g. {1,6} (line 1, column 15)"},
	{`MATCH (a)-[]->{,}(b) RETURN b`, "the quantified path pattern {,} has no upper bound: give one, e.g. {1,6} (line 1, column 15)"},
	{`MATCH (a)(()-->()){2,99}(b) RETURN b`, "the quantified path pattern {2,99} allows 99 hops (99 repetitions of 1 relationship), more than the maximum of 6 (line 1, column 19)"},
	{`MATCH (a)-[:R]->+(b) RETURN b`, "the quantified path pattern + has no upper bound: give one, e.g. {1,6} (line 1, column 17)"},
	{`MATCH (a)-->*(b) RETURN b`, "the quantified path pattern * has no upper bound: give one, e.g. {1,6} (line 1, column 13)"},
	{`MATCH (a)--+(b) RETURN b`, "the quantified path pattern + has no upper bound: give one, e.g. {1,6} (line 1, column 12)"},
	{`MATCH (a)((x)-[:R]->(y)-[:S]->(z)){1,4}(b) RETURN b`, "the quantified path pattern {1,4} allows 8 hops (4 repetitions of 2 relationships), more than the maximum of 6 (line 1, column 35)"},
	{`MATCH ((a)-->(b))+ RETURN a`, "the quantified path pattern + has no upper bound: give one, e.g. {1,6} (line 1, column 18)"},
	{`MATCH (a)<-[:R]-{,7}(b) RETURN b`, "the quantified path pattern {,7} allows 7 hops (7 repetitions of 1 relationship), more than the maximum of 6 (line 1, column 17)"},
	{`MATCH (a)-[:R]->{9}(b) RETURN b`, "the quantified path pattern {9} allows 9 hops (9 repetitions of 1 relationship), more than the maximum of 6 (line 1, column 17)"},
	{`MATCH (x)(((a)-->(b)))+(y) RETURN y`, "the quantified path pattern + has no upper bound: give one, e.g. {1,6} (line 1, column 23)"},
	{`MATCH (x)(((a)-->(b)-->(c)) WHERE a.x > 0){4}(y) RETURN y`, "the quantified path pattern {4} allows 8 hops (4 repetitions of 2 relationships), more than the maximum of 6 (line 1, column 43)"},
	{`MATCH (a)-[]-{,""}(b) RETURN b`, `the quantifier {,""} is not one of {n}, {n,m}, {,m} with decimal numbers (line 1, column 14)`},
	{`MATCH (a)-->{1, $max}(b) RETURN b`, "the quantifier {1, $max} is not one of {n}, {n,m}, {,m} with decimal numbers (line 1, column 13)"},
	{`MATCH SHORTEST 1 (a)-[:R]-+(b) RETURN b`, "the quantified path pattern + has no upper bound: give one, e.g. {1,6} (line 1, column 27)"},
	// Escapes and look-alike characters.
	{`MATCH (n) \u0044ELETE n`, `unicode escapes (\uXXXX) are not allowed: Neo4j decodes them before it reads the query, so they can hide keywords and quotes; write the character itself (line 1, column 11)`},
	{`RETURN 'a\u0027 + 1 //' AS x`, `unicode escapes (\uXXXX) are not allowed: Neo4j decodes them before it reads the query, so they can hide keywords and quotes; write the character itself (line 1, column 10)`},
	{`MATCH (n) RETURN n // \u000a DELETE n`, `unicode escapes (\uXXXX) are not allowed: Neo4j decodes them before it reads the query, so they can hide keywords and quotes; write the character itself (line 1, column 23)`},
	{`RETURN '\\\uuu0027'`, `unicode escapes (\uXXXX) are not allowed: Neo4j decodes them before it reads the query, so they can hide keywords and quotes; write the character itself (line 1, column 11)`},
	{"MATCH (n) ＤＥＬＥＴＥ n", "the character U+FF24 ('Ｄ') is not allowed outside string literals, comments and `backtick-quoted` names: write names in ASCII or quote them with backticks (line 1, column 11)"},
	{"MATCH (n) D\u0415LETE n", "the character U+0415 ('Е') is not allowed outside string literals, comments and `backtick-quoted` names: write names in ASCII or quote them with backticks (line 1, column 12)"},
	{"MATCH (n) DEL\u200bETE n", "the character U+200B ('\\u200b') is not allowed outside string literals, comments and `backtick-quoted` names: write names in ASCII or quote them with backticks (line 1, column 14)"},
	{"MATCH (a)\u2014[:R]\u2192(b) RETURN b", "the character U+2014 ('—') is not allowed outside string literals, comments and `backtick-quoted` names: write names in ASCII or quote them with backticks (line 1, column 10)"},
	{"MATCH (n) DEL\x01ETE n", "the control character U+0001 is not allowed outside string literals and comments (line 1, column 14)"},
	{`MATCH (n) RETURN n \ DELETE n`, "a backslash is not allowed outside string literals (line 1, column 20)"},
	// What cannot be read with certainty.
	{`RETURN 'abc`, "unterminated string literal (line 1, column 8)"},
	{`RETURN "abc\"`, "unterminated string literal (line 1, column 8)"},
	{`RETURN 1 /* DELETE n`, "unterminated /* comment (line 1, column 10)"},
	{"RETURN `abc", "unterminated `backtick-quoted` name (line 1, column 8)"},
	{`MATCH (n RETURN n`, "unbalanced brackets: '(' is never closed (line 1, column 7)"},
	{`RETURN ]`, "unbalanced brackets: unexpected ']' (line 1, column 8)"},
	{`RETURN [1, 2)`, "unbalanced brackets: unexpected ')' (line 1, column 13)"},
	{``, "the query is empty"},
	{" ; ", "the query is empty"},
	{"// nothing but a comment", "the query is empty"},
	{"RETURN '\xff'", "the query is not valid UTF-8"},
	{"RETURN '" + strings.Repeat("x", DefaultMaxQueryBytes) + "'", "the query is 65545 bytes long, more than the maximum of 65536"},
}

func TestCheckRefuses(t *testing.T) {
	for _, tc := range hostileQueries {
		if diff := cmp.Diff(tc.reason, reason(t, tc.query, Options{})); diff != "" {
			t.Errorf("Check(%q) (-want +got):\n%s", short(tc.query), diff)
		}
	}
}

func TestCheckMaxVarLength(t *testing.T) {
	tests := []struct {
		query  string
		max    int
		reason string
	}{
		{`MATCH (a)-[*1..10]->(b) RETURN b`, 10, ""},
		{`MATCH (a)-[*1..11]->(b) RETURN b`, 10, "the variable-length relationship *1..11 allows 11 hops, more than the maximum of 10 (line 1, column 12)"},
		{`MATCH (a)-[*1..3]->(b) RETURN b`, 2, "the variable-length relationship *1..3 allows 3 hops, more than the maximum of 2 (line 1, column 12)"},
		{`MATCH (a)((x)-->(y)-->(z)){1,5}(b) RETURN b`, 10, ""},
		{`MATCH (a)((x)-->(y)-->(z)){1,5}(b) RETURN b`, 9, "the quantified path pattern {1,5} allows 10 hops (5 repetitions of 2 relationships), more than the maximum of 9 (line 1, column 27)"},
		{`MATCH (a)-->{99999999999999999999}(b) RETURN b`, 6, "the quantified path pattern {99999999999999999999} allows more than 9223372036854775807 hops (more than 9223372036854775807 repetitions of 1 relationship), more than the maximum of 6 (line 1, column 13)"},
		{`MATCH (a)-[*1..6]->(b) RETURN b`, 0, ""}, // 0 is the default, 6
	}
	for _, tc := range tests {
		if diff := cmp.Diff(tc.reason, reason(t, tc.query, Options{MaxVarLength: tc.max})); diff != "" {
			t.Errorf("Check(%q, max %d) (-want +got):\n%s", tc.query, tc.max, diff)
		}
	}
}

func TestCheckMaxQueryBytes(t *testing.T) {
	if diff := cmp.Diff("the query is 18 bytes long, more than the maximum of 10", reason(t, "MATCH (n) RETURN n", Options{MaxQueryBytes: 10})); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestRefusalError(t *testing.T) {
	err := Check("PROFILE MATCH (n) RETURN n", Options{})
	if diff := cmp.Diff("query refused: PROFILE is not allowed (line 1, column 1)", err.Error()); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestLex(t *testing.T) {
	type tok struct {
		Kind kind
		Text string
	}
	got := func(q string) []tok {
		toks, r := lex(q)
		if r != nil {
			t.Fatalf("lex(%q): %v", q, r)
		}
		var out []tok
		for _, x := range toks {
			out = append(out, tok{x.kind, x.text})
		}
		return out
	}
	tests := []struct {
		query string
		want  []tok
	}{
		{"MATCH (a)-[*1..3]->(b)", []tok{{kName, "MATCH"}, {kPunct, "("}, {kName, "a"}, {kPunct, ")"}, {kPunct, "-"}, {kPunct, "["},
			{kPunct, "*"}, {kNumber, "1"}, {kPunct, ".."}, {kNumber, "3"}, {kPunct, "]"}, {kPunct, "-"}, {kPunct, ">"},
			{kPunct, "("}, {kName, "b"}, {kPunct, ")"}}},
		{"RETURN 'a\\'b' /* c */ AS `x``y` // d", []tok{{kName, "RETURN"}, {kString, `a\'b`}, {kName, "AS"}, {kQuoted, "x`y"}}},
		{"n.x::STRING, $p, a$b", []tok{{kName, "n"}, {kPunct, "."}, {kName, "x"}, {kPunct, "::"}, {kName, "STRING"}, {kPunct, ","},
			{kPunct, "$"}, {kName, "p"}, {kPunct, ","}, {kName, "a$b"}}},
		{"1e5 1DELETE", []tok{{kNumber, "1"}, {kName, "e5"}, {kNumber, "1"}, {kName, "DELETE"}}},
	}
	for _, tc := range tests {
		if diff := cmp.Diff(tc.want, got(tc.query)); diff != "" {
			t.Errorf("lex(%q) (-want +got):\n%s", tc.query, diff)
		}
	}
}

func TestPosition(t *testing.T) {
	q := "ab\r\ncd\ref\ng沈h"
	tests := []struct {
		off       int
		line, col int
	}{{0, 1, 1}, {1, 1, 2}, {4, 2, 1}, {7, 3, 1}, {10, 4, 1}, {11, 4, 2}, {14, 4, 3}}
	for _, tc := range tests {
		line, col := position(q, tc.off)
		if diff := cmp.Diff([2]int{tc.line, tc.col}, [2]int{line, col}); diff != "" {
			t.Errorf("position(%d) (-want +got):\n%s", tc.off, diff)
		}
	}
}

func TestCheckLargeInputsAreFast(t *testing.T) {
	// Nested groups and long token runs must not make the guard quadratic enough to
	// matter at the maximum query size.
	n := DefaultMaxQueryBytes / 4
	queries := []string{
		"RETURN " + strings.Repeat("(", n) + "1" + strings.Repeat(")*", n)[:2*n-1],
		"MATCH " + strings.Repeat("(a)-[*1..2]->", n/14) + "(b) RETURN b",
		"RETURN " + strings.Repeat("[", n) + strings.Repeat("]", n),
		"RETURN 1 " + strings.Repeat("/* */", n/3),
	}
	for _, q := range queries {
		start := time.Now()
		_ = Check(q, Options{})
		if d := time.Since(start); d > 2*time.Second {
			t.Errorf("Check(%q) took %v", short(q), d)
		}
	}
}

func TestAllowLists(t *testing.T) {
	if diff := cmp.Diff([]string{"db.index.fulltext.queryNodes", "db.index.fulltext.queryRelationships", "db.labels", "db.propertyKeys",
		"db.relationshipTypes", "db.schema.nodeTypeProperties", "db.schema.relTypeProperties", "db.schema.visualization"}, AllowedProcedures()); diff != "" {
		t.Errorf("procedures (-want +got):\n%s", diff)
	}
	fns := AllowedFunctions()
	for _, f := range []string{"date.truncate", "datetime.fromepochmillis", "duration.between", "point.distance", "vector.similarity.cosine"} {
		if !slices.Contains(fns, f) {
			t.Errorf("%s is not an allowed function", f)
		}
	}
	for _, f := range fns {
		if strings.HasPrefix(f, "apoc.") || strings.HasPrefix(f, "dbms.") || strings.HasPrefix(f, "db.") || strings.HasPrefix(f, "graph.") {
			t.Errorf("%s is allowed", f)
		}
	}
}
