//! What an exported schema says about one location of a document: every subschema that may apply
//! there, with `$ref`s followed and `allOf`/`oneOf`/`anyOf`/`then`/`else` flattened. The corpus
//! reads its bounds, patterns and members from here, so it sits on the constraints that the schema
//! states, whatever type produced them.

use serde_json::{Map, Value};

/// The subschemas that apply at one location. `certain` ones apply to every valid value; the
/// others belong to a branch (`oneOf`, `anyOf`, `then`, `else`) that may or may not be taken.
#[derive(Clone, Default)]
pub struct View<'a> {
    root: Option<&'a Value>,
    schemas: Vec<(&'a Map<String, Value>, bool)>,
}

impl<'a> View<'a> {
    /// The view of a whole document under `root`, a schema file.
    pub fn of_root(root: &'a Value) -> Self {
        let mut view = View { root: Some(root), schemas: Vec::new() };
        view.add(root, true, 0);
        view
    }

    fn add(&mut self, schema: &'a Value, certain: bool, depth: usize) {
        let (Some(root), Some(object)) = (self.root, schema.as_object()) else { return };
        // `$defs` may be recursive; no schema of ours nests this deep.
        if depth > 32 {
            return;
        }
        self.schemas.push((object, certain));
        if let Some(target) = object.get("$ref").and_then(Value::as_str).and_then(|r| r.strip_prefix('#')) {
            if let Some(target) = root.pointer(target) {
                self.add(target, certain, depth + 1);
            }
        }
        for branch in object.get("allOf").and_then(Value::as_array).into_iter().flatten() {
            self.add(branch, certain, depth + 1);
        }
        for keyword in ["oneOf", "anyOf"] {
            for branch in object.get(keyword).and_then(Value::as_array).into_iter().flatten() {
                self.add(branch, false, depth + 1);
            }
        }
        for keyword in ["then", "else"] {
            if let Some(branch) = object.get(keyword) {
                self.add(branch, false, depth + 1);
            }
        }
    }

    /// The view of member `key` of an object here.
    pub fn member(&self, key: &str) -> View<'a> {
        let mut view = View { root: self.root, schemas: Vec::new() };
        for (schema, certain) in &self.schemas {
            if let Some(member) = schema.get("properties").and_then(|p| p.get(key)) {
                view.add(member, *certain, 0);
            }
        }
        view
    }

    /// The view of an item of a list here.
    pub fn item(&self) -> View<'a> {
        let mut view = View { root: self.root, schemas: Vec::new() };
        for (schema, certain) in &self.schemas {
            if let Some(items) = schema.get("items") {
                view.add(items, *certain, 0);
            }
        }
        view
    }

    /// Every member name that some subschema here declares, in schema order, without repeats.
    pub fn member_names(&self) -> Vec<&'a str> {
        let mut names: Vec<&str> = Vec::new();
        for (schema, _) in &self.schemas {
            for name in schema.get("properties").and_then(Value::as_object).into_iter().flat_map(Map::keys) {
                if !names.contains(&name.as_str()) {
                    names.push(name);
                }
            }
        }
        names
    }

    /// The members that a valid value surely has: `required` of the certain subschemas, and of the
    /// first branch of each `oneOf` (so a built value picks one union member).
    pub fn required(&self) -> Vec<&'a str> {
        let mut names: Vec<&str> = Vec::new();
        let mut push = |list: Option<&'a Value>| {
            for name in list.and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_str) {
                if !names.contains(&name) {
                    names.push(name);
                }
            }
        };
        for (schema, certain) in &self.schemas {
            if *certain {
                push(schema.get("required"));
                if let Some(first) = schema.get("oneOf").and_then(|o| o.get(0)) {
                    push(first.get("required"));
                }
            }
        }
        names
    }

    /// Every value of `keyword` that is a whole number (`minLength`, `maxItems`, ...).
    pub fn bounds(&self, keyword: &str) -> Vec<u64> {
        let mut found: Vec<u64> = self.schemas.iter().filter_map(|(s, _)| s.get(keyword)?.as_u64()).collect();
        found.sort_unstable();
        found.dedup();
        found
    }

    /// Every value of a numeric `keyword` (`minimum`, `maximum`).
    pub fn numbers(&self, keyword: &str) -> Vec<f64> {
        self.schemas.iter().filter_map(|(s, _)| s.get(keyword)?.as_f64()).collect()
    }

    /// Every value of a string `keyword` (`pattern`, `format`, `type`).
    pub fn texts(&self, keyword: &str) -> Vec<&'a str> {
        let mut found: Vec<&str> = self.schemas.iter().filter_map(|(s, _)| s.get(keyword)?.as_str()).collect();
        found.dedup();
        found
    }

    /// The values that `enum` and `const` allow here.
    pub fn choices(&self) -> Vec<&'a Value> {
        let mut found = Vec::new();
        for (schema, _) in &self.schemas {
            found.extend(schema.get("enum").and_then(Value::as_array).into_iter().flatten());
            found.extend(schema.get("const"));
        }
        found
    }
}
