// The request as the operation's HTTP binding sends it (schemas/index.json): its method, its path
// with the `params` members it names, the others as headers (these APIs have no query
// parameters), the fixed headers (EventBridge's `X-Amz-Target`) and the protocol's content type;
// to `connschema serve` behind the page's /api proxy.

const contentTypes = { "awsJson1.1": "application/x-amz-json-1.1" };

/**
 * Sends one request to the server at `base` (the page's proxy by default); `{ok, status, headers,
 * body}`, the body parsed where it is JSON.
 */
export async function send(operation, params, request, base = "/api") {
  const headers = { "Content-Type": contentTypes[operation.protocol] ?? "application/json", ...operation.requestHeaders };
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
