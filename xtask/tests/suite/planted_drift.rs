//! A slice of the planted drifts (`xtask/src/drift.rs`), so that `cargo test` still shows the
//! agreement harness failing on a drifted schema; `cargo xtask conformance` plants every one.

use serde_json::Value;
use xtask::drift::{cases, caught, plants, Plant, EQUIVALENT};

#[test]
fn a_max_length_one_lower_is_caught() {
    let op = connschema_cli::apis::catalog().operation("aws.events.CreateConnection").expect("operation");
    let message = op.message("request").expect("message");
    let plant = Plant { pointer: "/properties/Name/maxLength".into(), value: Some(63.into()), what: String::new() };
    assert!(caught(&connschema_cli::apis::catalog().schema(op, message), &cases(op, message), &plant));
}

#[test]
fn an_unanchored_pattern_is_caught() {
    let op = connschema_cli::apis::catalog().operation("aws.events.CreateConnection").expect("operation");
    let message = op.message("request").expect("message");
    let schema = connschema_cli::apis::catalog().schema(op, message);
    let pattern = schema.pointer("/properties/Name/pattern").and_then(Value::as_str).expect("Name has a pattern");
    let inner = pattern.strip_prefix("^(?:").and_then(|p| p.strip_suffix(")$")).expect("anchored once");
    let plant = Plant { pointer: "/properties/Name/pattern".into(), value: Some(inner.into()), what: String::new() };
    assert!(caught(&schema, &cases(op, message), &plant));
}

#[test]
fn every_drift_of_the_eventbridge_request_is_caught() {
    let op = connschema_cli::apis::catalog().operation("aws.events.CreateConnection").expect("operation");
    let message = op.message("request").expect("message");
    let (schema, cases) = (connschema_cli::apis::catalog().schema(op, message), cases(op, message));
    let mut found = Vec::new();
    plants(&schema, "", &mut found);
    assert!(found.len() > 20, "{} drifts", found.len());
    let planted = found.iter().filter(|p| !EQUIVALENT.iter().any(|(what, _)| p.what.contains(what)));
    let missed: Vec<&str> = planted.filter(|p| !caught(&schema, &cases, p)).map(|p| p.what.as_str()).collect();
    assert!(missed.is_empty(), "drifts the corpus does not catch: {missed:#?}");
}
