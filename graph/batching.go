package graph

import (
	"context"
	"log/slog"
	"reflect"
	"strings"
	"sync"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/amity-graph/amity/internal/batch"
)

// Batching is the handler extension that gives every operation its loaders and tells
// their scheduler (internal/batch) which fields will run next, so that it fetches
// exactly when every field that can run has run as far as it can: a request's
// statements then follow from the query and the data, not from timing.
//
// It follows gqlgen's order of execution. An object's fields served by a method or a
// struct field run first, one after another, each with everything below it; its
// resolver fields run after them, concurrently. A mutation's root fields run one after
// another. So when an object appears, only the first field of its sequence is announced
// (or, if it has none, all its concurrent fields); when that field has completed with
// everything below it, the next one is announced, in the same step, so the scheduler
// never sees a moment in which the next field is neither running nor announced.
// Fields with nothing below them that are not resolvers are not tracked: they cannot
// wait on a loader.
type Batching struct {
	Resolver *Resolver
	Logger   *slog.Logger
	schema   *ast.Schema
	resolver map[fieldRef]bool // fields served by a resolver
}

type fieldRef struct{ typ, field string }

var _ interface {
	graphql.HandlerExtension
	graphql.OperationInterceptor
	graphql.FieldInterceptor
} = (*Batching)(nil)

func (*Batching) ExtensionName() string { return "Batching" }

func (b *Batching) Validate(s graphql.ExecutableSchema) error {
	b.schema = s.Schema()
	b.resolver = map[fieldRef]bool{}
	for _, def := range b.schema.Types {
		for _, f := range def.Fields {
			if resolverFields[strings.ToLower(def.Name+"."+f.Name)] {
				b.resolver[fieldRef{def.Name, f.Name}] = true
			}
		}
	}
	return nil
}

type batchStateKey struct{}

// batchState is one operation's scheduler and the fields it is tracking.
type batchState struct {
	sched    *batch.Scheduler
	schema   *ast.Schema
	resolver map[fieldRef]bool
	oc       *graphql.OperationContext
	plans    sync.Map // planKey -> *plan
	deep     sync.Map // planKey -> bool: does a selection on a type reach a resolver?

	mu    sync.Mutex
	nodes map[*graphql.FieldContext]*fieldNode
	root  *object
}

// plan is how gqlgen runs a selection on an object of one type: the tracked fields it
// runs one after another (in order), then those it runs concurrently.
type plan struct {
	sequence   int
	concurrent int
}

func (p *plan) first() int {
	if p.sequence > 0 {
		return 1
	}
	return p.concurrent
}

type planKey struct {
	sel *ast.Selection // the selection set's first selection identifies it in the document
	n   int
	typ string
}

// object is one object of a result whose fields are running.
type object struct {
	plan  *plan
	stage int        // how many of its sequential fields have completed
	field *fieldNode // the field whose result holds it; nil for the operation's root
}

// fieldNode is a tracked field that has returned but whose fields below have not all
// completed.
type fieldNode struct {
	fc        *graphql.FieldContext
	obj       *object   // the object it belongs to
	objects   []*object // the objects of its result, by list index (one if not a list)
	remaining int       // tracked fields below it not yet completed
}

// InterceptOperation gives the operation its scheduler, loaders and error-log state, and
// announces the first root fields.
func (b *Batching) InterceptOperation(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
	oc := graphql.GetOperationContext(ctx)
	st := &batchState{sched: batch.NewScheduler(ctx), schema: b.schema, resolver: b.resolver, oc: oc,
		nodes: map[*graphql.FieldContext]*fieldNode{}}
	if op := oc.Operation; op != nil {
		root := map[ast.Operation]string{ast.Query: "Query", ast.Mutation: "Mutation"}[op.Operation]
		if b.schema.Types[root] != nil {
			st.root = &object{plan: st.plan(op.SelectionSet, root)}
			st.sched.Expect(st.root.plan.first())
		}
	}
	ctx = context.WithValue(ctx, batchStateKey{}, st)
	ctx = withLoggedOnce(b.Resolver.withLoaders(ctx, st.sched))
	resp := next(ctx)
	return func(ctx context.Context) *graphql.Response {
		r := resp(ctx)
		if s := st.sched.Stats(); s.Forced > 0 {
			b.Logger.WarnContext(ctx, "batches fetched by the stall guard: a field was announced but never ran",
				"forced", s.Forced, "dispatches", s.Dispatches)
		}
		return r
	}
}

// InterceptField reports a tracked field's start and completion to the scheduler.
//
// It runs for every field of every object, most of them leaves served by a method, so
// it keeps their path short and its own frame small: the rest is in intercept.
func (b *Batching) InterceptField(ctx context.Context, next graphql.Resolver) (any, error) {
	fc := graphql.GetFieldContext(ctx)
	if !fc.IsResolver && len(fc.Field.Selections) == 0 {
		return next(ctx) // a leaf served by a method or struct field: never tracked
	}
	return b.intercept(ctx, fc, next)
}

//go:noinline
func (b *Batching) intercept(ctx context.Context, fc *graphql.FieldContext, next graphql.Resolver) (res any, err error) {
	st, ok := ctx.Value(batchStateKey{}).(*batchState)
	if !ok || !st.tracked(fc.Object, fc.Field.Name, fc.Field.Selections, fc.Field.Definition) {
		return next(ctx)
	}
	obj, known := st.parentObject(fc)
	if !fc.IsResolver {
		// A method or struct field cannot wait: it goes from announced to done at once.
		res, err = next(ctx)
		st.sched.Skip(st.returned(fc, obj, known, res, err))
		return res, err
	}
	if known {
		st.sched.Start()
	} else {
		st.sched.Begin()
	}
	announce := 0
	defer func() { st.sched.Done(announce) }() // also when the resolver panics
	res, err = next(ctx)
	announce = st.returned(fc, obj, known, res, err)
	return res, err
}

// tracked reports whether the scheduler follows a field of typ: a resolver (it may wait
// on a loader), or a field with a resolver somewhere below it.
func (st *batchState) tracked(typ, name string, sel ast.SelectionSet, def *ast.FieldDefinition) bool {
	if st.resolver[fieldRef{typ, name}] {
		return true
	}
	if len(sel) == 0 || def == nil {
		return false
	}
	named := st.schema.Types[def.Type.Name()]
	if named == nil {
		return false
	}
	if named.Kind == ast.Object {
		return st.reaches(sel, named.Name)
	}
	for _, impl := range st.schema.PossibleTypes[named.Name] {
		if st.reaches(sel, impl.Name) {
			return true
		}
	}
	return false
}

// reaches reports whether sel on an object of type typ runs a tracked field.
func (st *batchState) reaches(sel ast.SelectionSet, typ string) bool {
	key := planKey{&sel[0], len(sel), typ}
	if v, ok := st.deep.Load(key); ok {
		return v.(bool)
	}
	found := false
	for _, f := range graphql.CollectFields(st.oc, sel, st.satisfies(typ)) {
		if f.Name != "__typename" && st.tracked(typ, f.Name, f.Selections, f.Definition) {
			found = true
			break
		}
	}
	st.deep.Store(key, found)
	return found
}

func (st *batchState) satisfies(typ string) []string {
	out := []string{typ}
	if def := st.schema.Types[typ]; def != nil {
		out = append(out, def.Interfaces...)
	}
	return out
}

// sequential reports whether gqlgen runs a field of typ in order with its siblings
// rather than concurrently: fields that are not resolvers, and a mutation's root fields.
func (st *batchState) sequential(typ, field string) bool {
	return typ == "Mutation" || !st.resolver[fieldRef{typ, field}]
}

// resolverFields holds, in lower case, "Type.field" for every field gqlgen serves with a
// resolver, read from the generated resolver interfaces so it cannot go stale.
var resolverFields = func() map[string]bool {
	out := map[string]bool{}
	root := reflect.TypeFor[ResolverRoot]()
	for i := range root.NumMethod() {
		typ := root.Method(i).Name
		iface := root.Method(i).Type.Out(0)
		for j := range iface.NumMethod() {
			out[strings.ToLower(typ+"."+iface.Method(j).Name)] = true
		}
	}
	return out
}()

// parentObject finds the object a field belongs to; known is false when the field was
// not announced (it belongs to nothing the scheduler tracks).
func (st *batchState) parentObject(fc *graphql.FieldContext) (*object, bool) {
	p, index := fc.Parent, -1
	if p != nil && p.Index != nil && p.Field.Field == nil {
		index, p = *p.Index, p.Parent
	}
	if p == nil || p.Field.Field == nil {
		if index < 0 && p != nil && p.Index == nil && st.root != nil {
			return st.root, true
		}
		return nil, false
	}
	st.mu.Lock()
	defer st.mu.Unlock()
	n := st.nodes[p]
	if n == nil {
		return nil, false
	}
	if index < 0 {
		index = 0
	}
	if index >= len(n.objects) || n.objects[index] == nil {
		return nil, false
	}
	return n.objects[index], true
}

// returned records what a field returned and says how many fields to announce: the first
// of each object in its result, and, if the field has completed with nothing below it,
// whatever its completion lets run next.
func (st *batchState) returned(fc *graphql.FieldContext, obj *object, known bool, res any, err error) int {
	n := &fieldNode{fc: fc, obj: obj}
	announce := 0
	if err == nil && res != nil && len(fc.Field.Selections) > 0 && fc.Field.Definition != nil {
		st.eachObject(fc, res, func(i int, p *plan) {
			if p.sequence+p.concurrent == 0 {
				return // nothing below it is tracked, so nothing will look it up
			}
			for len(n.objects) <= i {
				n.objects = append(n.objects, nil)
			}
			n.objects[i] = &object{plan: p, field: n}
			n.remaining += p.sequence + p.concurrent
			announce += p.first()
		})
	}
	st.mu.Lock()
	defer st.mu.Unlock()
	if n.remaining > 0 {
		st.nodes[fc] = n
		return announce
	}
	if !known {
		return announce
	}
	return announce + st.completed(n)
}

// completed propagates a field's completion: its object moves to its next sequential
// field or to its concurrent ones, and its parent field may complete in turn. It
// returns how many fields that lets run; st.mu is held.
func (st *batchState) completed(n *fieldNode) int {
	announce := 0
	for {
		obj := n.obj
		if obj == nil {
			return announce
		}
		if st.sequential(n.fc.Object, n.fc.Field.Name) {
			obj.stage++
			switch {
			case obj.stage < obj.plan.sequence:
				announce++
			case obj.stage == obj.plan.sequence:
				announce += obj.plan.concurrent
			}
		}
		parent := obj.field
		if parent == nil {
			return announce
		}
		parent.remaining--
		if parent.remaining > 0 {
			return announce
		}
		delete(st.nodes, parent.fc)
		n = parent
	}
}

// eachObject calls f with the index and plan of every non-nil object in a field's result.
func (st *batchState) eachObject(fc *graphql.FieldContext, res any, f func(int, *plan)) {
	named := st.schema.Types[fc.Field.Definition.Type.Name()]
	if named == nil {
		return
	}
	visit := func(i int, v reflect.Value) {
		typ := named.Name
		if named.Kind != ast.Object {
			typ = concreteType(v)
		}
		f(i, st.plan(fc.Field.Selections, typ))
	}
	v := derefValue(reflect.ValueOf(res))
	if !v.IsValid() {
		return
	}
	if v.Kind() != reflect.Slice && v.Kind() != reflect.Array {
		visit(0, v)
		return
	}
	for i := range v.Len() {
		if e := derefValue(v.Index(i)); e.IsValid() {
			visit(i, e)
		}
	}
}

// derefValue unwraps interfaces; it returns the zero Value for nil.
func derefValue(v reflect.Value) reflect.Value {
	for v.Kind() == reflect.Interface {
		if v.IsNil() {
			return reflect.Value{}
		}
		v = v.Elem()
	}
	if (v.Kind() == reflect.Pointer || v.Kind() == reflect.Map) && v.IsNil() {
		return reflect.Value{}
	}
	return v
}

// concreteType is the GraphQL type of a model value: model types carry their type's name.
func concreteType(v reflect.Value) string {
	t := v.Type()
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	return t.Name()
}

// plan says how gqlgen runs sel on an object of type typ.
func (st *batchState) plan(sel ast.SelectionSet, typ string) *plan {
	if len(sel) == 0 {
		return &plan{}
	}
	key := planKey{&sel[0], len(sel), typ}
	if p, ok := st.plans.Load(key); ok {
		return p.(*plan)
	}
	p := &plan{}
	for _, f := range graphql.CollectFields(st.oc, sel, st.satisfies(typ)) {
		switch {
		case f.Name == "__typename" || !st.tracked(typ, f.Name, f.Selections, f.Definition):
		case st.sequential(typ, f.Name):
			p.sequence++
		default:
			p.concurrent++
		}
	}
	st.plans.Store(key, p)
	return p
}
