package server

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"sort"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/amity-graph/amity/graph"
	"github.com/amity-graph/amity/internal/derrors"
)

// persistedOnly runs only the queries of an allow-list, for public deployments: a
// request names one by its sha256 (as automatic persisted queries do) or sends its
// exact text. Anything else is refused before it is parsed.
type persistedOnly struct {
	queries map[string]string // sha256 hex -> query
	refused func()
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationParameterMutator
} = (*persistedOnly)(nil)

// loadPersisted reads a JSON object of sha256 hex to query text, checking each hash
// against its query and each query against the schema, and returns the allow-list and
// the operation names it holds.
func loadPersisted(path string, schema *ast.Schema) (*persistedOnly, []string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, nil, fmt.Errorf("persisted queries: %w", err)
	}
	var qs map[string]string
	if err := json.Unmarshal(b, &qs); err != nil {
		return nil, nil, fmt.Errorf("persisted queries %s: want a JSON object of sha256 to query: %w", path, err)
	}
	if len(qs) == 0 {
		return nil, nil, fmt.Errorf("persisted queries %s: the file lists no query", path)
	}
	var names []string
	keys := make([]string, 0, len(qs))
	for k := range qs {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, hash := range keys {
		q := qs[hash]
		if got := sha256Hex(q); got != hash {
			return nil, nil, fmt.Errorf("persisted queries %s: key %s is not the sha256 of its query (%s)", path, hash, got)
		}
		doc, errs := gqlparser.LoadQuery(schema, q)
		if errs != nil {
			return nil, nil, fmt.Errorf("persisted queries %s: query %s: %v", path, hash, errs)
		}
		for _, op := range doc.Operations {
			if op.Name != "" {
				names = append(names, op.Name)
			}
		}
	}
	return &persistedOnly{queries: qs}, names, nil
}

// loadPersisted reads the configured allow-list and reserves its operation names a
// label each in the metrics.
func (s *Server) loadPersisted() (*persistedOnly, error) {
	p, names, err := loadPersisted(s.cfg.PersistedQueries, graph.NewSchema(s.resolver).Schema())
	if err != nil {
		return nil, err
	}
	s.metrics.ReserveOperations(names)
	p.refused = func() { s.refused("not_persisted") }
	return p, nil
}

func sha256Hex(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:])
}

func (*persistedOnly) ExtensionName() string                   { return "PersistedOnly" }
func (*persistedOnly) Validate(graphql.ExecutableSchema) error { return nil }

func (p *persistedOnly) MutateOperationParameters(_ context.Context, raw *graphql.RawParams) *gqlerror.Error {
	if raw.Query != "" {
		if _, ok := p.queries[sha256Hex(raw.Query)]; ok {
			return nil
		}
		return p.refuse("this server runs only its persisted queries, and this query is not one of them")
	}
	var ext struct {
		Sha256 string `json:"sha256Hash"`
	}
	if pq, ok := raw.Extensions["persistedQuery"]; ok {
		// Extensions arrive decoded as generic JSON; a round trip reads the hash.
		if b, err := json.Marshal(pq); err == nil {
			_ = json.Unmarshal(b, &ext)
		}
	}
	q, ok := p.queries[ext.Sha256]
	if !ok {
		return p.refuse("this server runs only its persisted queries; send the sha256 of one in extensions.persistedQuery.sha256Hash")
	}
	raw.Query = q
	return nil
}

func (p *persistedOnly) refuse(msg string) *gqlerror.Error {
	if p.refused != nil {
		p.refused()
	}
	err := gqlerror.Errorf("%s", msg)
	err.Extensions = map[string]any{"code": derrors.CodeForbidden}
	return err
}
