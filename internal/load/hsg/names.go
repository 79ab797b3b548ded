package hsg

import (
	"regexp"
	"slices"
	"strings"
)

// baseTitles are the offices and ranks the visits list puts before a visitor's name,
// longest first so that "Prime Minister" wins over "Prime" and "Crown Prince" over
// "Prince".
var baseTitles = func() []string {
	ts := []string{
		"President of the Council of Ministers", "Chairman of the Presidency", "Chairman of the Council of Ministers",
		"Prime Minister", "Vice Premier", "Vice President", "Deputy Prime Minister", "Federal Chancellor",
		"General Secretary", "First Secretary", "Secretary General", "Secretary-General", "Governor General",
		"Governor-General", "Head of State", "Chief of State", "Head of Government", "Junta Member",
		"Crown Prince", "Grand Duke", "Grand Duchess", "Lieutenant General", "Brigadier General", "Major General",
		"President", "Premier", "Chancellor", "Taoiseach", "Chairman", "King", "Queen", "Emperor", "Empress",
		"Pope", "Prince", "Princess", "Sultan", "Emir", "Amir", "Shah", "Regent", "General", "Governor",
		"Marshal", "Foreign Minister",
	}
	slices.SortStableFunc(ts, func(a, b string) int { return len(b) - len(a) })
	return ts
}()

// qualifiers may stand before a title ("Acting President"); suffixes after it
// ("President-elect", written "President- elect" a few times).
var (
	qualifiers  = []string{"Interim", "Acting", "Provisional", "Transitional"}
	titleSuffix = regexp.MustCompile(`^-\s?(?i:(elect|designate))\b`)
)

// regnal titles are borne with a regnal or given name ("King Hussein", "Pope Francis"),
// which no surname elsewhere in the list can complete.
var regnalTitles = map[string]bool{"King": true, "Queen": true, "Emperor": true, "Empress": true, "Pope": true,
	"Prince": true, "Princess": true, "Grand Duke": true, "Grand Duchess": true, "Crown Prince": true,
	"Sultan": true, "Emir": true, "Amir": true, "Shah": true, "Regent": true}

// honorifics stand between a title and a name ("Amir Sheikh Tamim bin Hamad al-Thani",
// "Emperor Dom Pedro II") and are no office: the name is kept without them, and the
// written form as an alias.
var honorifics = []string{"Sheikh", "Sheik", "Haji", "Dom", "Dr."}

// visitorFixes mend the few visitor strings whose typing hides the title.
var visitorFixes = strings.NewReplacer(
	"Prime Minster ", "Prime Minister ",
	"Prime Ministere ", "Prime Minister ",
	"Prime MinisterHaidar", "Prime Minister Haidar",
	"Prime Minister-Prince ", "Prime Minister and Prince ",
)

// particleSpace is an Arabic article typed apart from the name it belongs to ("Haidar
// al- Abadi").
var particleSpace = regexp.MustCompile(`\b(al|el)- `)

// visitorName is one person a visitor string names, with the titles it gives them.
type visitorName struct {
	titles  []string
	name    string // as written, without title and honorific
	written string // with the honorific, when there was one
}

// cleanVisitor mends the typing of a visitor string: typos that hide the title, an
// article typed apart, runs of white space.
func cleanVisitor(s string) string {
	s = strings.Join(strings.Fields(visitorFixes.Replace(s)), " ")
	return particleSpace.ReplaceAllString(s, "$1-")
}

// separators split a visitor string naming several people ("President Anwar Sadat,
// Prime Minister Mustafa Khalil"; "King Abdullah and Crown Prince Hussein").
var separators = regexp.MustCompile(`\s*,\s*|\s+and\s+|\s*&\s*`)

// parseVisitor splits a visitor string into the people it names and their titles. A
// piece that does not start with a title belongs to the piece before it ("President
// Benigno S. Aquino, 3rd"); a piece that is only a title gives it to the next person
// ("Premier and Prince Sihanouk" is one person with two titles).
func parseVisitor(s string) []visitorName {
	s = cleanVisitor(s)
	var pieces []string
	at := 0
	for _, loc := range separators.FindAllStringIndex(s, -1) {
		next := s[loc[1]:]
		if _, rest := leadingTitle(next); rest != next {
			pieces = append(pieces, s[at:loc[0]])
			at = loc[1]
		}
	}
	pieces = append(pieces, s[at:])
	var out []visitorName
	var pending []string
	for _, p := range pieces {
		var titles []string
		for {
			t, rest := leadingTitle(p)
			if t == "" {
				break
			}
			titles = append(titles, t)
			p = rest
		}
		written := p
		for _, h := range honorifics {
			if rest, ok := strings.CutPrefix(p, h+" "); ok {
				p = rest
				break
			}
		}
		titles = append(pending, titles...)
		pending = nil
		if strings.TrimSpace(p) == "" {
			pending = titles
			continue
		}
		v := visitorName{titles: titles, name: strings.TrimSpace(p)}
		if written != p {
			v.written = strings.TrimSpace(written)
		}
		out = append(out, v)
	}
	if len(pending) > 0 && len(out) > 0 {
		last := &out[len(out)-1]
		last.titles = append(last.titles, pending...)
	}
	return out
}

// leadingTitle cuts a title (with its qualifier and suffix) off the start of s, or
// returns "" and s.
func leadingTitle(s string) (title, rest string) {
	rest = s
	qual := ""
	for _, q := range qualifiers {
		if r, ok := strings.CutPrefix(rest, q+" "); ok {
			qual, rest = q+" ", r
			break
		}
	}
	for _, t := range baseTitles {
		r, ok := strings.CutPrefix(rest, t)
		if !ok {
			continue
		}
		suffix := ""
		if m := titleSuffix.FindStringSubmatch(r); m != nil {
			suffix = "-" + strings.ToLower(m[1])
			r = r[len(m[0]):]
		}
		if r != "" && r[0] != ' ' {
			continue // "Kingston", "Presidente": not a title
		}
		return qual + t + suffix, strings.TrimSpace(r)
	}
	return "", s
}

var roman = regexp.MustCompile(`^(?i:[IVX]+|[IVX]+(st|nd|rd|th))$`)

// single reports whether a name is one name only — a surname ("Adenauer", "de Gaulle") or
// a regnal name ("Hussein", "Baudouin I") — which does not tell people apart across
// countries.
func single(name string) bool {
	f := strings.Fields(name)
	switch {
	case len(f) == 1:
		return true
	case len(f) == 2 && roman.MatchString(f[1]):
		return true
	case len(f) == 2 && isLower(f[0]):
		return true // "de Gaulle", "de Valera"
	}
	return false
}

func isLower(s string) bool { return s != "" && strings.ToLower(s) == s }
