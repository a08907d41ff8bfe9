// The package's API over the module's bindings (crates/connschema-wasm): reports and schemas
// cross as JSON text and are parsed here. `node.js` and `browser.js` differ only in how they
// load the module.
import load, * as bindings from "./wasm/connschema_wasm.js";

let loading;
let ready = false;

/** Loads the module once: later calls return the same promise; a failed load may be retried. */
export function start(source) {
  loading ??= source()
    .then((module_or_path) => load({ module_or_path }))
    .then(
      () => {
        ready = true;
      },
      (error) => {
        loading = undefined;
        throw error;
      },
    );
  return loading;
}

// wasm-bindgen's glue, called before it is loaded, fails with a TypeError about its internals.
function loaded() {
  if (!ready) throw new Error("@connschema/validator: `await init()` before validating");
}

export function validate(operationId, message, text, options = {}) {
  loaded();
  return JSON.parse(bindings.validate(operationId, message, text, options.maxViolations));
}

export function operations() {
  loaded();
  return bindings.operations();
}

export function messages(operationId) {
  loaded();
  return bindings.messages(operationId);
}

export function schema(operationId, message) {
  loaded();
  return JSON.parse(bindings.schema(operationId, message));
}
