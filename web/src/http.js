// The request as the operation's HTTP binding sends it (schemas/index.json): its method, its path
// with the `params` members it names, the others as headers (these APIs have no query
// parameters), the fixed headers (EventBridge's `X-Amz-Target`) and the protocol's content type;
// to `connschema serve` behind the page's /api proxy.

const contentTypes = { "awsJson1.1": "application/x-amz-json-1.1" };

// `connschema serve` refuses a request without a credential of its vendor's form, and checks the
// form only (it holds no keys). This page is a development form for it, so it sends a credential
// of that form; a deployed page sends through its own backend, which signs. Huawei's token or
// signature is a `params` member, filled in on the page.
const SIGNATURE = "0123456789abcdef".repeat(4);
function credentials(operation) {
  if (operation.protocol === "awsJson1.1" || operation.protocol === "restJson1") {
    const service = operation.id.split(".")[1];
    const scope = `AKIDEXAMPLE/20261207/us-east-1/${service}/aws4_request`;
    return { Authorization: `AWS4-HMAC-SHA256 Credential=${scope}, SignedHeaders=host;x-amz-date, Signature=${SIGNATURE}` };
  }
  // A JSON Web Token, {"alg":"none"} and {"sub":"connschema"}.
  if (operation.protocol === "versori") return { Authorization: "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJjb25uc2NoZW1hIn0." };
  return {};
}

/**
 * Sends one request to the server at `base` (the page's proxy by default); `{ok, status, headers,
 * body}`, the body parsed where it is JSON.
 */
export async function send(operation, params, request, base = "/api") {
  const headers = {
    "Content-Type": contentTypes[operation.protocol] ?? "application/json",
    ...credentials(operation),
    ...operation.requestHeaders,
  };
  const named = new Set();
  const path = operation.path.replace(/\{([^}]+)\}/g, (_, name) => {
    named.add(name);
    return encodeURIComponent(params?.[name] ?? "");
  });
  for (const [name, value] of Object.entries(params ?? {})) {
    if (!named.has(name) && value !== undefined) headers[name] = String(value);
  }
  const answer = await fetch(`${base}${path}`, { method: operation.method, headers, body: JSON.stringify(request) });
  const text = await answer.text();
  let body = text;
  try {
    body = JSON.parse(text);
  } catch {
    // Not JSON: shown as text.
  }
  return { ok: answer.ok, status: answer.status, headers: answer.headers, body };
}
