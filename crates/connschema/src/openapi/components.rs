//! The message schemas of operations as OpenAPI components: each message one component, each
//! `$defs` entry one component, every `$ref` pointing at components. A type that two messages of an
//! operation share (the same name, the same schema) is one component, never numbered copies.

use crate::registry::Operation;
use serde_json::{Map, Value};
use std::collections::BTreeMap;

/// `#/components/schemas/` followed by a component's name.
pub fn reference(name: &str) -> Value {
    Value::String(format!("#/components/schemas/{name}"))
}

/// The component that holds one message's schema: `acme.widgets.CreateWidget.request`.
pub fn message_name(op: &Operation, message: &str) -> String {
    format!("{}.{message}", op.id)
}

/// Adds every message of `op`, and the types they refer to, to `schemas`.
pub fn add_operation(id_base: &str, op: &Operation, schemas: &mut Map<String, Value>) {
    let mut messages = Vec::new();
    // Every `$defs` entry by its name: the messages that carry it, and its schema in each.
    let mut defs: BTreeMap<String, Vec<(&str, Value)>> = BTreeMap::new();
    for message in op.messages {
        let mut schema = op.schema_under(id_base, message);
        if let Some(object) = schema.as_object_mut() {
            object.remove("$schema");
            object.remove("$id");
            if let Some(Value::Object(found)) = object.remove("$defs") {
                for (name, def) in found {
                    defs.entry(name).or_default().push((message.name, def));
                }
            }
        }
        messages.push((message.name, schema));
    }
    // A name whose schema differs between messages gets one component per message.
    let shared = |name: &str| defs.get(name).is_none_or(|all| all.iter().all(|(_, s)| *s == all[0].1));
    let component = |message: &str, def: &str| match shared(def) {
        true => format!("{}.{def}", op.id),
        false => format!("{}.{message}.{def}", op.id),
    };
    for (name, all) in &defs {
        for (message, def) in all {
            let mut def = def.clone();
            point_at_components(&mut def, &|d| component(message, d));
            schemas.insert(component(message, name), def);
        }
    }
    for (message, mut schema) in messages {
        point_at_components(&mut schema, &|d| component(message, d));
        schemas.insert(message_name(op, message), schema);
    }
}

/// Rewrites every `#/$defs/<name>` reference in `schema` to the component `component(name)`, and
/// spells a `oneOf` or `anyOf` of one branch (a union of one member) as that branch, which is
/// what it means and what OpenAPI linters expect.
fn point_at_components(schema: &mut Value, component: &dyn Fn(&str) -> String) {
    match schema {
        Value::Object(object) => {
            for (key, value) in object.iter_mut() {
                match (key.as_str(), value.as_str().and_then(|r| r.strip_prefix("#/$defs/"))) {
                    ("$ref", Some(def)) => *value = reference(&component(def)),
                    _ => point_at_components(value, component),
                }
            }
            let single = ["oneOf", "anyOf"]
                .into_iter()
                .find(|k| object.get(*k).and_then(Value::as_array).is_some_and(|a| a.len() == 1));
            if let (Some(key), 1) = (single, object.len()) {
                if let Some(Value::Array(mut one)) = object.remove(key) {
                    *schema = one.pop().unwrap_or(Value::Bool(true));
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|item| point_at_components(item, component)),
        _ => {}
    }
}
