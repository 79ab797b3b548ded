//go:build probe

package cypherguard_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/amity-graph/amity/internal/testdb"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

func TestProbe(t *testing.T) {
	ctx := context.Background()
	cfg, err := testdb.Config(ctx)
	if err != nil {
		t.Fatal(err)
	}
	d, err := neo4j.NewDriverWithContext(cfg.URI, neo4j.BasicAuth(cfg.User, cfg.Password, ""))
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close(ctx)
	qs := []string{
		`MATCH (n) \u0044ELETE n`, "RETURN 1 AS x // c \\u000a + 5",
		`RETURN '\u0027' AS x`,
		`RETURN 'a\u0027 + 1 //' AS x`,
		`RETURN "\q" AS x`,
		`RETURN 1 AS x;`,
		`RETURN 1 AS x; `,
		`CALL db.createLabel('ProbeX')`,
		`CALL db.labels()`,
		`CALL DB.LABELS()`,
		`RETURN DATE.TRUNCATE('day', date()) AS x`,
		`MATCH (n) RETURN n.x (1)`,
		`RETURN $x AS x`,
		`MATCH (n) RETURN n LIMIT $n`,
		`CALL dbms.components()`,
		`RETURN 1 // c` + "\r" + `DELETE x`,
		`RETURN 1 AS x /* c`,
		`MATCH (n) WHERE n:DELETE RETURN n`,
		`RETURN 1.DELETE AS x`,
		`RETURN 0.0/0.0 AS nan, 1.0/0.0 AS inf`,
		`RETURN datetime('2024-01-02T03:04:05.123+01:00[Europe/Berlin]') AS a, datetime('2024-01-02T03:04:05Z') AS b, duration({months:14, days:3, hours:-1, seconds:5.5}) AS c, time('12:00+02:00') AS d, localtime('12:00') AS e`,
		`MATCH (a)-[*]->(b) RETURN a`,
		`USE system SHOW USERS`,
		`SHOW INDEXES`,
		`CREATE (n:ProbeX) RETURN n`,
		`MATCH x DELETE n`,
		`LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l`,
		`MATCH ((a)-->(b)){1,3} RETURN a`,
		`RETURN 1 AS x, ＤＥＬＥＴＥ`,
	}
	for _, q := range qs {
		sess := d.NewSession(ctx, neo4j.SessionConfig{AccessMode: neo4j.AccessModeRead, DatabaseName: "neo4j"})
		_, err := neo4j.ExecuteRead(ctx, sess, func(tx neo4j.ManagedTransaction) (any, error) {
			res, err := tx.Run(ctx, "EXPLAIN "+q, map[string]any{"n": float64(3)})
			if err != nil {
				return nil, err
			}
			sum, err := res.Consume(ctx)
			if err != nil {
				return nil, err
			}
			fmt.Printf("Q %q\n  EXPLAIN type=%v\n", q, sum.StatementType())
			res, err = tx.Run(ctx, q, map[string]any{"x": 1, "n": float64(3)})
			if err != nil {
				return nil, err
			}
			recs, err := res.Collect(ctx)
			if err != nil {
				return nil, err
			}
			for _, r := range recs {
				fmt.Printf("  row %#v\n", r.Values)
			}
			return 0, nil
		}, neo4j.WithTxTimeout(5*time.Second))
		if err != nil {
			fmt.Printf("Q %q\n  ERR %T %v\n", q, err, err)
		}
		sess.Close(ctx)
	}
}
