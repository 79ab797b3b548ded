// Package kg owns Amity's domain rules: the entity kinds and their labels, the relationship
// types and which kinds they may join, the shape of ids, partial dates, and the validation
// every fact passes before it reaches the store. It knows nothing of Neo4j or HTTP.
package kg

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// Kind is an entity kind. Its value is also the node's most specific label.
type Kind string

// The entity kinds of the graph model.
const (
	Country      Kind = "Country"
	Region       Kind = "Region"
	City         Kind = "City"
	Person       Kind = "Person"
	Organization Kind = "Organization"
	Company      Kind = "Company"
	Consulate    Kind = "Consulate"
	Event        Kind = "Event"
)

// Kinds lists every kind in a stable order.
var Kinds = []Kind{Country, Region, City, Person, Organization, Company, Consulate, Event}

// EntityLabel is carried by every node but Source; SourceLabel by sources.
const (
	EntityLabel = "Entity"
	SourceLabel = "Source"
)

var idPrefix = map[Kind]string{
	Country: "country", Region: "region", City: "city", Person: "person",
	Organization: "org", Company: "company", Consulate: "consulate", Event: "event",
}

// ParseKind accepts a kind in any letter case ("city", "CITY", "City").
func ParseKind(s string) (Kind, bool) {
	for _, k := range Kinds {
		if strings.EqualFold(string(k), s) {
			return k, true
		}
	}
	return "", false
}

// Labels are the Neo4j labels of a node of this kind. Companies and consulates are
// organisations too, so a query for Organization finds them.
func (k Kind) Labels() []string {
	switch k {
	case Company, Consulate:
		return []string{EntityLabel, string(Organization), string(k)}
	}
	return []string{EntityLabel, string(k)}
}

// IsLabel reports whether s is a label the graph uses; it is the allow-list for any label
// that reaches Cypher text.
func IsLabel(s string) bool {
	if s == EntityLabel || s == SourceLabel {
		return true
	}
	_, ok := ParseKind(s)
	return ok && Kind(s) == mustKind(s)
}

func mustKind(s string) Kind { k, _ := ParseKind(s); return k }

var (
	segment  = `[a-z0-9]+(?:-[a-z0-9]+)*`
	idRest   = regexp.MustCompile(`^` + segment + `(?::` + segment + `)*$`)
	sourceID = regexp.MustCompile(`^source:` + segment + `(?::` + segment + `)*$`)
)

// ValidateID checks that id is readable, stable and starts with the prefix of its kind,
// for example "city:cn:shenyang" for a City.
func ValidateID(k Kind, id string) error {
	p, ok := idPrefix[k]
	if !ok {
		return fmt.Errorf("unknown kind %q", k)
	}
	rest, found := strings.CutPrefix(id, p+":")
	if !found {
		return fmt.Errorf("id %q of a %s must start with %q", id, k, p+":")
	}
	if !idRest.MatchString(rest) {
		return fmt.Errorf("id %q: after the prefix use lowercase ascii words joined by '-', segments by ':'", id)
	}
	return nil
}

// KindOfID infers the kind from an id's prefix.
func KindOfID(id string) (Kind, bool) {
	p, _, ok := strings.Cut(id, ":")
	if !ok {
		return "", false
	}
	for k, kp := range idPrefix {
		if kp == p {
			return k, true
		}
	}
	return "", false
}

// ValidateSourceID checks a source id such as "source:twin-cities-dataset".
func ValidateSourceID(id string) error {
	if !sourceID.MatchString(id) {
		return fmt.Errorf("source id %q must look like source:words-joined-by-dashes", id)
	}
	return nil
}

// letters that do not decompose into a base letter and a mark, and apostrophes that
// must not split a word.
var slugReplacer = strings.NewReplacer("ß", "ss", "ø", "o", "Ø", "o", "ł", "l", "Ł", "l", "đ", "d", "Đ", "d",
	"æ", "ae", "Æ", "ae", "ı", "i", "ð", "d", "Ð", "d", "þ", "th", "Þ", "th", "œ", "oe", "Œ", "oe",
	"ħ", "h", "Ħ", "h", "ə", "e", "Ə", "e", "'", "", "’", "", "`", "", "ʻ", "", "ʼ", "")

// MissionID is a diplomatic mission's id: its sender's slug, its mission type and its
// seat's slug ("consulate:japan-consulate-general-shenyang"). The missions data set and
// the ingest of new posts both name missions so.
func MissionID(sender, missionType, seat string) string {
	return "consulate:" + sender + "-" + missionType + "-" + seat
}

// Slug turns a name into an id segment: diacritics stripped, lowercase ascii words
// joined by '-'. "Békéscsaba" -> "bekescsaba", "St. John's" -> "st-johns".
func Slug(name string) string {
	s := name
	if !isASCII(s) {
		// A transformer keeps state, so each call chains its own.
		t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
		if out, _, err := transform.String(t, name); err == nil {
			s = out
		}
		s = slugReplacer.Replace(s)
	} else if strings.ContainsAny(s, "'`") {
		s = slugReplacer.Replace(s)
	}
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
			continue
		}
		dash = true
	}
	return b.String()
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// NormalizeName folds a name for matching across spellings: case, diacritics and
// punctuation are ignored.
func NormalizeName(s string) string { return strings.ReplaceAll(Slug(s), "-", " ") }

// Dedupe returns xs without blanks or repeats, keeping first occurrences in order.
func Dedupe(xs []string) []string {
	out := make([]string, 0, len(xs))
	seen := make(map[string]bool, len(xs)) // loads pass tens of thousands of ids
	for _, x := range xs {
		x = strings.TrimSpace(x)
		if x != "" && !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

// ValidateAnyID checks an id of any kind: the prefix names a kind and the rest is well
// formed. Lookups use it so malformed input never reaches a query, even as a parameter.
func ValidateAnyID(id string) error {
	k, ok := KindOfID(id)
	if !ok {
		return fmt.Errorf("%q is not an entity id (ids look like city:cn:shenyang or person:lyu-zhicheng)", id)
	}
	return ValidateID(k, id)
}
