package ingest

// addressStyles are the French styles of address English prose borrows before a name,
// singular and plural ("Mme. Ana Lind", "Mlle Lind", "Messrs Lind and Berg"), and the
// neutral and Malaysian forms ("Mx Lind", "Mdm Lind"), which the English ones (Mr, Mrs,
// Ms, Madam) already are among the titles: a style is no name, and the name after it
// is the person's. ("Miss" and "Master" stay out: they open names of their own, "Miss
// World", "Master Plan".)
var addressStyles = []string{"mme", "mmes", "mlle", "mlles", "madame", "mademoiselle", "messrs", "mesdames", "mx", "mdm"}

func init() {
	for _, w := range addressStyles {
		titleWords[w] = true
	}
}
