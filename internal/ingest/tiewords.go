package ingest

// tieWords, right before a place's head word, make the head the kind of a tie between
// places, not part of a place's name ("the Velmar-Kelso Sister City agreement", "our
// Twin Town", "the Velmar Friendship State"): the words before name the partners, and
// "Velmar Sister" is no city.
var tieWords = set("sister", "sisters", "twin", "twinned", "friendship", "sibling", "partner", "partnership", "brother", "sisterhood")
