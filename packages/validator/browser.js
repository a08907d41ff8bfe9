// Browsers, through Vite or any bundler that resolves `new URL(…, import.meta.url)` to an asset.
import { start } from "./api.js";

export { messages, operations, schema, validate } from "./api.js";

/** Loads the WebAssembly module (from `source`, or beside this file); a no-op once loaded. */
export function init(source) {
  return start(async () => source ?? new URL("./wasm/connschema_wasm_bg.wasm", import.meta.url));
}
