package server

import (
	"bytes"
	"context"
	"encoding/json"
	"mime"
	"net/http"
	"strconv"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// Media types of GraphQL over HTTP responses.
const (
	mediaJSON          = "application/json"
	mediaGraphQLResult = "application/graphql-response+json"
)

// graphQLOverHTTP brings gqlgen's answers to request errors (a document that does not
// parse or validate, variables that do not coerce) in line with the GraphQL over HTTP
// spec, as the graphql-http audit checks:
//   - with application/json a request error is still a GraphQL response, so 200 (gqlgen
//     says 422);
//   - with application/graphql-response+json the status is 4xx and the body has no data
//     entry at all (gqlgen writes "data": null);
//   - a request without a query (and no persisted one) is not a GraphQL request: 400
//     (requestParams marks it).
func graphQLOverHTTP(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		cw := &complianceWriter{ResponseWriter: w}
		next.ServeHTTP(cw, r.WithContext(context.WithValue(r.Context(), complianceKey{}, cw)))
		cw.finish()
	})
}

type complianceKey struct{}

type complianceWriter struct {
	http.ResponseWriter
	wrote   bool
	status  int
	buf     *bytes.Buffer // the body of a request error, held to drop its data entry
	noQuery bool
}

// requestParams is the gqlgen extension that marks a request with no query once the
// persisted-query extensions (registered before it) have had their turn.
type requestParams struct{}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationParameterMutator
} = requestParams{}

func (requestParams) ExtensionName() string                   { return "RequestParams" }
func (requestParams) Validate(graphql.ExecutableSchema) error { return nil }
func (requestParams) MutateOperationParameters(ctx context.Context, raw *graphql.RawParams) *gqlerror.Error {
	if cw, ok := ctx.Value(complianceKey{}).(*complianceWriter); ok && raw.Query == "" {
		cw.noQuery = true
	}
	return nil
}

func (c *complianceWriter) WriteHeader(code int) {
	if c.wrote {
		return
	}
	c.wrote = true
	mt, _, _ := mime.ParseMediaType(c.Header().Get("Content-Type"))
	switch {
	case c.noQuery && code == http.StatusUnprocessableEntity:
		code = http.StatusBadRequest
		if mt == mediaGraphQLResult {
			c.status, c.buf = code, new(bytes.Buffer)
			return
		}
	case mt == mediaJSON && code == http.StatusUnprocessableEntity:
		code = http.StatusOK
	case mt == mediaGraphQLResult && code >= 400 && code < 500:
		c.status, c.buf = code, new(bytes.Buffer)
		return
	}
	c.ResponseWriter.WriteHeader(code)
}

func (c *complianceWriter) Write(b []byte) (int, error) {
	if !c.wrote {
		c.WriteHeader(http.StatusOK)
	}
	if c.buf != nil {
		return c.buf.Write(b)
	}
	return c.ResponseWriter.Write(b)
}

func (c *complianceWriter) finish() {
	if c.buf == nil {
		return
	}
	body := c.buf.Bytes()
	var m map[string]json.RawMessage
	if json.Unmarshal(body, &m) == nil {
		if d, ok := m["data"]; ok && string(d) == "null" {
			delete(m, "data")
			if b, err := json.Marshal(m); err == nil {
				body = append(b, '\n')
			}
		}
	}
	c.Header().Set("Content-Length", strconv.Itoa(len(body)))
	c.ResponseWriter.WriteHeader(c.status)
	_, _ = c.ResponseWriter.Write(body)
}
