CALL db.index.fulltext.queryNodes('entityNames', 'Hamamatsu') YIELD node, score
RETURN node.id, node.name, score ORDER BY score DESC LIMIT 5;