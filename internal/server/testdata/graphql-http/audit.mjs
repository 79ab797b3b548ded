// Runs graphql-http's server audits against the URL given as the first argument and
// prints one JSON object per audit: {"id", "name", "status" (ok, warn, error), "reason"}.
// The Go test (audit_integration_test.go) starts the server and judges the results.
import { serverAudits } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node audit.mjs <url>');
  process.exit(2);
}
const results = [];
for (const audit of serverAudits({ url })) {
  const r = await audit.fn();
  results.push({ id: r.id, name: r.name, status: r.status, reason: r.reason ?? '' });
}
console.log(JSON.stringify(results, null, 1));
