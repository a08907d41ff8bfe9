//! Every `writeOnly` member that an example document holds, in every message of every operation,
//! gets a canary; the document is then broken in several ways (the secret itself too long or with
//! a control character, an unknown member beside it), and no violation message, nor their
//! `Display` or `Debug`, may contain the canary.

mod common;

use connschema::registry;
use serde_json::Value;
use std::fs;

const CANARY: &str = "CANARY-51c0e";

fn resolve<'a>(root: &'a Value, schema: &'a Value) -> &'a Value {
    match schema.get("$ref").and_then(Value::as_str) {
        Some(r) => &root["$defs"][r.trim_start_matches("#/$defs/")],
        None => schema,
    }
}

/// JSON Pointers of the secret strings in `doc`.
fn secret_pointers(root: &Value, schema: &Value, doc: &Value, at: &str, out: &mut Vec<String>) {
    let schema = resolve(root, schema);
    if schema.get("writeOnly") == Some(&Value::Bool(true)) {
        string_leaves(doc, at, out);
        return;
    }
    match doc {
        Value::Object(members) => {
            for (name, value) in members {
                let escaped = name.replace('~', "~0").replace('/', "~1");
                for sub in member_schemas(root, schema, name) {
                    secret_pointers(root, sub, value, &format!("{at}/{escaped}"), out);
                }
            }
        }
        Value::Array(items) => {
            if let Some(sub) = schema.get("items") {
                for (i, item) in items.iter().enumerate() {
                    secret_pointers(root, sub, item, &format!("{at}/{i}"), out);
                }
            }
        }
        _ => {}
    }
}

/// The schemas that may apply to member `name`: in `properties`, and in every branch of the
/// applicators (unions, tagged variants, rules).
fn member_schemas<'a>(root: &'a Value, schema: &'a Value, name: &str) -> Vec<&'a Value> {
    let schema = resolve(root, schema);
    let mut found: Vec<&Value> = schema.get("properties").and_then(|p| p.get(name)).into_iter().collect();
    for keyword in ["oneOf", "anyOf", "allOf"] {
        for branch in schema.get(keyword).and_then(Value::as_array).into_iter().flatten() {
            found.extend(member_schemas(root, branch, name));
        }
    }
    if let Some(then) = schema.get("then") {
        found.extend(member_schemas(root, then, name));
    }
    found
}

/// Every string inside a secret value (credential data is a secret object).
fn string_leaves(doc: &Value, at: &str, out: &mut Vec<String>) {
    match doc {
        Value::String(_) => out.push(at.to_owned()),
        Value::Object(members) => {
            for (name, value) in members {
                string_leaves(value, &format!("{at}/{}", name.replace('~', "~0").replace('/', "~1")), out);
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                string_leaves(item, &format!("{at}/{i}"), out);
            }
        }
        _ => {}
    }
}

#[test]
fn no_violation_message_carries_a_secret() {
    let root = common::workspace().join("examples/documents");
    let mut covered = 0;
    for op in registry::operations() {
        for message in op.messages {
            let schema = op.schema(message);
            let dir = root.join(op.id.replace('.', "/")).join(message.name);
            for entry in fs::read_dir(&dir).expect("examples folder") {
                let doc: Value =
                    serde_json::from_str(&fs::read_to_string(entry.expect("entry").path()).expect("readable"))
                        .expect("example JSON");
                let mut pointers = Vec::new();
                secret_pointers(&schema, &schema, &doc, "", &mut pointers);
                pointers.sort();
                pointers.dedup();
                if pointers.is_empty() {
                    continue;
                }
                covered += pointers.len();
                for bad in [format!("{CANARY}\u{1}"), format!("{CANARY}{}", "x".repeat(20_000)), format!("{CANARY}\n:")]
                {
                    let mut broken = doc.clone();
                    for p in &pointers {
                        *broken.pointer_mut(p).expect("pointer") = Value::String(bad.clone());
                    }
                    broken["unexpected member"] = Value::Bool(true);
                    let text = broken.to_string();
                    let violations = message.validate(text.as_bytes());
                    let rendered = format!(
                        "{violations:?} {}",
                        violations.as_ref().err().map(ToString::to_string).unwrap_or_default()
                    );
                    assert!(!rendered.contains(CANARY), "{} {} leaks a secret: {rendered}", op.id, message.name);
                }
            }
        }
    }
    // EventBridge's Password, ApiKeyValue, ClientSecret and parameter values; Huawei's token and
    // Kafka password; QuickSight's names, descriptions, keys, passwords and client secrets; Versori's
    // credential data and grant client secrets.
    assert!(covered >= 28, "only {covered} secret members found in the examples");
    println!("secret members covered: {covered}");
}
