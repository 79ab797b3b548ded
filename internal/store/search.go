package store

import (
	"context"
	"strings"
	"unicode"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/amity-graph/amity/internal/kg"
)

// luceneSpecial are the characters Lucene's query parser gives meaning to.
const luceneSpecial = `+-&|!(){}[]^"~*?:\/`

func escapeLucene(s string) string {
	var b strings.Builder
	for _, r := range s {
		if strings.ContainsRune(luceneSpecial, r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// LuceneQuery turns what a user typed into a safe Lucene query: every term is escaped, so
// no syntax of the user's reaches the parser; each term matches exactly (boosted), as a
// prefix, or (when long enough) with one typo, and all terms must match.
func LuceneQuery(input string) string {
	terms := strings.FieldsFunc(input, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune(luceneSpecial, r) || r == ',' || r == '.'
	})
	var parts []string
	for _, t := range terms {
		t = strings.ToLower(t)
		e := escapeLucene(t)
		if hasCJK(t) {
			// The index splits Chinese, Japanese and Korean text into single characters,
			// so 沈阳 unquoted would match every name with 阳; a phrase keeps them in order.
			parts = append(parts, `"`+e+`"`)
			continue
		}
		alts := []string{e + "^3"}
		if len([]rune(t)) >= 2 {
			alts = append(alts, e+"*")
		}
		if len([]rune(t)) >= 5 {
			alts = append(alts, e+"~1")
		}
		parts = append(parts, "("+strings.Join(alts, " OR ")+")")
	}
	return strings.Join(parts, " AND ")
}

// Search runs a full-text query over names and aliases, best first.
func (s *Store) Search(ctx context.Context, input string, kinds []kg.Kind, first int) ([]kg.Hit, error) {
	lq := LuceneQuery(input)
	if lq == "" {
		return nil, nil
	}
	var labels any
	if len(kinds) > 0 {
		ls := make([]string, len(kinds))
		for i, k := range kinds {
			ls[i] = string(k)
		}
		labels = ls
	}
	q := `CALL db.index.fulltext.queryNodes($index, $q) YIELD node, score
WHERE $labels IS NULL OR any(l IN labels(node) WHERE l IN $labels)
RETURN node, score ORDER BY score DESC, node.id LIMIT $first`
	return read(ctx, s, "search", func(tx neo4j.ManagedTransaction) ([]kg.Hit, error) {
		recs, err := collect(ctx, tx, q, map[string]any{"index": FulltextIndex, "q": lq, "labels": labels, "first": first})
		if err != nil {
			return nil, err
		}
		out := make([]kg.Hit, 0, len(recs))
		for _, r := range recs {
			n, err := nodeField(r, "node")
			if err != nil {
				return nil, err
			}
			score, err := field[float64](r, "score")
			if err != nil {
				return nil, err
			}
			out = append(out, kg.Hit{Score: score, Node: n})
		}
		return out, nil
	})
}

// hasCJK reports whether s holds Han, kana or Hangul, which the full-text index
// tokenizes a character at a time.
func hasCJK(s string) bool {
	for _, r := range s {
		if unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul) {
			return true
		}
	}
	return false
}
