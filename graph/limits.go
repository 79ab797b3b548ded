package graph

import (
	"context"
	"encoding/json"
	"fmt"
	"reflect"
	"sync"
	"sync/atomic"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/amity-graph/amity/internal/derrors"
)

// ResponseItems is the handler extension that caps the objects one response may carry in
// lists: every list of objects a field returns counts its length (lists of scalars, such
// as aliases or a cypher answer's rows, cost a string each, not an object with a
// goroutine of its own, and cypher bounds its bytes itself), and the loaders of unpaged
// lists may fetch no more rows than the objects left. The complexity limit bounds what a
// query asks for by assumed sizes; this bounds what it gets, so a hub's real size cannot
// make a cheap-looking query hold gigabytes. Past the cap the request gets one
// RESPONSE_TOO_LARGE error and no data.
//
// It is two extensions: this one, registered before Batching so that the loaders' fetches
// see the operation's budget, and Counter's, registered after Batching so that a field it
// refuses without running has still started and finished in Batching's eyes.
type ResponseItems struct {
	Max     int
	objects map[fieldRef]bool // fields whose value is a list of objects
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationInterceptor
	graphql.ResponseInterceptor
} = (*ResponseItems)(nil)

var _ interface {
	graphql.HandlerExtension
	graphql.FieldInterceptor
} = itemCounter{}

// Counter is the extension that counts the items of each field against the budget.
func (e *ResponseItems) Counter() graphql.HandlerExtension { return itemCounter{e} }

type itemCounter struct{ e *ResponseItems }

func (itemCounter) ExtensionName() string                   { return "ResponseItemsCounter" }
func (itemCounter) Validate(graphql.ExecutableSchema) error { return nil }

func (*ResponseItems) ExtensionName() string { return "ResponseItems" }

func (e *ResponseItems) Validate(s graphql.ExecutableSchema) error {
	schema := s.Schema()
	e.objects = map[fieldRef]bool{}
	for _, def := range schema.Types {
		for _, f := range def.Fields {
			t := f.Type
			if t.Elem == nil {
				continue
			}
			for t.Elem != nil {
				t = t.Elem
			}
			if el := schema.Types[t.NamedType]; el != nil && el.IsCompositeType() {
				e.objects[fieldRef{def.Name, f.Name}] = true
			}
		}
	}
	return nil
}

type itemsKey struct{}

// itemBudget counts one operation's list items, and keeps the fields it cut.
type itemBudget struct {
	max   int64
	count atomic.Int64
	over  atomic.Bool

	once sync.Once
	cuts *truncations
}

// truncations are the lists of an answer that were cut at a fixed size, sent in the
// response's extensions as "truncated": beside the data, not as errors, because the
// fields that cut (visits) are stable names whose callers read an answer with errors as
// a failure.
type truncations struct {
	mu   sync.Mutex
	list []truncation
}

type truncation struct {
	Path    ast.Path `json:"path"`
	Limit   int      `json:"limit"`
	Message string   `json:"message"`
}

func (t *truncations) MarshalJSON() ([]byte, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	return json.Marshal(t.list)
}

// truncated tells the caller, in the response's extensions, that the current field's
// list was cut at limit.
func truncated(ctx context.Context, limit int, format string, args ...any) {
	b := budgetFrom(ctx)
	if b == nil {
		return
	}
	b.once.Do(func() {
		b.cuts = &truncations{}
		graphql.RegisterExtension(ctx, "truncated", b.cuts)
	})
	b.cuts.mu.Lock()
	defer b.cuts.mu.Unlock()
	b.cuts.list = append(b.cuts.list, truncation{graphql.GetPath(ctx), limit, fmt.Sprintf(format, args...)})
}

func (b *itemBudget) err() error {
	return derrors.New(derrors.TooLarge,
		"the answer would carry more than %d objects in lists (the server's AMITY_MAX_RESPONSE_ITEMS); ask for fewer or page with first and after", b.max)
}

// add counts n items, and fails once the total passes the cap.
func (b *itemBudget) add(n int) error {
	if b.count.Add(int64(n)) > b.max {
		b.over.Store(true)
		return b.err()
	}
	return nil
}

// left is how many more items fit; a loader fetches at most one more, to tell.
func (b *itemBudget) left() int { return int(max(b.max-b.count.Load(), 0)) }

func budgetFrom(ctx context.Context) *itemBudget {
	b, _ := ctx.Value(itemsKey{}).(*itemBudget)
	return b
}

// rowCap is the most rows a loader of an unpaged list may fetch for this request: one
// more than the items left, so that a full fetch tells the cap was passed; 0 for no cap.
func rowCap(ctx context.Context) int {
	if b := budgetFrom(ctx); b != nil {
		return b.left() + 1
	}
	return 0
}

// tooLarge is the error of a fetch that reached rowCap.
func tooLarge(ctx context.Context) error {
	b := budgetFrom(ctx)
	b.over.Store(true)
	return b.err()
}

func (e *ResponseItems) InterceptOperation(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
	if e.Max <= 0 {
		return next(ctx)
	}
	return next(context.WithValue(ctx, itemsKey{}, &itemBudget{max: int64(e.Max)}))
}

func (c itemCounter) InterceptField(ctx context.Context, next graphql.Resolver) (any, error) {
	b := budgetFrom(ctx)
	if b == nil {
		return next(ctx)
	}
	if b.over.Load() {
		return nil, b.err() // the answer is refused anyway: stop resolving
	}
	res, err := next(ctx)
	if err != nil || res == nil {
		return res, err
	}
	fc := graphql.GetFieldContext(ctx)
	if !c.e.objects[fieldRef{fc.Object, fc.Field.Name}] {
		return res, nil
	}
	if v := reflect.ValueOf(res); v.Kind() == reflect.Slice {
		if err := b.add(v.Len()); err != nil {
			return nil, err
		}
	}
	return res, nil
}

// InterceptResponse drops the data and every other error of a refused answer: one error
// says which limit was hit, and nothing past the cap is sent.
func (*ResponseItems) InterceptResponse(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
	resp := next(ctx)
	if resp == nil || !graphql.HasOperationContext(ctx) {
		return resp
	}
	for _, e := range resp.Errors {
		if code, _ := e.Extensions["code"].(string); code == derrors.CodeTooLarge {
			e.Path = nil
			// data null, not absent: the request was valid and ran, and was refused.
			return &graphql.Response{Data: []byte("null"), Errors: gqlerror.List{e}, Extensions: resp.Extensions}
		}
	}
	return resp
}
