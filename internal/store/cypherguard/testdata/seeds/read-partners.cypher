MATCH (c:City {id: 'city:cn:shenyang'})-[r:PARTNER_OF]-(p:City)
WHERE r.partnership = 'sister' // only sister cities
RETURN p.name AS partner, r.since AS since
ORDER BY since
LIMIT 25