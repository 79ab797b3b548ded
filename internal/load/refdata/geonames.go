package refdata

// The GeoNames gazetteer: every place of over 1,000 people (geonames-cities.tsv.gz,
// compacted from GeoNames' cities1000 by scripts/geonames_compact.py), with its
// coordinates, population, first-level region and the alternate names kept for it. It is
// the index twin rows and other data sets find their cities in; which of its places
// become City entities is decided elsewhere (cities.go).

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"math"
	"os"
	"strconv"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
)

var geonamesHeader = []string{"geonameid", "name", "lat", "lon", "country", "admin1", "population", "aliases"}

// readGeoNames reads the gazetteer into b.cities: every place, indexed by GeoNames id,
// by folded name and alias within its country, and by position.
func (b *builder) readGeoNames(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return &kg.FieldError{Pos: kg.Pos{File: path, Line: 1}, Msg: "not a gzip file: " + err.Error()}
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 0, 1<<16), 1<<22)
	x := b.cities
	line := 0
	bad := func(col, format string, args ...any) error {
		return &kg.FieldError{Pos: kg.Pos{File: path, Line: line}, Field: col, Msg: fmt.Sprintf(format, args...)}
	}
	for sc.Scan() {
		line++
		fields := strings.Split(sc.Text(), "\t")
		if line == 1 {
			for i, w := range geonamesHeader {
				if i >= len(fields) || fields[i] != w {
					return bad(w, "header is %q, want %q", sc.Text(), strings.Join(geonamesHeader, "\t"))
				}
			}
			if len(fields) != len(geonamesHeader) {
				return bad(fields[len(geonamesHeader)], "header has an unexpected column")
			}
			continue
		}
		if len(fields) != len(geonamesHeader) {
			return bad(geonamesHeader[min(len(fields), len(geonamesHeader)-1)], "row has %d fields, the header %d", len(fields), len(geonamesHeader))
		}
		b.stats["geonamesRows"]++
		gid, err := strconv.Atoi(fields[0])
		if err != nil || gid <= 0 {
			return bad("geonameid", "%q is not a positive whole number", fields[0])
		}
		lat, err := strconv.ParseFloat(fields[2], 64)
		if err != nil || math.IsNaN(lat) || math.Abs(lat) > 90 {
			return bad("lat", "%q is not a latitude", fields[2])
		}
		lon, err := strconv.ParseFloat(fields[3], 64)
		if err != nil || math.IsNaN(lon) || math.Abs(lon) > 180 {
			return bad("lon", "%q is not a longitude", fields[3])
		}
		pop, err := strconv.Atoi(fields[6])
		if err != nil || pop < 0 {
			return bad("population", "%q is not a whole number", fields[6])
		}
		iso2 := fields[4]
		if _, ok := b.countries[iso2]; !ok {
			b.stats["geonamesRowsUnknownCountry"]++ // XK, Kosovo: no ISO 3166 code
			continue
		}
		if _, dup := x.byGid[gid]; dup {
			return bad("geonameid", "geonameid %d is listed twice", gid)
		}
		if isInstitution(fields[1]) {
			b.stats["geonamesInstitutions"]++ // a campus under its body's name: no place to find
			continue
		}
		c := &wcity{name: fields[1], iso2: iso2, gid: gid, lat: lat, lon: lon, hasCoord: true,
			pop: pop, admin1: fields[5], line: line}
		if fields[7] != "" {
			n := strings.Split(fields[7], "|")
			c.aliases = withoutDateAliases(n)
			b.stats["geonamesDateAliasesDropped"] += len(n) - len(c.aliases)
		}
		x.add(c)
		b.stats["geonamesPlaces"]++
		b.stats["geonamesAliases"] += len(c.aliases)
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	if line == 0 {
		return &kg.FieldError{Pos: kg.Pos{File: path, Line: 1}, Msg: "empty file: no header"}
	}
	return nil
}

// earthKm is the mean radius of the Earth.
const earthKm = 6371.0

// km is the great-circle distance between two points.
func km(lat1, lon1, lat2, lon2 float64) float64 {
	const rad = math.Pi / 180
	dlat, dlon := (lat2-lat1)*rad, (lon2-lon1)*rad
	a := math.Sin(dlat/2)*math.Sin(dlat/2) + math.Cos(lat1*rad)*math.Cos(lat2*rad)*math.Sin(dlon/2)*math.Sin(dlon/2)
	return 2 * earthKm * math.Asin(math.Min(1, math.Sqrt(a)))
}

// cellDeg is the side of a square of the position grid, in degrees.
const cellDeg = 0.25

// cell is a square of the position grid.
type cell struct{ lat, lon int }

func cellOf(lat, lon float64) cell {
	return cell{int(math.Floor(lat / cellDeg)), int(math.Floor(lon / cellDeg))}
}

// within calls fn for every place within maxKm of a point (and some a little farther),
// cell by cell.
func (x *cityIndex) within(lat, lon, maxKm float64, fn func(c *wcity)) {
	dLat := maxKm / 111.0
	cos := math.Cos(math.Min(89.9, math.Abs(lat)+dLat) * math.Pi / 180)
	dLon := math.Min(180, maxKm/(111.0*cos))
	lo, hi := cellOf(lat-dLat, lon-dLon), cellOf(lat+dLat, lon+dLon)
	wrap := int(360 / cellDeg)
	for i := lo.lat; i <= hi.lat; i++ {
		for j := lo.lon; j <= hi.lon && j < lo.lon+wrap; j++ {
			jj := (j+wrap/2)%wrap - wrap/2 // across the antimeridian
			if jj < -wrap/2 {
				jj += wrap
			}
			for _, c := range x.grid[cell{i, jj}] {
				fn(c)
			}
		}
	}
}

// nearest is the place of country iso2 (any country if "") nearest to a point, within
// maxKm, and its distance.
func (x *cityIndex) nearest(iso2 string, lat, lon, maxKm float64) (*wcity, float64) {
	var best *wcity
	bestKm := math.Inf(1)
	x.within(lat, lon, maxKm, func(c *wcity) {
		if iso2 != "" && c.iso2 != iso2 {
			return
		}
		if d := km(lat, lon, c.lat, c.lon); d <= maxKm && (d < bestKm || d == bestKm && c.gid < best.gid) {
			best, bestKm = c, d
		}
	})
	return best, bestKm
}

// Where a point lies, as far as the gazetteer tells: the country of the nearest place,
// when that place is within homeKm.
const homeKm = 40

// countryAt reports the country whose place lies nearest to a point, when one lies within
// homeKm; "" when none does (open sea, desert, a wrong geocode).
func (x *cityIndex) countryAt(lat, lon float64) string {
	k := coord{lat, lon}
	if v, ok := x.at[k]; ok {
		return v
	}
	c, _ := x.nearest("", lat, lon, homeKm)
	v := ""
	if c != nil {
		v = c.iso2
	}
	x.at[k] = v
	return v
}
