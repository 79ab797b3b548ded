package ingest

// commonGiven are given names common in the countries the articles cover, written out
// here because the graph's people (mostly mayors and envoys, two bearers needed) leave
// everyday names such as Ron, Freddie or Samuel out of the lexicon, and a photographer
// or a student winner is named with no title. Names that are also common words or
// places (Will, Grace, Georgia) are left out; the lexicon's own filters still apply.
var commonGiven = set(
	// English
	"aaron", "adam", "alan", "albert", "alex", "alexander", "alice", "amanda", "amy", "andrew", "angela", "ann", "anna", "anne",
	"anthony", "antony", "arthur", "barbara", "ben", "benjamin", "beth", "betty", "bob", "brad", "brenda", "brian", "bruce",
	"carl", "carol", "caroline", "catherine", "charles", "chris", "christine", "christopher", "claire", "craig", "dan", "daniel",
	"david", "deborah", "dennis", "diana", "donald", "donna", "doug", "douglas", "ed", "edward", "elizabeth", "emily", "emma",
	"eric", "frank", "fred", "freddie", "gary", "george", "gregory", "harold", "harry", "heather", "helen", "henry", "jack",
	"jacob", "james", "jane", "janet", "jason", "jeff", "jeffrey", "jennifer", "jeremy", "jessica", "jim", "joan", "joe",
	"john", "jonathan", "joseph", "joshua", "judith", "julie", "justin", "karen", "kate", "katherine", "kathleen", "keith",
	"kelly", "kenneth", "kevin", "kim", "larry", "laura", "linda", "lisa", "margaret", "martha", "mary", "matthew", "megan",
	"melissa", "michael", "michelle", "mike", "nancy", "nathan", "nicholas", "nicole", "nina", "pamela", "patricia", "patrick",
	"paul", "peter", "philip", "rachel", "ralph", "rebecca", "richard", "robert", "roger", "ron", "ronald", "ruth", "ryan",
	"sam", "samuel", "sandra", "sarah", "scott", "sharon", "stephen", "steve", "steven", "susan", "thomas", "tim", "timothy",
	"tom", "tony", "walter", "wayne", "william",
	"wendy", "gloria", "judy", "joyce", "diane", "cheryl", "denise", "tina", "tracy", "gail", "ellen", "marilyn",
	"sally", "alison", "anita", "rita", "paula", "carla", "sheila", "lynn", "glenn", "gordon", "howard", "russell",
	// Irish, Welsh and Scottish
	"sean", "shaun", "bryan", "brendan", "declan", "ciaran", "eamon", "niamh", "siobhan", "aoife", "rhodri", "rhys",
	"gareth", "dylan", "celia", "fiona", "hamish", "angus",
	// Spanish and Portuguese
	"alejandro", "ana", "andres", "antonio", "beatriz", "carlos", "carmen", "diego", "eduardo", "elena", "enrique", "fernando",
	"francisco", "gabriel", "guillermo", "ignacio", "javier", "jesus", "joao", "jorge", "jose", "juan", "julio", "luis",
	"manuel", "marcos", "maria", "mario", "miguel", "pablo", "pedro", "rafael", "ramon", "raul", "ricardo", "roberto",
	"rodrigo", "sergio", "vicente",
	// other languages the articles meet
	"roald", "lars", "erik", "sven", "nils", "ahmed", "ali", "dmitri", "hans", "hiroshi", "ivan", "jean", "kenji", "mohammed", "muhammad", "olga", "pierre",
	"sergei", "takashi", "wei", "yuki",
	// English everyday forms, which the graph's people rarely go by
	"jackie", "jacqueline", "bill", "billy", "bobby", "jimmy", "johnny", "teddy", "betsy", "peggy", "jenny", "katie", "annie",
	"charlie", "danny", "tommy", "susie", "ted", "dave", "samantha", "vicki", "randy", "bruce", "todd", "greg", "kurt", "nisha",
	"joey", "andy", "becky", "eddie", "frankie", "ricky", "benny", "kenny", "timmy", "robbie", "debbie", "cindy", "maggie",
	// Arabic, which the Gulf's and the Levant's pages name with no title ("Businessman X")
	"abdullah", "faisal", "fahad", "hamad", "hassan", "hussein", "ibrahim", "jamal", "khalid", "mahmoud", "mustafa", "nasser",
	"omar", "saeed", "salman", "tariq", "yousef", "youssef", "walid", "karim", "rashid", "majid", "adel", "nabil",
	// Romanian, Armenian, Georgian and Indonesian
	"andrei", "bogdan", "catalina", "cristina", "florin", "gheorghe", "ioana", "ion", "mihai", "radu", "vasile",
	"aram", "armen", "gagik", "hayk", "hovhannes", "tigran", "vahe", "anahit", "lilit", "narine",
	"giorgi", "davit", "levan", "nino", "irakli", "zurab", "tamar", "budi", "agus", "siti", "dewi", "joko",
	// Hungarian, Slovak, Czech and Polish, written without their accents as FoldName
	// leaves them
	"tamas", "laszlo", "istvan", "jozsef", "janos", "zoltan", "sandor", "gabor", "ferenc", "attila", "zsolt", "tibor",
	"andras", "csaba", "imre", "balazs", "gyula", "miklos", "katalin", "erzsebet", "ildiko", "zsuzsanna", "krisztina",
	"judit", "agnes", "eszter", "pavol", "jan", "jozef", "marek", "michal", "juraj", "miroslav", "jaroslav", "ladislav",
	"vladimir", "stefan", "dusan", "lubomir", "lukas", "zuzana", "jana", "katarina", "lucia", "slavomir", "slavo",
	"tomas", "petr", "jiri", "pavel", "vaclav", "piotr", "krzysztof", "andrzej", "tomasz", "pawel", "marcin",
	"grzegorz", "wojciech", "jakub", "katarzyna", "malgorzata", "agnieszka", "magdalena",
	// British, Australian and New Zealand forms the lists above lacked
	"ian", "phil", "bart", "neil", "colin", "graham", "stuart", "malcolm", "nigel", "trevor", "barry", "gillian", "fiona",
	"julia", "kerry", "lynne", "derek", "geoff", "geoffrey", "gerald", "alastair", "alistair", "hamish", "angus",
	// Greek, and Czech everyday forms
	"michalis", "nikos", "giorgos", "dimitris", "yannis", "giannis", "kostas", "christos", "vasilis", "panagiotis", "eleni",
	"katerina", "georgios", "dimitrios", "ioannis", "nikolaos", "konstantinos", "alexandros", "mirek", "radek", "zdenek",
	"libor", "jirka", "honza",
	// French and Italian
	"lionel", "francois", "jacques", "philippe", "michel", "giuseppe", "giovanni", "marco", "luca", "francesco",
	"alessandro", "matteo",
)
