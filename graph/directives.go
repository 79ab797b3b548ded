package graph

import (
	"context"

	"github.com/99designs/gqlgen/graphql"
	"github.com/amity-graph/amity/graph/model"
	"github.com/amity-graph/amity/internal/auth"
	"github.com/amity-graph/amity/internal/derrors"
)

var roles = map[model.Role]auth.Role{model.RoleReader: auth.Reader, model.RoleAnalyst: auth.Analyst, model.RoleEditor: auth.Editor}

// hasRole guards a field: anonymous callers without the role are UNAUTHENTICATED (a
// token would help), callers with a token that lacks the role are FORBIDDEN.
func hasRole(ctx context.Context, _ any, next graphql.Resolver, role model.Role) (any, error) {
	c := auth.CallerFrom(ctx)
	need := roles[role]
	if c.Role >= need {
		return next(ctx)
	}
	if !c.Authenticated() {
		return nil, derrors.New(derrors.Unauthenticated, "this needs a bearer token with the %s role", need)
	}
	return nil, derrors.New(derrors.Forbidden, "your token's role (%s) may not do this; it needs %s", c.Role, need)
}

// NewSchema is the executable schema with its directives and per-field costs.
func NewSchema(r *Resolver) graphql.ExecutableSchema {
	c := Config{Resolvers: r}
	c.Directives.HasRole = hasRole
	setComplexity(&c.Complexity)
	return NewExecutableSchema(c)
}
