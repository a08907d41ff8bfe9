//! The peer validator: the `jsonschema` crate, built one way.

pub use jsonschema::Validator;
use serde_json::Value;

/// The `jsonschema` crate on `schema` as every check that compares with it builds it: draft
/// 2020-12, with formats asserted (the exported schemas mean their `format`s, as connschema does).
pub fn peer(schema: &Value) -> Result<Validator, String> {
    jsonschema::options()
        .with_draft(jsonschema::Draft::Draft202012)
        .should_validate_formats(true)
        .build(schema)
        .map_err(|e| e.to_string())
}
