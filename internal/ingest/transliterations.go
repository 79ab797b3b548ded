package ingest

import (
	"regexp"
	"slices"
	"strings"
	"sync"

	"github.com/amity-graph/amity/internal/kg"
)

// surnameIndex lists the graph's people by the folded last word of each of their
// names; built on first use.
type surnameIndex struct {
	once sync.Once
	by   map[string][]int
}

// givenAlternations are the letters in which transliterations of one given name differ
// most ("Dmitry"/"Dmitri"/"Dmitriy", "Sergey"/"Sergei", "Aleksandr"/"Alexandr",
// "Josef"/"Joseph"): a given name's skeleton writes each one way. Vowels other than
// y/i are kept apart: "Juan" and "Joan" are two names.
var givenAlternations = strings.NewReplacer("iy", "i", "ij", "i", "y", "i", "ks", "x", "ph", "f")

func givenSkeleton(w string) string { return givenAlternations.Replace(w) }

// personWords are the folded words of a person's name without its middle initials
// ("Dimitry A. Medvedev": dimitry medvedev).
func personWords(name string) []string {
	var out []string
	for _, w := range strings.Fields(FoldName(strings.ReplaceAll(name, ".", " "))) {
		if len([]rune(w)) > 1 {
			out = append(out, w)
		}
	}
	return out
}

// transliteratedPerson returns the graph's person whom a name the graph does not hold
// writes in another transliteration ("Dmitry Medvedev" of Dmitri Medvedev): the same
// surname, as many words, and given names of one skeleton though spelt otherwise. Only
// one person may so match; any graph name spelt exactly as the text leaves the choice
// to the linker (-1).
func (g *Gazetteer) transliteratedPerson(kind kg.Kind, name string) int {
	if g == nil || kind != kg.Person {
		return -1
	}
	words := personWords(name)
	if len(words) < 2 || len(words) > 3 {
		return -1
	}
	g.bySurname.once.Do(func() {
		g.bySurname.by = map[string][]int{}
		for i, r := range g.entries {
			if r.Kind != kg.Person {
				continue
			}
			seen := map[string]bool{}
			for _, n := range append([]string{r.Name}, r.Aliases...) {
				if w := personWords(n); len(w) >= 2 && !seen[w[len(w)-1]] {
					seen[w[len(w)-1]] = true
					g.bySurname.by[w[len(w)-1]] = append(g.bySurname.by[w[len(w)-1]], i)
				}
			}
		}
	})
	found := -1
	for _, i := range g.bySurname.by[words[len(words)-1]] {
		r := g.entries[i]
		for _, n := range append([]string{r.Name}, r.Aliases...) {
			w := personWords(n)
			if len(w) != len(words) || w[len(w)-1] != words[len(words)-1] {
				continue
			}
			if strings.Join(w, " ") == strings.Join(words, " ") {
				return -1
			}
			same := true
			for k := range len(w) - 1 {
				if givenSkeleton(w[k]) != givenSkeleton(words[k]) || len([]rune(words[k])) < 3 {
					same = false
				}
			}
			if same {
				if found >= 0 && found != i {
					return -1
				}
				found = i
			}
		}
	}
	return found
}

// spellingRepeats links every other whole-word occurrence of a name linked to the
// graph's person by another spelling, as fullNameRepeats proposes a new person's: the
// name said again is the same person's.
func (p *proposer) spellingRepeats(ms []Mention) []Mention {
	done := map[string]bool{}
	for _, m := range slices.Clone(ms) {
		if m.How != "spelling" || done[m.Text] {
			continue
		}
		done[m.Text] = true
		re := regexp.MustCompile(`\b` + regexp.QuoteMeta(m.Text) + `\b`)
		for _, loc := range re.FindAllStringIndex(p.c.text, -1) {
			if slices.ContainsFunc(ms, func(o Mention) bool { return o.bStart < loc[1] && loc[0] < o.bEnd }) {
				continue
			}
			ms = p.addNamed(ms, kg.Person, loc[0], loc[1], m.Text, 0.5)
		}
	}
	return ms
}
