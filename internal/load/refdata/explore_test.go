package refdata

import (
	"fmt"
	"sort"
	"testing"
	"time"
)

func TestExplore(t *testing.T) {
	start := time.Now()
	res, err := Read("../../../data/reference")
	if err != nil {
		t.Fatal(err)
	}
	fmt.Println("took", time.Since(start))
	keys := sortedKeys(res.Stats)
	for _, k := range keys {
		fmt.Println(k, res.Stats[k])
	}
	byReason := map[string][]Unresolved{}
	for _, u := range res.Unresolved {
		byReason[u.File+" "+u.Reason] = append(byReason[u.File+" "+u.Reason], u)
	}
	var rs []string
	for r := range byReason {
		rs = append(rs, r)
	}
	sort.Strings(rs)
	for _, r := range rs {
		fmt.Println("==", r, len(byReason[r]))
		for i, u := range byReason[r] {
			if i >= 400 {
				break
			}
			fmt.Println("  ", u.Line, u.Detail)
		}
	}
}
