package ingest

// provinceHalves close the name of a province split from an older one, in the Spanish
// of the Philippines and Latin America ("Velmaro Norte", "Velmaro Sur", "Velmaro
// Oriental"): a name and such a word is a region, never a person or a body.
var provinceHalves = set("Norte", "Sur", "Oriental", "Occidental")
