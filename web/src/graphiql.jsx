// GraphiQL served by Amity itself (no CDN), with a worked example in its first tab.
import React from "react";
import { createRoot } from "react-dom/client";
import { GraphiQL } from "graphiql";
import { createGraphiQLFetcher } from "@graphiql/toolkit";
import "graphiql/graphiql.css";
import "./graphiql-page.css";

const example = `# Who visited Shenyang, and which enterprises are tied to its partner cities?
# Press the run button (or Ctrl-Enter). Readers need no token; an analyst's or
# editor's goes under Headers as {"Authorization": "Bearer <token>"}.
query ShenyangAtAGlance {
  entity(id: "city:cn:shenyang") {
    name
    kind
    ... on City {
      partners(kinds: [SISTER]) { partner { name } since sources { title publisher } }
    }
  }
  visits(host: "city:cn:shenyang", from: "2023") {
    event { name }
    visitors { name }
    startDate
    sources { title publishedAt }
  }
  enterprisesTiedTo(city: "city:cn:shenyang", first: 5) {
    company { name }
    partner { name }
    path { nodes { name } relations { type } }
  }
}
`;

const fetcher = createGraphiQLFetcher({ url: new URL("/query", location.href).toString() });
createRoot(document.getElementById("graphiql")).render(
  React.createElement(GraphiQL, { fetcher, defaultQuery: example, defaultEditorToolsVisibility: false }),
);
