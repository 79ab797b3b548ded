// The page's one way to the server: POST /query on the page's own origin, with the
// bearer token if the user gave one (a reader needs none).

const TOKEN_KEY = "amity-token";

export function token() {
  return sessionStorage.getItem(TOKEN_KEY) || "";
}

export function setToken(t) {
  if (t) sessionStorage.setItem(TOKEN_KEY, t);
  else sessionStorage.removeItem(TOKEN_KEY);
}

// ApiError carries the GraphQL error code (extensions.code) beside the message.
export class ApiError extends Error {
  constructor(message, code) {
    super(message);
    this.code = code || "";
  }
}

export async function gql(query, variables = {}) {
  const headers = { "Content-Type": "application/json" };
  if (token()) headers.Authorization = "Bearer " + token();
  let resp;
  try {
    resp = await fetch("/query", { method: "POST", headers, body: JSON.stringify({ query, variables }) });
  } catch (e) {
    throw new ApiError("The server could not be reached (" + e.message + ").", "UNAVAILABLE");
  }
  let body;
  try {
    body = await resp.json();
  } catch {
    throw new ApiError("The server answered " + resp.status + " without a GraphQL result.", "INTERNAL");
  }
  if (body.errors && body.errors.length) {
    const e = body.errors[0];
    throw new ApiError(e.message, e.extensions && e.extensions.code);
  }
  return body.data;
}

export const SOURCE = "fragment Src on Source { id title publisher publishedAt url }";
