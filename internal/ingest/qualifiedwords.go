package ingest

// qualifiedOnce reports whether the article qualifies one place of the name with the
// region or country it lies in ("Victoria, British Columbia"): a word that is common in
// prose, and names no place where it stands alone, is that place's name in an article
// that sets it so beside its own region, there and where it repeats it bare.
func (c *linkCtx) qualifiedOnce(folded string) bool {
	return len(c.qualified[folded]) == 1
}
