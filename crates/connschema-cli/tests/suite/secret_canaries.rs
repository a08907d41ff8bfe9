//! Every `writeOnly` location of every exported schema gets a canary value in the example documents,
//! the documents are then broken in several ways (the secret itself breaking its pattern or length,
//! a rule, an unknown member, a wrong type beside it), and the canary may appear in none of: the
//! typed value's `Debug`, the violations' `Debug` and `Display`, any violation's message, the CLI's
//! text and JSON output.

use crate::common;

use connschema::registry::{Message, Operation};
use serde_json::Value;
use std::collections::BTreeSet;

const CANARY: &str = "CANARY-51c0e";

fn escape(name: &str) -> String {
    name.replace('~', "~0").replace('/', "~1")
}

fn resolve<'a>(root: &'a Value, schema: &'a Value) -> &'a Value {
    match schema.get("$ref").and_then(Value::as_str) {
        Some(r) => &root["$defs"][r.trim_start_matches("#/$defs/")],
        None => schema,
    }
}

/// The branches that apply at the same place as `schema` itself.
fn in_place(schema: &Value) -> impl Iterator<Item = &Value> {
    let lists = ["oneOf", "anyOf", "allOf"].into_iter().flat_map(|k| schema.get(k).and_then(Value::as_array)).flatten();
    lists.chain(["then", "else"].into_iter().filter_map(|k| schema.get(k)))
}

/// Every place a `writeOnly` schema applies, as a pointer with `*` for any list index or map key.
fn write_only_locations(root: &Value, schema: &Value, at: &str, depth: usize, out: &mut BTreeSet<String>) {
    assert!(depth < 64, "schema nests deeper than expected at {at}");
    let schema = resolve(root, schema);
    if schema.get("writeOnly") == Some(&Value::Bool(true)) {
        out.insert(at.to_owned());
        return;
    }
    for (name, sub) in schema.get("properties").and_then(Value::as_object).into_iter().flatten() {
        write_only_locations(root, sub, &format!("{at}/{}", escape(name)), depth + 1, out);
    }
    for key in ["items", "additionalProperties"] {
        if let Some(sub) = schema.get(key).filter(|s| s.is_object()) {
            write_only_locations(root, sub, &format!("{at}/*"), depth + 1, out);
        }
    }
    for branch in in_place(schema) {
        write_only_locations(root, branch, at, depth + 1, out);
    }
}

/// The secret strings in `doc`: each as (its pointer, its `writeOnly` location).
fn secrets_in(root: &Value, schema: &Value, doc: &Value, at: (&str, &str), out: &mut BTreeSet<(String, String)>) {
    let schema = resolve(root, schema);
    if schema.get("writeOnly") == Some(&Value::Bool(true)) {
        string_leaves(doc, at.0, &mut |pointer| _ = out.insert((pointer, at.1.to_owned())));
        return;
    }
    for branch in in_place(schema) {
        secrets_in(root, branch, doc, at, out);
    }
    match doc {
        Value::Object(members) => {
            for (name, value) in members {
                let named = schema.get("properties").and_then(|p| p.get(name));
                let (sub, segment) = match (named, schema.get("additionalProperties").filter(|s| s.is_object())) {
                    (Some(sub), _) => (sub, escape(name)),
                    (None, Some(sub)) => (sub, "*".to_owned()),
                    (None, None) => continue,
                };
                let pointer = format!("{}/{}", at.0, escape(name));
                secrets_in(root, sub, value, (&pointer, &format!("{}/{segment}", at.1)), out);
            }
        }
        Value::Array(items) => {
            if let Some(sub) = schema.get("items") {
                for (i, item) in items.iter().enumerate() {
                    secrets_in(root, sub, item, (&format!("{}/{i}", at.0), &format!("{}/*", at.1)), out);
                }
            }
        }
        _ => {}
    }
}

/// Every string inside a secret value (Versori's credential data is a secret object).
fn string_leaves(doc: &Value, at: &str, found: &mut impl FnMut(String)) {
    match doc {
        Value::String(_) => found(at.to_owned()),
        Value::Object(members) => {
            members.iter().for_each(|(name, value)| string_leaves(value, &format!("{at}/{}", escape(name)), found))
        }
        Value::Array(items) => {
            items.iter().enumerate().for_each(|(i, item)| string_leaves(item, &format!("{at}/{i}"), found))
        }
        _ => {}
    }
}

fn examples(op: &Operation, message: &Message) -> Vec<(String, Value)> {
    connschema_testing::examples(op.id, message.name)
}

/// The ways a document with canaries is broken: a name and what it does to the document, given
/// the secrets' pointers.
type Break = (&'static str, fn(&mut Value, &[String]));

const BREAKS: &[Break] = &[
    ("canary as is", |doc, secrets| set_all(doc, secrets, CANARY.to_owned())),
    ("control character", |doc, secrets| set_all(doc, secrets, format!("{CANARY}\u{1}"))),
    ("too long", |doc, secrets| set_all(doc, secrets, format!("{CANARY}{}", "x".repeat(20_000)))),
    ("line break and colon", |doc, secrets| set_all(doc, secrets, format!("{CANARY}\n:"))),
    ("U+2028 and astral", |doc, secrets| set_all(doc, secrets, format!("\u{2028}{CANARY}😀"))),
    ("unknown member and wrong types beside it", |doc, secrets| {
        set_all(doc, secrets, CANARY.to_owned());
        doc["unexpected member"] = Value::Bool(true);
        for pointer in secrets {
            let Some((parent, _)) = pointer.rsplit_once('/') else { continue };
            if let Some(Value::Object(members)) = doc.pointer_mut(parent) {
                members.insert("unexpected".to_owned(), Value::Null);
                for value in members.values_mut().filter(|v| !v.is_string()) {
                    *value = Value::Bool(false);
                }
            }
        }
    }),
    ("a copy of each member beside it", |doc, secrets| {
        set_all(doc, secrets, CANARY.to_owned());
        // Copies under new names break unions ("exactly one"), tagged variants and unknown-member
        // rules around the secret, one and two levels up.
        let mut parents: Vec<String> = secrets
            .iter()
            .flat_map(|p| {
                let up = p.rsplit_once('/').map_or("", |(parent, _)| parent);
                [up.to_owned(), up.rsplit_once('/').map_or("", |(parent, _)| parent).to_owned()]
            })
            .collect();
        parents.sort();
        parents.dedup();
        parents.sort_by_key(|p| std::cmp::Reverse(p.len()));
        for parent in parents {
            if let Some(Value::Object(members)) = doc.pointer_mut(&parent) {
                let copies: Vec<_> =
                    members.iter().map(|(name, value)| (format!("{name}Copy"), value.clone())).collect();
                members.extend(copies);
            }
        }
    }),
];

fn set_all(doc: &mut Value, secrets: &[String], value: String) {
    for pointer in secrets {
        if let Some(slot) = doc.pointer_mut(pointer) {
            *slot = Value::String(value.clone());
        }
    }
}

/// The CLI's output, text and JSON, for `doc`.
fn cli_output(op: &str, message: &str, doc: &[u8]) -> String {
    let mut all = String::new();
    for format in ["text", "json"] {
        let out = common::run(&["validate", op, message, "--format", format], doc);
        assert!(matches!(out.status.code(), Some(0 | 1)), "{op} {message}: {out:?}");
        all.push_str(&String::from_utf8_lossy(&out.stdout));
        all.push_str(&String::from_utf8_lossy(&out.stderr));
    }
    all
}

#[test]
fn no_output_carries_a_secret() {
    let mut locations = BTreeSet::new();
    let mut reached = BTreeSet::new();
    let (mut documents, mut valid_with_canary) = (0, 0);
    for op in connschema_cli::apis::catalog().operations() {
        for message in op.messages {
            // Where the type keeps a secret, answers included (their exported schemas mark none).
            let schema = message.type_schema("");
            let mut here = BTreeSet::new();
            write_only_locations(&schema, &schema, "", 0, &mut here);
            locations.extend(here.iter().map(|l| format!("{} {} {l}", op.id, message.name)));
            for (file, example) in examples(op, message) {
                let mut secrets = BTreeSet::new();
                secrets_in(&schema, &schema, &example, ("", ""), &mut secrets);
                if secrets.is_empty() {
                    continue;
                }
                reached.extend(secrets.iter().map(|(_, l)| format!("{} {} {l}", op.id, message.name)));
                let pointers: Vec<String> = secrets.into_iter().map(|(p, _)| p).collect();
                for (name, apply) in BREAKS {
                    let mut doc = example.clone();
                    apply(&mut doc, &pointers);
                    let bytes = doc.to_string().into_bytes();
                    documents += 1;
                    let seen = match message.parse(&bytes) {
                        Ok(parsed) => {
                            valid_with_canary += 1;
                            format!("{parsed:?}")
                        }
                        Err(violations) => {
                            let messages: Vec<&str> = violations.iter().map(|v| v.message.as_str()).collect();
                            format!("{violations:?}\n{violations}\n{}", messages.join("\n"))
                        }
                    };
                    let cli = cli_output(op.id, message.name, &bytes);
                    for (what, text) in [("the library", &seen), ("the CLI", &cli)] {
                        assert!(!text.contains(CANARY), "{file}, {name}: {what} leaks a secret:\n{text}");
                    }
                }
            }
        }
    }
    let unreached: Vec<_> = locations.difference(&reached).collect();
    assert!(unreached.is_empty(), "writeOnly locations that no example holds, so no canary reaches: {unreached:#?}");
    assert!(valid_with_canary > 0, "no document with canaries was valid, so no typed value's Debug was seen");
    println!(
        "{} writeOnly locations, {documents} documents with canaries ({valid_with_canary} valid), all quiet",
        locations.len()
    );
}
