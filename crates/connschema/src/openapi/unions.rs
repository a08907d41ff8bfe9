//! Tagged unions as OpenAPI spells them: a `oneOf` whose every branch requires one member with a
//! `const` string (the tag) gets a `discriminator` with its `mapping`, each branch a component of
//! its own, so that generators (openapi-typescript) write discriminated unions. A rule that picks
//! what a sibling member must hold by the tag's value (`allOf` of `if: {tag: const}` / `then`, as an
//! `AuthorizationType` picks the member of `AuthParameters`) becomes such a `oneOf`
//! first. What a schema accepts does not change: the tag is required and its values are exactly
//! the branches', so one `if` holds exactly where one branch does.

use super::components::reference;
use serde_json::{json, Map, Value};

/// Turns each rule on a tag's value into a `oneOf`, then adds a discriminator to every tagged
/// `oneOf` at the top of a component.
pub fn add_discriminators(schemas: &mut Map<String, Value>) {
    let names: Vec<String> = schemas.keys().cloned().collect();
    for name in &names {
        let branches = schemas.get(name).and_then(|schema| rule_as_branches(schema, schemas));
        if let (Some((index, branches)), Some(Value::Object(schema))) = (branches, schemas.get_mut(name)) {
            if let Some(Value::Array(all)) = schema.get_mut("allOf") {
                all.remove(index);
                if all.is_empty() {
                    schema.remove("allOf");
                }
            }
            schema.insert("oneOf".to_owned(), branches.into());
        }
    }
    for name in names {
        let Some(schema) = schemas.get(&name) else { continue };
        let Some(branches) = schema["oneOf"].as_array() else { continue };
        let Some(tag) = common_tag(branches, schemas) else { continue };
        let mut mapping = Map::new();
        let mut lifted = Vec::new();
        let mut refs = Vec::new();
        for branch in branches {
            let (target, value) = match branch["$ref"].as_str() {
                Some(target) => (target.to_owned(), tag_value(resolve(branch, schemas), &tag)),
                None => {
                    let value = tag_value(branch, &tag);
                    let component = format!("{name}.{}", component_safe(value.unwrap_or_default()));
                    lifted.push((component.clone(), branch.clone()));
                    (reference(&component).as_str().unwrap_or_default().to_owned(), value)
                }
            };
            mapping.insert(value.unwrap_or_default().to_owned(), target.clone().into());
            refs.push(json!({ "$ref": target }));
        }
        for (component, branch) in lifted {
            schemas.insert(component, branch);
        }
        if let Some(schema) = schemas.get_mut(&name) {
            schema["oneOf"] = refs.into();
            schema["discriminator"] = json!({ "propertyName": tag, "mapping": mapping });
        }
    }
}

/// The member that every branch requires with a distinct `const` string, if there is one.
fn common_tag(branches: &[Value], schemas: &Map<String, Value>) -> Option<String> {
    let first = resolve(branches.first()?, schemas);
    let candidates = first["required"].as_array()?.iter().filter_map(Value::as_str);
    let mut found = candidates.filter(|tag| {
        let mut seen = Vec::new();
        branches.iter().all(|b| match tag_value(resolve(b, schemas), tag) {
            Some(value) if !seen.contains(&value) => {
                seen.push(value);
                true
            }
            _ => false,
        })
    });
    found.next().map(str::to_owned)
}

/// The `const` string that `branch` requires of `tag`.
fn tag_value<'a>(branch: &'a Value, tag: &str) -> Option<&'a str> {
    let required = branch["required"].as_array()?.iter().any(|r| r == tag);
    required.then(|| branch["properties"][tag]["const"].as_str()).flatten()
}

/// The component a `$ref` branch names, or the branch itself.
fn resolve<'a>(branch: &'a Value, schemas: &'a Map<String, Value>) -> &'a Value {
    let target = branch["$ref"].as_str().and_then(|r| r.strip_prefix("#/components/schemas/"));
    target.and_then(|name| schemas.get(name)).unwrap_or(branch)
}

/// A tag value as part of a component's name, which OpenAPI limits to `[A-Za-z0-9._-]`.
fn component_safe(value: &str) -> String {
    value.chars().map(|c| if c.is_ascii_alphanumeric() || "._-".contains(c) { c } else { '_' }).collect()
}

/// The branches equal to a rule of `schema` that picks by a required tag's value (`if`s that are
/// each exactly `{properties: {tag: {const}}, required: [tag]}`, on distinct values of the tag's
/// `enum`), and the rule's place in `allOf`: each branch is the tag's `const` with what its `then`
/// requires, and each value no `if` names is a branch of its own.
fn rule_as_branches(schema: &Value, schemas: &Map<String, Value>) -> Option<(usize, Vec<Value>)> {
    if schema.get("oneOf").is_some() {
        return None;
    }
    let rules = schema["allOf"].as_array()?;
    rules.iter().enumerate().find_map(|(index, rule)| {
        let cases = rule["allOf"].as_array()?;
        let mut tag = None;
        let mut branches = Vec::new();
        let mut values = Vec::new();
        for case in cases {
            let (when, then) = (case.get("if")?, case.get("then")?.as_object()?);
            if case.as_object()?.len() != 2 || when.as_object()?.len() != 2 {
                return None;
            }
            let (name, value) = when["properties"].as_object().filter(|p| p.len() == 1)?.iter().next()?;
            let value = value.as_object().filter(|v| v.len() == 1)?.get("const")?.as_str()?;
            if when["required"] != json!([name]) || *tag.get_or_insert(name) != name {
                return None;
            }
            let mut branch = then.clone();
            let properties = branch.entry("properties").or_insert_with(|| json!({})).as_object_mut()?;
            properties.insert(name.clone(), json!({ "const": value }));
            let mut required = vec![Value::String(name.clone())];
            required.extend(branch.get("required").and_then(Value::as_array).into_iter().flatten().cloned());
            branch.insert("required".to_owned(), required.into());
            branches.push(Value::Object(branch));
            values.push(value);
        }
        let tag = tag?;
        let required = schema["required"].as_array()?.iter().any(|r| r == tag.as_str());
        let allowed: Vec<&str> = resolve(&schema["properties"][tag.as_str()], schemas)["enum"]
            .as_array()?
            .iter()
            .map(Value::as_str)
            .collect::<Option<_>>()?;
        let mut covered = values.clone();
        covered.sort_unstable();
        covered.dedup();
        if !required || covered.len() != values.len() || values.iter().any(|v| !allowed.contains(v)) {
            return None;
        }
        // A value that no `if` names is constrained by nothing more: its branch is the tag alone.
        for value in allowed.iter().filter(|v| !values.contains(v)) {
            branches.push(json!({ "properties": { tag.as_str(): { "const": value } }, "required": [tag] }));
        }
        // Said again in each branch, for generators that type a branch by its own `type`.
        if schema["type"] == "object" {
            branches.iter_mut().for_each(|branch| branch["type"] = "object".into());
        }
        Some((index, branches))
    })
}
