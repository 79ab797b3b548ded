package ingest

// maxListWalk bounds how far along a list of names listNeighbours walks each way.
const maxListWalk = 12

// listNeighbours returns the capitalised names a name is listed with ("Shiga, Nara, Mie
// and Fukui"), nearest first, one after it then one before it in turn. A list names
// places of one kind, so a twin name whose next member is a twin too (city and region
// alike) takes its kind from the nearest member that is only one or the other: in a
// list of prefectures where several prefectures share their name with their capitals,
// each is still the prefecture.
func listNeighbours(before, after string) []string {
	var ahead, behind []string
	for rest := after; len(ahead) < maxListWalk; {
		m := listSep.FindStringSubmatchIndex(rest)
		if m == nil {
			break
		}
		ahead = append(ahead, rest[m[2]:m[3]])
		rest = rest[m[3]:]
	}
	for rest := before; len(behind) < maxListWalk; {
		m := listSepBefore.FindStringSubmatchIndex(rest)
		if m == nil {
			break
		}
		behind = append(behind, rest[m[2]:m[3]])
		rest = rest[:m[2]]
	}
	var out []string
	for i := 0; i < len(ahead) || i < len(behind); i++ {
		if i < len(ahead) {
			out = append(out, ahead[i])
		}
		if i < len(behind) {
			out = append(out, behind[i])
		}
	}
	return out
}
