package refdata

// The import of twin_cities.csv: reading the rows, and turning each row whose two sides
// resolve (resolve.go) into one PARTNER_OF relation between them; a row that does not
// is reported as Unresolved, with the reason.

import (
	"math"
	"strconv"

	"github.com/amity-graph/amity/internal/kg"
	"github.com/amity-graph/amity/internal/load/csvtable"
)

var twinHeader = []string{"city1", "country1", "lat1", "lng1", "city2", "country2", "lat2", "lng2"}

// side is one half of a twin row.
type side struct {
	col       string // "city1" or "city2", for messages
	raw       string // the name as written
	country   string
	lat, lon  float64
	partner   string // the other side's place, as the first pass resolved it
	partnerAt coord  // ... and where it lies
}

// readTwins imports twin_cities.csv. Each side of a row is resolved to a place
// (resolveSide), in two passes (locate). A row whose sides resolve is one PARTNER_OF in
// canonical order; a pair seen before (in either direction) is merged into it, and a row
// whose sides are one place is self-pair. A row with a side that does not resolve is
// reported with the side's reason.
func (b *builder) readTwins(path string) error {
	t, err := csvtable.Read(path, twinHeader, true)
	if err != nil {
		return err
	}
	rows := make([][2]side, len(t.Rows))
	for i := range t.Rows {
		for j := range rows[i] {
			s := &rows[i][j]
			n := strconv.Itoa(j + 1)
			s.col, s.raw, s.country = "city"+n, t.Get(i, "city"+n), t.Get(i, "country"+n)
			if s.lat, err = parseDegrees(t, i, "lat"+n, 90); err != nil {
				return err
			}
			if s.lon, err = parseDegrees(t, i, "lng"+n, 180); err != nil {
				return err
			}
		}
	}
	b.locate(rows, t.Lines)
	for i := range rows {
		b.stats["twinRows"]++
		var plans [2]*plan
		failed := false
		for j, s := range rows[i] {
			p, pr := b.resolveSide(s, t.Lines[i])
			if pr != nil {
				b.unresolved(t, i, pr.reason, "%s %q (%s): %s", s.col, s.raw, s.country, pr.detail)
				failed = true
				break
			}
			plans[j] = p
		}
		if failed {
			continue
		}
		if plans[0].id == plans[1].id {
			b.unresolved(t, i, ReasonSelfPair, "both sides are %s", plans[0].id)
			continue
		}
		for _, p := range plans {
			b.apply(p)
		}
		r := kg.Relation{From: plans[0].id, Type: kg.PartnerOf, To: plans[1].id,
			Props: map[string]any{"partnership": "unspecified"}, Sources: []string{SourceTwinCities}, Pos: t.Pos(i)}
		c := r.Canonical()
		k := relKey{c.From, c.Type, c.To}
		if first, dup := b.partners[k]; dup {
			b.stats["twinRowsMerged"]++
			if first == r.From {
				b.stats["twinRowsMerged:same-direction"]++
			} else {
				b.stats["twinRowsMerged:reverse-direction"]++
			}
			continue
		}
		b.partners[k] = r.From
		b.relate(c)
		b.stats["twinPairsImported"]++
	}
	return nil
}

func parseDegrees(t *csvtable.Table, i int, col string, limit float64) (float64, error) {
	v := t.Get(i, col)
	f, err := strconv.ParseFloat(v, 64)
	if err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
		return 0, t.ErrAt(i, col, "%q is not a number", v)
	}
	if math.Abs(f) > limit {
		return 0, t.ErrAt(i, col, "%v is out of range (±%v)", f, limit)
	}
	return f, nil
}

func (b *builder) apply(p *plan) {
	for _, e := range p.ents {
		b.add(e)
	}
	for _, r := range p.rels {
		b.relate(r)
	}
	if p.twinOnly && !b.twinOnly[p.id] {
		b.twinOnly[p.id] = true
		b.stats["twinOnlyCities"]++
	}
	switch {
	case p.matched && p.world:
		b.stats["twinSidesMatchedWorldCity"]++
	case p.matched:
		b.stats["twinSidesMatchedTown"]++
	}
	for _, c := range p.counts {
		b.stats[c]++
	}
}
