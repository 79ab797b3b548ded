package store

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"maps"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/amity-graph/amity/internal/kg"
)

// Records is one unit the loader writes atomically: a data file or a data set.
type Records struct {
	Name      string
	Sources   []kg.Source
	Entities  []kg.Entity
	Relations []kg.Relation
	// Authoritative records set an entity's name; others only fill it when missing and
	// add their spelling as an alias. Curated facts are authoritative, reference data not.
	Authoritative bool
	// Fingerprint, when set, is stored with the unit (see LoadUnit) in the transaction
	// that writes it, so a later load can tell the graph already holds this content.
	// write.Load sets it to Fingerprint(rec) when it skips unchanged units; editor
	// mutations leave it empty.
	Fingerprint string
	// Change says who writes the unit and why, for the graph's history (a Change node
	// written in the same transaction).
	Change ChangeMeta
}

// Progress is told how many records of a unit have been written so far.
type Progress func(done, total int)

// BatchSize is the number of rows per UNWIND.
const BatchSize = 5000

// unionList adds the items of a list to a list property without repeats, so rerunning a
// load leaves the property as it was.
func unionList(prop, items string) string {
	return fmt.Sprintf("reduce(acc = coalesce(%s, []), x IN %s | CASE WHEN x IN acc THEN acc ELSE acc + x END)", prop, items)
}

var (
	sourceCypher = `UNWIND $rows AS row
MERGE (s:Source {id: row.id})
SET s += row.props`

	// entityCypher is formatted with a label from kg.Kinds only.
	entityCypher = `UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
ON CREATE SET n:%[1]s, n += row.props, n.name = row.name, n.sources = row.sources,
  n.aliases = [x IN row.aliases WHERE x <> row.name]
ON MATCH SET n:%[1]s, n += row.props,
  n.aliases = [x IN ` + unionList("n.aliases", "row.aliases + [row.name] + [n.name]") + ` WHERE x <> CASE WHEN $authoritative THEN row.name ELSE n.name END],
  n.sources = ` + unionList("n.sources", "row.sources") + `,
  n.name = CASE WHEN $authoritative THEN row.name ELSE n.name END
RETURN count(n) AS written`

	// relationCypher is formatted with a type from kg.RelTypes and an optional key. A new
	// edge takes its properties as they are; an existing one merges them, so reruns and
	// a second source for the same fact leave one edge.
	relationCypher = `UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:%s%s]->(b)
ON CREATE SET r += row.props, r.sources = row.sources
ON MATCH SET r += row.props, r.sources = ` + unionList("r.sources", "row.sources") + `
%sRETURN count(r) AS written`
)

// LoadUnitLabel labels the nodes that record which content each load unit last wrote.
// They are bookkeeping, not facts: not Entity nodes, so no count of entities changes.
const LoadUnitLabel = "LoadUnit"

// loadUnitCypher records a unit's fingerprint in the transaction that writes the unit,
// so the fingerprint never claims content the graph does not hold.
const loadUnitCypher = `MERGE (u:LoadUnit {name: $name})
SET u.fingerprint = $fingerprint, u.records = $records, u.loadedAt = datetime()`

// LoadUnit is what the graph remembers of a unit it was loaded with.
type LoadUnit struct {
	Name        string
	Fingerprint string
	Records     int
	LoadedAt    time.Time
}

// LoadUnits reads every unit's record, by name. It runs in a write-mode session so that
// a cluster answers from the leader, which holds the latest fingerprints.
func (s *Store) LoadUnits(ctx context.Context) (map[string]LoadUnit, error) {
	return write(ctx, s, "load units", func(tx neo4j.ManagedTransaction) (map[string]LoadUnit, error) {
		recs, err := collect(ctx, tx, `MATCH (u:LoadUnit) RETURN u.name AS name, u.fingerprint AS fingerprint,
  coalesce(u.records, 0) AS records, u.loadedAt AS loadedAt`, nil)
		if err != nil {
			return nil, err
		}
		out := make(map[string]LoadUnit, len(recs))
		for _, r := range recs {
			name, err1 := field[string](r, "name")
			fp, err2 := field[string](r, "fingerprint")
			n, err3 := field[int64](r, "records")
			at, err4 := field[time.Time](r, "loadedAt")
			if err := firstErr(err1, err2, err3, err4); err != nil {
				return nil, fmt.Errorf("a LoadUnit node: %w", err)
			}
			out[name] = LoadUnit{Name: name, Fingerprint: fp, Records: int(n), LoadedAt: at}
		}
		return out, nil
	})
}

// fingerprintVersion changes when the meaning of the same rows and statements changes
// in a way they do not show (say, a new step after them), so every unit is written
// again once.
const fingerprintVersion = "2"

// Fingerprint is a hash of what WriteRecords would write for rec: the statements, and
// the rows it would send for every record, each encoded canonically (map keys sorted,
// every value tagged with its type), plus whether the unit is authoritative. Positions
// (file and line) are not written, so they are not part of it. The records are taken as
// a set: their order in the unit does not change the fingerprint, so a reader that
// builds records from a map still gets the same one on every run.
func Fingerprint(rec Records) string {
	sums := make([][sha256.Size]byte, 0, len(rec.Sources)+len(rec.Entities)+len(rec.Relations))
	var buf []byte
	add := func(tag string, row map[string]any) {
		buf = append(buf[:0], tag...)
		buf = appendCanonical(buf, row)
		sums = append(sums, sha256.Sum256(buf))
	}
	for _, src := range rec.Sources {
		add("source", sourceRow(src))
	}
	for _, e := range rec.Entities {
		add("entity:"+string(e.Kind), entityRow(e))
	}
	for _, r := range rec.Relations {
		g, row := relationRow(r)
		add("relation:"+g.typ, row)
	}
	slices.SortFunc(sums, func(a, b [sha256.Size]byte) int { return bytes.Compare(a[:], b[:]) })
	h := sha256.New()
	for _, part := range []string{fingerprintVersion, sourceCypher, entityCypher, relationCypher, strconv.FormatBool(rec.Authoritative)} {
		h.Write(strconv.AppendInt(nil, int64(len(part)), 10))
		h.Write([]byte{':'})
		h.Write([]byte(part))
	}
	for _, s := range sums {
		h.Write(s[:])
	}
	return hex.EncodeToString(h.Sum(nil))
}

// appendCanonical appends an encoding of v that depends only on its value: a type tag,
// then the value; strings, lists and maps carry their length; map keys are sorted. Ints
// and floats are told apart, as Neo4j stores them apart.
func appendCanonical(b []byte, v any) []byte {
	switch x := v.(type) {
	case nil:
		return append(b, 'N')
	case string:
		return appendString(append(b, 's'), x)
	case bool:
		if x {
			return append(b, 'T')
		}
		return append(b, 'F')
	case float64:
		return append(strconv.AppendFloat(append(b, 'f'), x, 'g', -1, 64), ';')
	case float32:
		return append(strconv.AppendFloat(append(b, 'f'), float64(x), 'g', -1, 32), ';')
	case int:
		return append(strconv.AppendInt(append(b, 'i'), int64(x), 10), ';')
	case int64:
		return append(strconv.AppendInt(append(b, 'i'), x, 10), ';')
	// The common shapes of rows skip reflection; they encode as the general case does.
	case []string:
		b = append(strconv.AppendInt(append(b, 'l'), int64(len(x)), 10), ':')
		for _, s := range x {
			b = appendString(append(b, 's'), s)
		}
		return b
	case map[string]any:
		b = append(strconv.AppendInt(append(b, 'm'), int64(len(x)), 10), ':')
		for _, k := range slices.Sorted(maps.Keys(x)) {
			b = appendCanonical(appendString(b, k), x[k])
		}
		return b
	}
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return append(strconv.AppendInt(append(b, 'i'), rv.Int(), 10), ';')
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return append(strconv.AppendUint(append(b, 'i'), rv.Uint(), 10), ';')
	case reflect.String:
		return appendString(append(b, 's'), rv.String())
	case reflect.Slice, reflect.Array:
		b = append(strconv.AppendInt(append(b, 'l'), int64(rv.Len()), 10), ':')
		for i := range rv.Len() {
			b = appendCanonical(b, rv.Index(i).Interface())
		}
		return b
	case reflect.Map:
		keys := rv.MapKeys()
		strs := make([]string, len(keys))
		for i, k := range keys {
			strs[i] = fmt.Sprint(k.Interface())
		}
		idx := make([]int, len(keys))
		for i := range idx {
			idx[i] = i
		}
		slices.SortFunc(idx, func(i, j int) int { return strings.Compare(strs[i], strs[j]) })
		b = append(strconv.AppendInt(append(b, 'm'), int64(len(keys)), 10), ':')
		for _, i := range idx {
			b = appendString(b, strs[i])
			b = appendCanonical(b, rv.MapIndex(keys[i]).Interface())
		}
		return b
	case reflect.Pointer, reflect.Interface:
		if rv.IsNil() {
			return append(b, 'N')
		}
		return appendCanonical(b, rv.Elem().Interface())
	}
	// Anything else the driver accepts (dates, points) prints the same for the same value.
	return appendString(append(b, 'o'), fmt.Sprintf("%T:%v", v, v))
}

func appendString(b []byte, s string) []byte {
	b = append(strconv.AppendInt(b, int64(len(s)), 10), ':')
	return append(b, s...)
}

// WriteRecords writes one unit in a single write transaction of batched UNWINDs, so a
// failure leaves nothing of the unit behind. Everything is MERGEd on ids, so a rerun
// yields the same graph. When rec.Fingerprint is set, the unit's LoadUnit node is
// written in the same transaction.
func (s *Store) WriteRecords(ctx context.Context, rec Records, progress Progress) error {
	if progress == nil {
		progress = func(int, int) {}
	}
	total := len(rec.Sources) + len(rec.Entities) + len(rec.Relations)
	_, err := write(ctx, s, "write "+rec.Name, func(tx neo4j.ManagedTransaction) (struct{}, error) {
		done := 0
		step := func(n int) { done += n; progress(done, total) }

		srcRows := make([]any, 0, len(rec.Sources))
		for _, src := range rec.Sources {
			srcRows = append(srcRows, sourceRow(src))
		}
		for b := range slices.Chunk(srcRows, BatchSize) {
			if err := exec(ctx, tx, sourceCypher, map[string]any{"rows": b}); err != nil {
				return struct{}{}, err
			}
			step(len(b))
		}

		byKind := map[kg.Kind][]any{}
		for _, e := range rec.Entities {
			byKind[e.Kind] = append(byKind[e.Kind], entityRow(e))
		}
		for _, k := range kg.Kinds {
			labels := k.Labels()[1:] // Entity is set by the MERGE
			q := fmt.Sprintf(entityCypher, joinLabels(labels))
			for b := range slices.Chunk(byKind[k], BatchSize) {
				if err := writeChecked(ctx, tx, q, map[string]any{"rows": b, "authoritative": rec.Authoritative}, len(b), rec.Name); err != nil {
					return struct{}{}, err
				}
				step(len(b))
			}
		}

		byType := map[relGroup][]any{}
		for _, r := range rec.Relations {
			g, row := relationRow(r)
			byType[g] = append(byType[g], row)
		}
		for _, t := range kg.RelTypeNames() {
			g := relGroup{t, kg.RelTypes[t].Key}
			keyPat, extra := "", ""
			if g.key != "" {
				keyPat = fmt.Sprintf(" {%s: row.key}", g.key)
			}
			if t == kg.PartnerOf {
				extra = "WITH r SET r.partnership = coalesce(r.partnership, 'unspecified')\n"
			}
			q := fmt.Sprintf(relationCypher, t, keyPat, extra)
			for b := range slices.Chunk(byType[g], BatchSize) {
				if err := writeChecked(ctx, tx, q, map[string]any{"rows": b}, len(b), rec.Name); err != nil {
					return struct{}{}, err
				}
				step(len(b))
			}
		}
		meta := rec.Change
		if meta.Target == "" {
			meta.Target = rec.Name
		}
		ents, srcs := changeOf(rec)
		if err := recordChange(ctx, tx, meta, len(rec.Sources), len(rec.Entities), len(rec.Relations), ents, srcs); err != nil {
			return struct{}{}, err
		}
		if rec.Fingerprint != "" {
			if err := exec(ctx, tx, loadUnitCypher, map[string]any{"name": rec.Name, "fingerprint": rec.Fingerprint, "records": total}); err != nil {
				return struct{}{}, err
			}
		}
		return struct{}{}, nil
	})
	return err
}

// sourceRow, entityRow and relationRow are the rows WriteRecords sends for a record;
// Fingerprint hashes the same rows, so it changes whenever what would be written does.
func sourceRow(src kg.Source) map[string]any {
	return map[string]any{"id": src.ID, "props": sourceProps(src)}
}

func entityRow(e kg.Entity) map[string]any {
	return map[string]any{
		"id": e.ID, "name": e.Name, "aliases": nonNil(e.Aliases), "sources": e.Sources, "props": e.FlatProps(),
	}
}

type relGroup struct{ typ, key string }

func relationRow(r kg.Relation) (relGroup, map[string]any) {
	r = r.Canonical()
	spec := kg.RelTypes[r.Type]
	props := maps.Clone(r.Props)
	if props == nil {
		props = map[string]any{}
	}
	if r.StartDate != "" {
		props["startDate"] = r.StartDate
	}
	if r.EndDate != "" {
		props["endDate"] = r.EndDate
	}
	maps.Copy(props, kg.SpanProps(r.Type, r.Props, r.StartDate, r.EndDate))
	// A vague "unspecified" never overwrites a partnership kind another source states.
	if r.Type == kg.PartnerOf && props["partnership"] == "unspecified" {
		delete(props, "partnership")
	}
	delete(props, spec.Key)
	return relGroup{r.Type, spec.Key}, map[string]any{
		"from": r.From, "to": r.To, "key": r.KeyValue(), "props": props, "sources": r.Sources,
	}
}

// writeChecked fails the transaction when fewer rows were written than sent (a relation
// whose end is missing would otherwise vanish silently).
func writeChecked(ctx context.Context, tx neo4j.ManagedTransaction, q string, params map[string]any, want int, unit string) error {
	recs, err := collect(ctx, tx, q, params)
	if err != nil {
		return err
	}
	if len(recs) != 1 {
		return fmt.Errorf("write %s: expected one summary row, got %d", unit, len(recs))
	}
	got, err := field[int64](recs[0], "written")
	if err != nil {
		return fmt.Errorf("write %s: written count: %w", unit, err)
	}
	if int(got) != want {
		return fmt.Errorf("write %s: %d of %d rows found both ends; the rest name entities missing from the graph", unit, got, want)
	}
	return nil
}

func joinLabels(ls []string) string {
	out := ""
	for i, l := range ls {
		if !kg.IsLabel(l) {
			panic("label not in the allow-list: " + l) // unreachable: labels come from kg.Kinds
		}
		if i > 0 {
			out += ":"
		}
		out += l
	}
	return out
}

func sourceProps(s kg.Source) map[string]any {
	p := map[string]any{"title": s.Title}
	for k, v := range map[string]string{"publisher": s.Publisher, "publishedAt": s.PublishedAt, "url": s.URL, "sourceType": s.SourceType, "licence": s.Licence} {
		if v != "" {
			p[k] = v
		}
	}
	return p
}

func nonNil(xs []string) []string {
	if xs == nil {
		return []string{}
	}
	return xs
}

// KindsOf looks up the kinds of entities already in the graph, for validating records
// that refer to them.
func (s *Store) KindsOf(ctx context.Context, ids []string) (map[string]kg.Kind, error) {
	return read(ctx, s, "kinds of ids", func(tx neo4j.ManagedTransaction) (map[string]kg.Kind, error) {
		recs, err := collect(ctx, tx, "MATCH (n:Entity) WHERE n.id IN $ids RETURN n.id AS id, n.kind AS kind", map[string]any{"ids": ids})
		if err != nil {
			return nil, err
		}
		out := make(map[string]kg.Kind, len(recs))
		for _, r := range recs {
			id, err1 := field[string](r, "id")
			k, err2 := field[string](r, "kind")
			if err1 != nil || err2 != nil {
				continue // a node without id or kind was not written by Amity
			}
			out[id] = kg.Kind(k)
		}
		return out, nil
	})
}

// SourcesExist reports which of ids are Source nodes in the graph.
func (s *Store) SourcesExist(ctx context.Context, ids []string) (map[string]bool, error) {
	return read(ctx, s, "sources exist", func(tx neo4j.ManagedTransaction) (map[string]bool, error) {
		recs, err := collect(ctx, tx, "MATCH (s:Source) WHERE s.id IN $ids RETURN s.id AS id", map[string]any{"ids": ids})
		if err != nil {
			return nil, err
		}
		out := map[string]bool{}
		for _, r := range recs {
			if id, err := field[string](r, "id"); err == nil {
				out[id] = true
			}
		}
		return out, nil
	})
}

// DeleteEverything empties the database, in batches so a large graph does not need one
// huge transaction. Tests and benchmarks use it on their own instances only. LoadUnit
// nodes go too, so the next load writes every unit again.
// Relationships go first: detaching a batch of nodes deletes all their edges in the same
// transaction, and hubs carry enough of them to exceed Neo4j's transaction memory.
func (s *Store) DeleteEverything(ctx context.Context) error {
	sess := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.cfg.Database})
	defer sess.Close(context.WithoutCancel(ctx))
	for _, q := range []string{
		"MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 50000 ROWS",
		"MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 50000 ROWS",
	} {
		res, err := sess.Run(ctx, q, nil)
		if err == nil {
			_, err = res.Consume(ctx)
		}
		if err != nil {
			return classify("delete everything", err)
		}
	}
	return nil
}

// RemoveRelation deletes the relationships of one type between two entities; key, when
// given, picks the one with that role, title or basis. It reports how many went.
func (s *Store) RemoveRelation(ctx context.Context, from, relType, to, key string, meta ChangeMeta) (int, error) {
	spec, ok := kg.RelTypes[relType]
	if !ok {
		return 0, fmt.Errorf("remove relation: type %q is not allowed", relType)
	}
	r := kg.Relation{From: from, Type: relType, To: to}.Canonical()
	keyCond := "true"
	if spec.Key != "" {
		keyCond = fmt.Sprintf("($key IS NULL OR r.%s = $key)", spec.Key)
	}
	q := fmt.Sprintf(`MATCH (:Entity {id: $from})-[r:%s]->(:Entity {id: $to}) WHERE %s DELETE r RETURN count(*) AS n`, relType, keyCond)
	return write(ctx, s, "remove relation", func(tx neo4j.ManagedTransaction) (int, error) {
		recs, err := collect(ctx, tx, q, map[string]any{"from": r.From, "to": r.To, "key": nilIfBlank(key)})
		if err != nil || len(recs) == 0 {
			return 0, err
		}
		n, err := field[int64](recs[0], "n")
		if err != nil || n == 0 {
			return 0, err
		}
		if meta.Operation == "" {
			meta.Operation = "removeRelation"
		}
		if meta.Target == "" {
			meta.Target = fmt.Sprintf("%s %s %s", r.From, relType, r.To)
		}
		return int(n), recordChange(ctx, tx, meta, 0, 0, int(n), []string{r.From, r.To}, nil)
	})
}
