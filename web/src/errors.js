// Where a violation belongs in the form: connschema's JSON Pointers (wire names; a missing or
// unknown member at the member itself) become rjsf's error schema, and each vendor's error
// body, as `connschema serve` or the vendor sends it, is read back into such pointers.

/** The steps of a JSON Pointer (RFC 6901). */
export function steps(pointer) {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((step) => step.replaceAll("~1", "/").replaceAll("~0", "~"));
}

/** rjsf's `ErrorSchema` of `[{path, message}]`: `{Name: {__errors: [message]}}`. */
export function errorSchema(violations) {
  const root = {};
  for (const { path, message } of violations) {
    let node = root;
    for (const step of steps(path)) node = node[step] ??= {};
    (node.__errors ??= []).push(message);
  }
  return root;
}

/** Whether the document holds a value at `pointer`: what the user has typed so far. */
export function holds(document, pointer) {
  let node = document;
  for (const step of steps(pointer)) {
    if (node === null || typeof node !== "object" || !(step in node)) return false;
    node = node[step];
  }
  return node !== undefined;
}

// AWS's wording names a member by its wire name with a lower-case first letter, joined by `.`,
// list items 1-based as `<list>.<n>.member.<field>`; these APIs' wire names all start with a
// capital, so the first letter goes back up.
function awsPointer(path) {
  const out = [];
  const parts = path.split(".");
  for (let i = 0; i < parts.length; i += 1) {
    const part = parts[i];
    if (/^[0-9]+$/.test(part)) {
      out.push(String(Number(part) - 1));
      if (parts[i + 1] === "member") i += 1;
    } else {
      out.push(part.charAt(0).toUpperCase() + part.slice(1));
    }
  }
  return out.map((step) => `/${step.replaceAll("~", "~0").replaceAll("/", "~1")}`).join("");
}

// `N validation error(s) detected: Value '…' at 'a.b' failed to satisfy constraint: Member must …; …`
function awsText(text) {
  const found = [...text.matchAll(/Value(?: null| '(?:[^']|'(?! at '))*')? at '([^']*)' failed to satisfy constraint: /g)];
  return found.map((match, i) => {
    const end = i + 1 < found.length ? found[i + 1].index - 2 : text.length;
    return { path: awsPointer(match[1]), message: text.slice(match.index + match[0].length, end) };
  });
}

// Versori's `fields[].field`: `a.b[0].c`.
function versoriPointer(field) {
  return field
    .replace(/\[([0-9]+)\]/g, ".$1")
    .split(".")
    .map((step) => `/${step}`)
    .join("");
}

// Huawei's `error_details`: `/a/b: message; /c: message`.
function huaweiDetails(text) {
  const found = [...text.matchAll(/(?:^|; )(\/[^:;]*|): /g)];
  return found.map((match, i) => ({
    path: match[1],
    message: text.slice(match.index + match[0].length, i + 1 < found.length ? found[i + 1].index : text.length),
  }));
}

// Errors that name no member but are about one: the stateful conflicts, by the name or code each
// vendor gives them, on the member that must be unique (docs/contracts.md §7).
const conflicts = {
  "aws.events.CreateConnection": ["ResourceAlreadyExistsException", "/Name"],
  "aws.quicksight.CreateActionConnector": ["ResourceExistsException", "/ActionConnectorId"],
  "huaweicloud.eg.CreateConnection": ["EG.00014090", "/name"],
  "versori.platform.CreateConnectorConnection": ["conflict", "/name"],
};

/**
 * The violations an error answer names, as `[{path, message}]` with JSON Pointers into the
 * request (`path` `""` where it names no member), read the way each vendor's clients read it:
 * AWS's name from `X-Amzn-ErrorType`, then `code`, then `__type`.
 */
export function fromServer(operation, protocol, status, headers, body) {
  // AWS's name (without its `:…` suffix or namespace), Versori's `code`, Huawei's `error_code`.
  const name = (headers.get("x-amzn-errortype") ?? body?.code ?? body?.__type ?? body?.error_code ?? "")
    .split(":")[0]
    .split("#")
    .pop();
  const message = body?.message ?? body?.Message ?? body?.error_msg ?? `HTTP ${status}`;
  let found = [];
  if (protocol === "awsJson1.1" || protocol === "restJson1") {
    found = Array.isArray(body?.Fields)
      ? body.Fields.map((field) => ({ path: awsPointer(field.Name), message: field.Message }))
      : awsText(message);
  } else if (protocol === "huawei" && typeof body?.error_details === "string") {
    found = huaweiDetails(body.error_details);
  } else if (protocol === "versori" && Array.isArray(body?.fields)) {
    found = body.fields.map((field) => ({ path: versoriPointer(field.field), message: field.message }));
  }
  if (found.length > 0) return found;
  const [conflict, member] = conflicts[operation] ?? [];
  return [{ path: name === conflict ? member : "", message: name ? `${name}: ${message}` : message }];
}
