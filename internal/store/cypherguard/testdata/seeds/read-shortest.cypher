MATCH p = shortestPath((a:Entity {id: $from})-[*..6]-(b:Entity {id: $to}))
RETURN [n IN nodes(p) | n.name] AS names, length(p) AS hops