// Node 20+: the module is read from the package's own folder (Node's fetch reads no file URL).
import { readFile } from "node:fs/promises";
import { start } from "./api.js";

export { messages, operations, schema, validate } from "./api.js";

/** Loads the WebAssembly module; a no-op once loaded. */
export function init() {
  return start(() => readFile(new URL("./wasm/connschema_wasm_bg.wasm", import.meta.url)));
}
