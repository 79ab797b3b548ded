// Package neo4jlocal owns the project's own local Neo4j servers: fetching the
// Neo4j Community jars with Maven, and starting, stopping and inspecting named
// instances (dev, test, or any other) that each live in <repo>/.data/<name>/.
//
// No Docker and no Neo4j launcher script are involved: the server is run as
// `java -cp '.neo4j/lib/*' org.neo4j.server.CommunityEntryPoint`, with the
// configuration rendered from neo4j/neo4j.conf.tmpl. Tests and tools use
// Instance; cmd/amity-neo4j is the command-line front end.
package neo4jlocal
