package ingest

import "regexp"

// sharedBodyHead follows the first members of a list of bodies that share one plural
// head ("Alba and Sorn Universities"): each member is a body's name, so a place's name
// there is part of it.
var sharedBodyHead = regexp.MustCompile(`^(?:(?:,\s*(?:and\s+)?|\s+and\s+)[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+)*)+\s+(?:Universities|Colleges|Schools|Hospitals|Institutes|Companies|Foundations|Museums|Libraries|Airports|Stadiums|Councils|Associations|Chambers)\b`)

// areaAfter follows a name that the text calls an area ("the Alba area"): where a city
// and a region bear that name, the area could be either, so it is left unlinked.
var areaAfter = regexp.MustCompile(`^\s+area\b`)

// militaryUnitHeads end a military unit's name: a country's short form before one ("a U.S. Naval
// Mobile Construction Battalion") opens the unit's name, as it opens a body's.
var militaryUnitHeads = set("battalion", "batallion", "brigade", "regiment", "squadron", "platoon")
