package ingest

// pairedStyles are styles of two words before a person's name whose words alone are no
// title ("Tan Sri", a Malaysian honour: Tan is a surname, Sri a given name too).
var pairedStyles = set("tan sri", "toh puan", "dato sri", "datuk sri", "dato seri", "datuk seri")
