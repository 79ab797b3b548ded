package main

import (
	"context"
	"fmt"
	"io"
	"strings"
	"sync"
	"time"

	"github.com/amity-graph/amity/internal/store"
	"github.com/amity-graph/amity/internal/synth"
	"github.com/amity-graph/amity/internal/write"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// LoadResult is how one scale was generated and loaded.
type LoadResult struct {
	Scale           float64        `json:"scale"`
	Seed            uint64         `json:"seed"`
	Nodes           int            `json:"nodes"`
	Relationships   int            `json:"relationships"`
	ByType          map[string]int `json:"relationships_by_type"`
	TopPartners     []int          `json:"top_partner_degrees"`
	Units           int            `json:"units"`
	UnitSize        int            `json:"unit_size"`
	GenerateSeconds float64        `json:"generate_seconds"`
	WipeSeconds     float64        `json:"wipe_seconds"`
	// LoadSeconds is the wall time of write.Load: validation and writing, every unit.
	LoadSeconds      float64 `json:"load_seconds"`
	RecordsPerSecond float64 `json:"records_per_second"`
	// RelsPerSecond is relationships / LoadSeconds: the loader's end-to-end rate.
	RelsPerSecond float64 `json:"rels_per_second"`
	// RelWriteRelsPerSecond counts only the time spent writing relationship units
	// (validation and entity units excluded).
	RelWriteRelsPerSecond float64 `json:"rel_write_rels_per_second"`
	GraphNodes            int64   `json:"graph_nodes"`
	GraphRelationships    int64   `json:"graph_relationships"`
	Reused                bool    `json:"reused,omitempty"`
	// RelIndexesDropped says the two relationship property indexes the store once had
	// were dropped for the load and rebuilt after it (records made before the store
	// stopped creating them); RebuildSeconds is their rebuild.
	RelIndexesDropped bool    `json:"rel_indexes_dropped"`
	RebuildSeconds    float64 `json:"index_rebuild_seconds,omitempty"`
}

// unitClock is the loader's progress writer: it timestamps each "loaded <unit>" line.
type unitClock struct {
	mu    sync.Mutex
	buf   strings.Builder
	marks []unitMark
}

type unitMark struct {
	name string
	at   time.Time
}

func (c *unitClock) Write(p []byte) (int, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	now := time.Now()
	c.buf.Write(p)
	s := c.buf.String()
	for {
		i := strings.IndexByte(s, '\n')
		if i < 0 {
			break
		}
		line := s[:i]
		s = s[i+1:]
		if rest, ok := strings.CutPrefix(line, "loaded "); ok {
			name, _, _ := strings.Cut(rest, " ")
			c.marks = append(c.marks, unitMark{name, now})
		}
	}
	c.buf.Reset()
	c.buf.WriteString(s)
	return len(p), nil
}

var _ io.Writer = (*unitClock)(nil)

// graphHolds reports whether the database already holds exactly this generated graph.
func graphHolds(ctx context.Context, db *store.Store, g *synth.Graph) bool {
	src, err := db.SourcesByID(ctx, []string{g.SourceID()})
	if err != nil || src[g.SourceID()] == nil || src[g.SourceID()].Title != g.Source().Title {
		return false
	}
	st, err := db.Stats(ctx)
	return err == nil && st.Nodes == int64(g.Nodes()) && st.Relationships == int64(g.Relationships())
}

// loadScale empties the bench database and loads g through write.Load, unit by unit.
func loadScale(ctx context.Context, db *store.Store, raw neo4j.DriverWithContext, g *synth.Graph, genTime time.Duration, o options) (res LoadResult, err error) {
	res = LoadResult{Scale: g.Config.Scale, Seed: g.Config.Seed, Nodes: g.Nodes(), Relationships: g.Relationships(),
		ByType: g.RelationshipsByType(), UnitSize: o.unitSize, GenerateSeconds: genTime.Seconds()}
	deg := g.PartnerDegrees()
	top := topN(deg, 5)
	res.TopPartners = top
	if o.reuse && graphHolds(ctx, db, g) {
		logf("SF%s: the bench database already holds this graph (seed %d); not reloading", synth.ScaleName(g.Config.Scale), g.Config.Seed)
		res.Reused = true
		return res, fillGraphCounts(ctx, db, &res)
	}
	t := time.Now()
	if err := db.DeleteEverything(ctx); err != nil {
		return res, fmt.Errorf("wipe the bench database: %w", err)
	}
	res.WipeSeconds = time.Since(t).Seconds()
	if err := db.Migrate(ctx); err != nil {
		return res, err
	}
	logf("SF%s: wiped in %.1fs; loading %d nodes and %d relationships in units of %d records",
		synth.ScaleName(g.Config.Scale), res.WipeSeconds, res.Nodes, res.Relationships, o.unitSize)

	clock := &unitClock{}
	var group []store.Records
	groupRecords := 0
	relUnits := map[string]int{} // unit name -> relationships in it
	var loadTime time.Duration
	var groupStarts []time.Time
	flush := func() error {
		if len(group) == 0 {
			return nil
		}
		start := time.Now()
		groupStarts = append(groupStarts, start)
		sum, err := write.Load(ctx, db, group, write.Options{Progress: clock})
		if err != nil {
			return err
		}
		loadTime += time.Since(start)
		res.Units += sum.Units
		logf("  loaded %d units, %d records in %.1fs", sum.Units, sum.Records, time.Since(start).Seconds())
		group, groupRecords = nil, 0
		return nil
	}
	for u := range g.Units(o.unitSize) {
		n := len(u.Entities) + len(u.Relations)
		if o.loadGroup > 0 && groupRecords+n > o.loadGroup {
			if err := flush(); err != nil {
				return res, err
			}
		}
		if len(u.Relations) > 0 {
			relUnits[u.Name] = len(u.Relations)
		}
		group = append(group, u)
		groupRecords += n
	}
	if err := flush(); err != nil {
		return res, err
	}
	res.LoadSeconds = loadTime.Seconds()
	res.RecordsPerSecond = float64(res.Nodes+res.Relationships) / res.LoadSeconds
	res.RelsPerSecond = float64(res.Relationships) / res.LoadSeconds
	// Write time of relationship units: the gap since the previous unit finished, when
	// that unit was of the same write.Load call (the first unit of a call also carries
	// the call's validation, so it is measured from the call's start minus nothing we
	// can separate: it is left out and the rate extrapolated from the others).
	var relTime time.Duration
	relCounted := 0
	for i, m := range clock.marks {
		n, ok := relUnits[m.name]
		if !ok || i == 0 {
			continue
		}
		prev := clock.marks[i-1].at
		firstOfGroup := false
		for _, gs := range groupStarts {
			if gs.After(prev) && gs.Before(m.at) {
				firstOfGroup = true
			}
		}
		if firstOfGroup {
			continue
		}
		relTime += m.at.Sub(prev)
		relCounted += n
	}
	if relTime > 0 {
		res.RelWriteRelsPerSecond = float64(relCounted) / relTime.Seconds()
	}
	return res, fillGraphCounts(ctx, db, &res)
}

func fillGraphCounts(ctx context.Context, db *store.Store, res *LoadResult) error {
	st, err := db.Stats(ctx)
	if err != nil {
		return err
	}
	res.GraphNodes, res.GraphRelationships = st.Nodes, st.Relationships
	if st.Nodes != int64(res.Nodes) || st.Relationships != int64(res.Relationships) {
		return fmt.Errorf("after the load the graph has %d nodes and %d relationships; the generator made %d and %d",
			st.Nodes, st.Relationships, res.Nodes, res.Relationships)
	}
	return nil
}

func topN(xs []int, n int) []int {
	top := make([]int, 0, n+1)
	for _, x := range xs {
		i := len(top)
		for i > 0 && top[i-1] < x {
			i--
		}
		if i < n {
			top = append(top[:i], append([]int{x}, top[i:]...)...)
			if len(top) > n {
				top = top[:n]
			}
		}
	}
	return top
}

// rawQuery runs a query for the bench itself (PROFILE plans, stats).
func rawQuery(ctx context.Context, d neo4j.DriverWithContext, q string, params map[string]any) ([]*neo4j.Record, *neo4j.ResultSummary, error) {
	res, err := neo4j.ExecuteQuery(ctx, d, q, params, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase("neo4j"))
	if err != nil {
		return nil, nil, err
	}
	var s neo4j.ResultSummary = res.Summary
	return res.Records, &s, nil
}
