MATCH (e:Event)<-[:PARTICIPATED_IN {role: 'visitor'}]-(v)
CALL (e) { MATCH (e)-[:HELD_IN]->(c:City) RETURN c }
RETURN e.id, collect(v.name) AS visitors, c.name /* host */