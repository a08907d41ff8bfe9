//! The JavaScript side: each function as wasm-bindgen exports it, an [`Unknown`] name thrown as
//! an `Error` with the message the CLI gives. `packages/validator/` wraps these (JSON text in
//! and out, parsed there) in the package's API.

use connschema::catalog::Unknown;
use wasm_bindgen::prelude::*;

fn thrown(unknown: Unknown) -> JsError {
    JsError::new(&unknown.to_string())
}

#[wasm_bindgen]
pub fn validate(operation: &str, message: &str, text: &str, max_violations: Option<u32>) -> Result<String, JsError> {
    crate::validate(operation, message, text, max_violations.map(|n| n as usize)).map_err(thrown)
}

#[wasm_bindgen]
pub fn operations() -> Vec<String> {
    crate::operations().into_iter().map(String::from).collect()
}

#[wasm_bindgen]
pub fn messages(operation: &str) -> Result<Vec<String>, JsError> {
    crate::messages(operation).map(|names| names.into_iter().map(String::from).collect()).map_err(thrown)
}

#[wasm_bindgen]
pub fn schema(operation: &str, message: &str) -> Result<String, JsError> {
    crate::schema(operation, message).map_err(thrown)
}
