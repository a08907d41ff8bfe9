// A secret (`writeOnly: true` in the schema: passwords, client secrets, API key values, tokens)
// is typed into a password input, so the page never shows it back; connschema's messages never
// quote one.

/** rjsf's `uiSchema` for `schema`: a password widget at every `writeOnly` string. */
export function uiSchemaOf(schema) {
  const defs = schema.$defs ?? {};
  const seen = new Set();
  function walk(node) {
    if (!node || typeof node !== "object") return {};
    if (typeof node.$ref === "string") {
      const name = node.$ref.replace(/^#\/\$defs\//, "");
      if (seen.has(name)) return {};
      seen.add(name);
      const ui = walk(defs[name]);
      seen.delete(name);
      return ui;
    }
    if (node.writeOnly === true) return { "ui:widget": "password" };
    const ui = {};
    for (const [member, child] of Object.entries(node.properties ?? {})) {
      const inner = walk(child);
      if (Object.keys(inner).length > 0) ui[member] = inner;
    }
    if (node.items) {
      const inner = walk(node.items);
      if (Object.keys(inner).length > 0) ui.items = inner;
    }
    for (const branch of [...(node.allOf ?? []), ...(node.oneOf ?? []), ...(node.anyOf ?? [])]) {
      Object.assign(ui, walk(branch));
    }
    return ui;
  }
  return walk(schema);
}
