package ingest

import "regexp"

// districtTag is the tag of a U.S. House district after a representative's name
// ("(TX-20)", "(NY-AL)", "(R-TX-20)"): a state's postal code, a dash and the district's
// number, or AL for a state's one at-large seat; the code is the first group.
var districtTag = regexp.MustCompile(`\((?:[RDI]-)?([A-Z]{2})[-–](?:\d{1,2}|AL)\)`)
