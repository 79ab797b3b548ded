package refdata

import (
	"fmt"
	"sort"
	"strings"
	"testing"
)

func TestExploreTwinOnly(t *testing.T) {
	res, err := Read("../../../data/reference")
	if err != nil {
		t.Fatal(err)
	}
	deg := map[string]int{}
	for _, r := range res.Relations {
		if r.Type == "PARTNER_OF" {
			deg[r.From]++
			deg[r.To]++
		}
	}
	var twin []string
	names := map[string]string{}
	for _, e := range res.Entities {
		names[e.ID] = e.Name + " " + fmt.Sprint(e.Aliases)
		if e.Kind == "City" && len(e.Sources) == 1 && e.Sources[0] == SourceTwinCities {
			twin = append(twin, e.ID)
		}
	}
	sort.Slice(twin, func(i, j int) bool {
		return deg[twin[i]] > deg[twin[j]] || deg[twin[i]] == deg[twin[j]] && twin[i] < twin[j]
	})
	for _, id := range twin[:400] {
		fmt.Println(deg[id], id, names[id])
	}
	fmt.Println("---- districts")
	n := 0
	for _, e := range res.Entities {
		if e.Kind == "Region" && strings.Count(e.ID, ":") >= 3 {
			n++
			if n%6 == 0 {
				fmt.Println(e.ID, names[e.ID])
			}
		}
	}
	fmt.Println("---- PART_OF city->city")
	for _, r := range res.Relations {
		if r.Type == "PART_OF" && strings.HasPrefix(r.From, "city:") {
			fmt.Println(r.From, "->", r.To)
		}
	}
	fmt.Println("---- qualified twin-only")
	for _, id := range twin {
		if strings.Count(id, ":") >= 3 {
			fmt.Println(id, names[id])
		}
	}
}
