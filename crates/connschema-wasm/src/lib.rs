//! `@connschema/validator`: the connschema validator for JavaScript, compiled to WebAssembly.
//!
//! The functions here are what the package's `validate`, `operations`, `messages` and `schema`
//! call (docs/contracts.md §8), over the same catalog ([`connschema_cli::apis::catalog`]) and the same [`Report`] as the CLI, so
//! that a browser shows the message the CLI and the services give. The WebAssembly build binds
//! them to JavaScript (`bindings`); a native build keeps them plain, for the tests.
//!
//! `cargo xtask wasm` builds the module and its glue into `packages/validator/wasm/`.

use connschema::catalog::Unknown;
use connschema::{Limits, Report};

#[cfg(target_arch = "wasm32")]
mod bindings;

/// The CLI's `validate --format json` report of one document, as JSON text (one line):
/// `{"valid": …, "errors": [{"path", "code", "message"}…]}`, with `"omitted": N` when
/// `max_violations` left some out.
///
/// ```
/// let report = connschema_wasm::validate("aws.events.CreateConnection", "request", "{}", None).unwrap();
/// assert!(report.starts_with(r#"{"valid":false,"errors":[{"path":"/Name","code":"required""#));
/// ```
pub fn validate(operation: &str, message: &str, text: &str, max_violations: Option<usize>) -> Result<String, Unknown> {
    let (_, message) = connschema_cli::apis::catalog().find(operation, message)?;
    let limits = max_violations.map_or(Limits::ALL, Limits::violations);
    let verdict = message.validate_with(text.as_bytes(), &limits);
    // A report of strings, numbers and booleans always serializes.
    Ok(serde_json::to_string(&Report::of(&verdict)).unwrap_or_default())
}

/// Every operation id, in `list` order.
pub fn operations() -> Vec<&'static str> {
    connschema_cli::apis::catalog().operations().iter().map(|op| op.id).collect()
}

/// The messages of one operation, in `list <op>` order.
pub fn messages(operation: &str) -> Result<Vec<&'static str>, Unknown> {
    let op = connschema_cli::apis::catalog().find_operation(operation)?;
    Ok(op.messages.iter().map(|m| m.name).collect())
}

/// The JSON Schema of one message, the text of its file under `schemas/`.
pub fn schema(operation: &str, message: &str) -> Result<String, Unknown> {
    let catalog = connschema_cli::apis::catalog();
    let (op, message) = catalog.find(operation, message)?;
    Ok(catalog.schema_text(op, message))
}
