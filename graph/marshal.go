package graph

import (
	"context"
	"reflect"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
)

// marshalSlice stands in for graphql.MarshalSliceConcurrently in generated.go: `make
// generate` rewrites the calls (see the go:generate line in resolver.go).
//
// gqlgen marshals every element of an object list in its own goroutine, so that
// resolvers below the elements can meet in the request's loaders. When no field
// selected below the list has a resolver, no element can wait on anything, and the
// goroutines are pure cost: on a 205-partner list they and the stack growth each one
// pays took about a third of Amity's CPU. Such lists are marshalled in order, on the
// calling goroutine; the rest keep gqlgen's behaviour.
func marshalSlice(ctx context.Context, n int, workerLimit int64, omitPanicHandler bool, marshal func(context.Context, int) graphql.Marshaler) graphql.Array {
	if n <= 1 || mayWait(graphql.GetFieldContext(ctx)) {
		return graphql.MarshalSliceConcurrently(ctx, n, workerLimit, omitPanicHandler, marshal)
	}
	ret := make(graphql.Array, n)
	for i := range n {
		childCtx := graphql.WithFieldContext(ctx, &graphql.FieldContext{Index: &i})
		if !marshalOne(childCtx, ret, i, omitPanicHandler, marshal) {
			return nil
		}
	}
	return ret
}

// marshalOne marshals element i, turning a panic into an error on the list as gqlgen
// does; it reports false after a panic.
func marshalOne(ctx context.Context, ret graphql.Array, i int, omitPanicHandler bool, marshal func(context.Context, int) graphql.Marshaler) (ok bool) {
	if !omitPanicHandler {
		defer func() {
			if r := recover(); r != nil {
				graphql.AddError(ctx, graphql.Recover(ctx, r))
				ok = false
			}
		}()
	}
	ret[i] = marshal(ctx, i)
	return true
}

// mayWait reports whether a field selected anywhere below the list field of fc is
// served by a resolver (the only code that can block on a loader). Without a field
// context it answers yes, which keeps gqlgen's behaviour.
func mayWait(fc *graphql.FieldContext) bool {
	if fc == nil || fc.Field.Field == nil {
		return true
	}
	return selectsResolver(fc.Field.Selections, 0)
}

func selectsResolver(sel ast.SelectionSet, depth int) bool {
	if depth > 64 { // fragments cannot cycle in a validated document; stay safe anyway
		return true
	}
	for _, s := range sel {
		switch s := s.(type) {
		case *ast.Field:
			if isResolver(s) || selectsResolver(s.SelectionSet, depth+1) {
				return true
			}
		case *ast.InlineFragment:
			if selectsResolver(s.SelectionSet, depth+1) {
				return true
			}
		case *ast.FragmentSpread:
			if s.Definition == nil || selectsResolver(s.Definition.SelectionSet, depth+1) {
				return true
			}
		}
	}
	return false
}

// isResolver reports whether a resolver serves the field. On an interface it answers
// for every type that has a resolver of that name: erring that way only keeps
// goroutines.
func isResolver(f *ast.Field) bool {
	name := strings.ToLower(f.Name)
	if f.ObjectDefinition == nil || f.ObjectDefinition.Kind != ast.Object {
		return resolverFields[name]
	}
	return resolverFields[f.ObjectDefinition.Name+"."+name]
}

// resolverFields holds, in lower case, "Type.field" for every field that has a
// resolver, and the bare field name as well, read from the generated resolver
// interfaces so it cannot go stale.
var resolverFields = func() map[string]bool {
	out := map[string]bool{}
	root := reflect.TypeFor[ResolverRoot]()
	for i := range root.NumMethod() {
		typ := root.Method(i).Name
		iface := root.Method(i).Type.Out(0)
		for j := range iface.NumMethod() {
			field := strings.ToLower(iface.Method(j).Name)
			out[field] = true
			out[typ+"."+field] = true
		}
	}
	return out
}()
