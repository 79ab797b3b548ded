package graph

import (
	"reflect"
	"testing"
)

// TestResolverFieldsNameSchemaFields checks that every method of the generated resolver
// interfaces is found as a schema field: the batching glue matches them by name, and a
// resolver it missed would wait on a loader without the scheduler knowing.
func TestResolverFieldsNameSchemaFields(t *testing.T) {
	b := &Batching{}
	if err := b.Validate(NewSchema(&Resolver{})); err != nil {
		t.Fatal(err)
	}
	methods := 0
	root := reflect.TypeFor[ResolverRoot]()
	for i := range root.NumMethod() {
		methods += root.Method(i).Type.Out(0).NumMethod()
	}
	if len(b.resolver) != methods || methods == 0 {
		t.Errorf("%d resolver methods but %d schema fields matched", methods, len(b.resolver))
	}
	for _, ref := range []fieldRef{{"City", "partners"}, {"Query", "entity"}, {"RelationConnection", "totalCount"}, {"Mutation", "addSource"}} {
		if !b.resolver[ref] {
			t.Errorf("%s.%s is not known as a resolver", ref.typ, ref.field)
		}
	}
	for _, ref := range []fieldRef{{"Partnership", "partner"}, {"City", "name"}, {"Path", "nodes"}} {
		if b.resolver[ref] {
			t.Errorf("%s.%s is taken for a resolver", ref.typ, ref.field)
		}
	}
}
