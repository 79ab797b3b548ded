package ingest

// pairedStyles are styles of two words before a person's name whose words alone are no
// title ("Tan Sri", a Malaysian honour: Tan is a surname, Sri a given name too).
var pairedStyles = set("tan sri", "toh puan", "dato sri", "datuk sri", "dato seri", "datuk seri")

// callings are what a person does, written capitalised before the name in a caption's
// or a release's style ("Senior Environmental Educator Ana Ruiz"): no office, but the
// two or three words after one are a person's name.
var callings = set("educator", "curator", "artist", "singer", "musician", "author", "writer",
	"poet", "photographer", "journalist", "scientist", "researcher", "teacher")
