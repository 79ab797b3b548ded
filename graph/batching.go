package graph

import (
	"context"
	"log/slog"
	"reflect"
	"sync"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/amity-graph/amity/internal/batch"
)

// Batching is the handler extension that gives every operation its loaders and tells
// their scheduler (internal/batch) about every field: each field is announced when its
// parent resolves (or, for a query's root fields, when the operation starts), starts
// when gqlgen calls it, and announces its own children when it returns. With that the
// scheduler fetches exactly when every field that will run has run as far as it can, so
// a request's statements follow from the query and the data, not from timing.
type Batching struct {
	Resolver *Resolver
	Logger   *slog.Logger
	schema   *ast.Schema
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationInterceptor
	graphql.FieldInterceptor
} = (*Batching)(nil)

func (*Batching) ExtensionName() string { return "Batching" }

func (b *Batching) Validate(s graphql.ExecutableSchema) error {
	b.schema = s.Schema()
	return nil
}

type batchStateKey struct{}

// batchState is one operation's scheduler and its cache of child-field counts.
type batchState struct {
	sched  *batch.Scheduler
	schema *ast.Schema
	oc     *graphql.OperationContext
	mu     sync.Mutex
	counts map[fieldsKey]int
}

type fieldsKey struct {
	sel *ast.Selection // first selection of the set: identifies it within the document
	n   int
	typ string
}

// InterceptOperation gives the operation its scheduler, loaders and error-log state.
func (b *Batching) InterceptOperation(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
	oc := graphql.GetOperationContext(ctx)
	st := &batchState{sched: batch.NewScheduler(ctx), schema: b.schema, oc: oc, counts: map[fieldsKey]int{}}
	// A query's root fields run concurrently and are all announced now; a mutation's run
	// one after another, so announcing the later ones would hold back the first's batches.
	if oc.Operation != nil && oc.Operation.Operation == ast.Query {
		st.sched.Expect(st.fields(oc.Operation.SelectionSet, "Query"))
	}
	ctx = context.WithValue(ctx, batchStateKey{}, st)
	ctx = withLoggedOnce(b.Resolver.withLoaders(ctx, st.sched))
	resp := next(ctx)
	return func(ctx context.Context) *graphql.Response {
		r := resp(ctx)
		if r != nil && r.Data != nil {
			if s := st.sched.Stats(); s.Forced > 0 {
				b.Logger.WarnContext(ctx, "batches fetched by the stall guard: a field was announced but never ran",
					"forced", s.Forced, "dispatches", s.Dispatches)
			}
		}
		return r
	}
}

// InterceptField reports the field's start and end to the scheduler. Only resolvers can
// wait on a loader; fields served by a model's method or struct field finish at once.
func (b *Batching) InterceptField(ctx context.Context, next graphql.Resolver) (res any, err error) {
	st, ok := ctx.Value(batchStateKey{}).(*batchState)
	if !ok {
		return next(ctx)
	}
	fc := graphql.GetFieldContext(ctx)
	if !fc.IsResolver {
		res, err = next(ctx)
		st.sched.Skip(st.children(fc, res, err))
		return res, err
	}
	st.sched.Start()
	children := 0
	defer func() { st.sched.Done(children) }() // also when the resolver panics
	res, err = next(ctx)
	children = st.children(fc, res, err)
	return res, err
}

// children counts the fields gqlgen will run below a field's result: for every object in
// it, the fields selected on that object's type.
func (st *batchState) children(fc *graphql.FieldContext, res any, err error) int {
	if err != nil || res == nil || len(fc.Field.Selections) == 0 || fc.Field.Definition == nil {
		return 0
	}
	named := st.schema.Types[fc.Field.Definition.Type.Name()]
	if named == nil {
		return 0
	}
	n := 0
	eachObject(reflect.ValueOf(res), func(v reflect.Value) {
		typ := named.Name
		if named.Kind != ast.Object {
			typ = v.Type().Elem().Name() // model types carry their GraphQL type's name
			if v.Kind() != reflect.Pointer {
				typ = v.Type().Name()
			}
		}
		n += st.fields(fc.Field.Selections, typ)
	})
	return n
}

// eachObject calls f for every non-nil object in v, walking lists.
func eachObject(v reflect.Value, f func(reflect.Value)) {
	for v.Kind() == reflect.Interface {
		if v.IsNil() {
			return
		}
		v = v.Elem()
	}
	switch v.Kind() {
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			eachObject(v.Index(i), f)
		}
	case reflect.Pointer, reflect.Map:
		if !v.IsNil() {
			f(v)
		}
	default:
		f(v)
	}
}

// fields counts the fields gqlgen runs for sel on an object of type typ: the collected
// fields but __typename, which it answers inline.
func (st *batchState) fields(sel ast.SelectionSet, typ string) int {
	if len(sel) == 0 {
		return 0
	}
	key := fieldsKey{&sel[0], len(sel), typ}
	st.mu.Lock()
	n, ok := st.counts[key]
	st.mu.Unlock()
	if ok {
		return n
	}
	satisfies := []string{typ}
	if def := st.schema.Types[typ]; def != nil {
		satisfies = append(satisfies, def.Interfaces...)
	}
	for _, f := range graphql.CollectFields(st.oc, sel, satisfies) {
		if f.Name != "__typename" {
			n++
		}
	}
	st.mu.Lock()
	st.counts[key] = n
	st.mu.Unlock()
	return n
}
