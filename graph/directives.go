package graph

import (
	"context"

	"github.com/99designs/gqlgen/graphql"
	"github.com/amity-graph/amity/graph/model"
	"github.com/amity-graph/amity/internal/auth"
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
		return nil, &UserError{CodeUnauthenticated, "this needs a bearer token with the " + need.String() + " role"}
	}
	return nil, &UserError{CodeForbidden, "your token's role (" + c.Role.String() + ") may not do this; it needs " + need.String()}
}

// NewSchema is the executable schema with its directives and per-field costs.
func NewSchema(r *Resolver) graphql.ExecutableSchema {
	c := Config{Resolvers: r}
	c.Directives.HasRole = hasRole
	setComplexity(&c.Complexity)
	return NewExecutableSchema(c)
}
