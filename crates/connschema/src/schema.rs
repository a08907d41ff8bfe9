//! Building and exporting JSON Schemas (draft 2020-12). Generated `JsonSchema` impls call the
//! builders here; [`export_with_id`] writes one message's self-contained schema file.

use crate::unknown_members::ExportScope;
use schemars::generate::SchemaSettings;
use schemars::{JsonSchema, Schema};
use serde_json::{Map, Value};

/// The `format` values that exported schemas may carry (docs/contracts.md §3).
const STANDARD_FORMATS: [&str; 2] = ["date-time", "uri"];

/// A member's pattern: the exported form, and the `$comment` beside it (the vendor's text it comes
/// from, or a user's own where the exported form differs from it).
pub struct MemberPattern<'a> {
    pub export: &'a str,
    pub comment: Option<&'a str>,
}

/// A value's schema: its type's schema with its constraints added. A vendor's pattern keeps its
/// text beside it, in `$comment`, for readers and for tests that compare with the vendor's model.
fn constrained(
    mut schema: Schema,
    keywords: &[(&str, u64)],
    range: Option<&crate::range::Range>,
    pattern: Option<MemberPattern<'_>>,
    format: Option<crate::Format>,
) -> Schema {
    // schemars describes Rust's number types with formats such as `int32`, which are not JSON
    // Schema formats (and which ajv's strict mode refuses); their range is said with bounds.
    if let Some(format) = schema.get("format").and_then(Value::as_str).filter(|f| !STANDARD_FORMATS.contains(f)) {
        let range: Option<(Value, Value)> = match format {
            "int8" => Some((i8::MIN.into(), i8::MAX.into())),
            "int16" => Some((i16::MIN.into(), i16::MAX.into())),
            "int32" => Some((i32::MIN.into(), i32::MAX.into())),
            "int64" => Some((i64::MIN.into(), i64::MAX.into())),
            "uint8" => Some((0.into(), u8::MAX.into())),
            "uint16" => Some((0.into(), u16::MAX.into())),
            "uint32" => Some((0.into(), u32::MAX.into())),
            "uint64" => Some((0.into(), u64::MAX.into())),
            "float" => Some((f64::from(f32::MIN).into(), f64::from(f32::MAX).into())),
            _ => None,
        };
        if let Some((minimum, maximum)) = range {
            schema.insert("minimum".to_owned(), minimum);
            schema.insert("maximum".to_owned(), maximum);
        }
        schema.remove("format");
    }
    for (keyword, bound) in keywords {
        schema.insert((*keyword).to_owned(), Value::from(*bound));
    }
    // A `range` narrows the type's own; where it is wider, the type's bound stands, as the reader
    // refuses what the type cannot hold.
    for (keyword, bound) in range.into_iter().flat_map(crate::range::Range::keywords) {
        let tighter = match (keyword, schema.get(keyword).and_then(Value::as_f64), bound.as_f64()) {
            ("minimum", Some(own), Some(new)) => new > own,
            ("maximum", Some(own), Some(new)) => new < own,
            _ => true,
        };
        if tighter {
            schema.insert(keyword.to_owned(), bound);
        }
    }
    if let Some(MemberPattern { export, comment }) = pattern {
        schema.insert("pattern".to_owned(), Value::from(export));
        if let Some(comment) = comment {
            schema.insert("$comment".to_owned(), Value::from(comment));
        }
    }
    if let Some(format) = format {
        for (keyword, value) in format.keywords() {
            schema.insert(keyword, value);
        }
    }
    schema
}

/// A member's schema: its type's schema with the member's constraints and description added.
pub fn member(
    schema: Schema,
    keywords: &[(&str, u64)],
    range: Option<&crate::range::Range>,
    pattern: Option<MemberPattern<'_>>,
    format: Option<crate::Format>,
    description: &str,
) -> Value {
    let mut schema = constrained(schema, keywords, range, pattern, format);
    if !description.is_empty() {
        schema.insert("description".to_owned(), Value::from(description));
    }
    schema.to_value()
}

/// A member's schema with what a `check`'s own `schema` says added under `allOf`.
pub fn with_all_of(schema: Value, extra: Value) -> Value {
    match schema {
        Value::Object(mut map) => {
            match map.get_mut("allOf") {
                Some(Value::Array(all)) => all.push(extra),
                _ => {
                    map.insert("allOf".to_owned(), Value::Array(vec![extra]));
                }
            }
            Value::Object(map)
        }
        // `true` (anything) narrowed by the check's schema is that schema.
        Value::Bool(true) => extra,
        other => other,
    }
}

/// A list member's schema with `uniqueItems`.
pub fn unique(schema: Value) -> Value {
    match schema {
        Value::Object(mut map) => {
            map.insert("uniqueItems".to_owned(), Value::Bool(true));
            Value::Object(map)
        }
        other => other,
    }
}

/// A list or map member's schema with the constraints of a part on the schema of that part:
/// each item (`items(each(...))`, `items`), each key (`properties(keys(...))`, `propertyNames`) or
/// each value (`properties(values(...))`, `additionalProperties`), and what the part's `check`
/// has as its `schema`.
pub fn with_part(
    schema: Value,
    part: &str,
    keywords: &[(&str, u64)],
    range: Option<&crate::range::Range>,
    pattern: Option<MemberPattern<'_>>,
    format: Option<crate::Format>,
    extra: Option<Value>,
) -> Value {
    let Value::Object(mut map) = schema else { return schema };
    let inner = map.remove(part).and_then(|inner| Schema::try_from(inner).ok()).unwrap_or_default();
    let mut inner = constrained(inner, keywords, range, pattern, format).to_value();
    if let Some(extra) = extra {
        inner = with_all_of(inner, extra);
    }
    map.insert(part.to_owned(), inner);
    Value::Object(map)
}

/// Removes `keyword` from every schema object inside `schema` (a member named so in
/// `properties` is a member, not a keyword, and stays; values such as `const` are data).
pub fn remove_keyword(schema: &mut Value, keyword: &str) {
    match schema {
        Value::Object(map) => {
            map.remove(keyword);
            for (key, inner) in map.iter_mut() {
                match (key.as_str(), inner) {
                    ("properties" | "$defs" | "patternProperties" | "dependentSchemas", Value::Object(members)) => {
                        members.values_mut().for_each(|member| remove_keyword(member, keyword))
                    }
                    ("const" | "enum" | "default" | "examples", _) => {}
                    (_, inner) => remove_keyword(inner, keyword),
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|item| remove_keyword(item, keyword)),
        _ => {}
    }
}

/// [`with_all_of`] for a newtype's schema.
pub fn schema_with_all_of(schema: Schema, extra: Value) -> Schema {
    Schema::try_from(with_all_of(schema.to_value(), extra)).unwrap_or_default()
}

/// The schema of a `#[model(transparent)]` newtype: its inner type's, with its constraints, and
/// `writeOnly` if it is secret. A map's `additionalProperties: true` says nothing and is left out.
/// The newtype's doc comment is not added: the members that hold it describe themselves.
pub fn transparent(
    schema: Schema,
    keywords: &[(&str, u64)],
    range: Option<&crate::range::Range>,
    pattern: Option<MemberPattern<'_>>,
    format: Option<crate::Format>,
    secret: bool,
) -> Schema {
    let mut schema = constrained(schema, keywords, range, pattern, format);
    if schema.get("additionalProperties") == Some(&Value::Bool(true)) {
        schema.remove("additionalProperties");
    }
    if secret {
        schema.insert("writeOnly".to_owned(), Value::Bool(true));
    }
    schema
}

/// The schema of an untagged enum: exactly one of its variants' schemas.
pub fn one_of(variants: Vec<Schema>, description: &str) -> Schema {
    let mut schema = Map::new();
    if !description.is_empty() {
        schema.insert("description".to_owned(), Value::from(description));
    }
    schema.insert("oneOf".to_owned(), Value::Array(variants.into_iter().map(Schema::to_value).collect()));
    Schema::from(schema)
}

/// An object's schema. `rules` are the schema forms of its cross-field rules, joined by `allOf`.
/// It refuses unknown members where the [`ExportScope`] its type entered says so (its own
/// `deny_unknown_fields`, or an enclosing type's).
pub fn object(properties: Vec<(&str, Value)>, required: &[&str], rules: Vec<Value>, description: &str) -> Schema {
    let mut schema = Map::new();
    schema.insert("type".into(), "object".into());
    if !description.is_empty() {
        schema.insert("description".into(), description.into());
    }
    let properties: Map<String, Value> = properties.into_iter().map(|(k, v)| (k.to_owned(), v)).collect();
    schema.insert("properties".into(), properties.into());
    if !required.is_empty() {
        schema.insert("required".into(), required.iter().map(|&r| Value::from(r)).collect());
    }
    if ExportScope::current().denied() {
        schema.insert("additionalProperties".into(), false.into());
    }
    if !rules.is_empty() {
        schema.insert("allOf".into(), rules.into());
    }
    schema.into()
}

/// `required` as ajv's strict mode wants it in a rule's subschema, which does not see the object's
/// own `properties`: each name is also declared, as `true`, which adds no constraint.
///
/// ```
/// let schema = connschema::schema::requires(&["kafka_detail"]);
/// assert_eq!(serde_json::Value::Object(schema), serde_json::json!({
///     "required": ["kafka_detail"], "properties": { "kafka_detail": true }
/// }));
/// ```
pub fn requires(names: &[&str]) -> Map<String, Value> {
    let mut schema = Map::new();
    schema.insert("required".into(), names.iter().map(|&n| Value::from(n)).collect());
    schema.insert("properties".into(), names.iter().map(|&n| (n.to_owned(), Value::Bool(true))).collect());
    schema
}

/// The schema form of a union: exactly one of `members` is present, whatever else the object holds.
pub fn exactly_one(members: &[&str]) -> Value {
    let branches: Vec<Value> = members.iter().map(|m| Value::Object(requires(&[m]))).collect();
    serde_json::json!({ "oneOf": branches })
}

/// An internally tagged enum's schema: one branch per variant, the variant's object schema with the
/// tag added as a required constant (so `additionalProperties: false` admits it).
pub fn tagged(tag: &str, variants: Vec<(&str, Schema)>, description: &str) -> Schema {
    let branches: Vec<Value> = variants
        .into_iter()
        .map(|(value, schema)| {
            let mut branch = schema.to_value();
            if let Value::Object(branch) = &mut branch {
                let mut properties = Map::new();
                properties.insert(tag.to_owned(), serde_json::json!({ "type": "string", "const": value }));
                if let Some(Value::Object(rest)) = branch.remove("properties") {
                    properties.extend(rest);
                }
                branch.insert("properties".into(), properties.into());
                let mut required = vec![Value::from(tag)];
                if let Some(Value::Array(rest)) = branch.remove("required") {
                    required.extend(rest);
                }
                branch.insert("required".into(), required.into());
            }
            branch
        })
        .collect();
    let mut schema = Map::new();
    schema.insert("type".into(), "object".into());
    if !description.is_empty() {
        schema.insert("description".into(), description.into());
    }
    schema.insert("oneOf".into(), branches.into());
    schema.into()
}

/// A string enumeration's schema.
pub fn string_enum(values: &[&str], description: &str) -> Schema {
    let mut schema = Map::new();
    schema.insert("type".into(), "string".into());
    if !description.is_empty() {
        schema.insert("description".into(), description.into());
    }
    schema.insert("enum".into(), values.iter().map(|&v| Value::from(v)).collect());
    schema.into()
}

/// The self-contained schema of `T` with the absolute `$id` `id`: draft 2020-12, every nested
/// type under its own `$defs`. A [`Catalog`](crate::catalog::Catalog) gives each message's `$id`
/// from its base and the message's file.
pub fn export_with_id<T: JsonSchema>(id: &str) -> Value {
    let root = SchemaSettings::draft2020_12().into_generator().into_root_schema_for::<T>();
    let Value::Object(generated) = root.to_value() else {
        return Value::Bool(true);
    };
    // Identity first, then the generated keywords in their order.
    let mut out = Map::new();
    out.insert("$schema".into(), generated.get("$schema").cloned().unwrap_or(Value::Null));
    out.insert("$id".into(), id.into());
    for (key, value) in generated {
        if key != "$schema" {
            out.insert(key, value);
        }
    }
    Value::Object(out)
}

/// A JSON value as schema files are written: 2-space indent, trailing newline.
pub fn to_pretty_json(value: &Value) -> String {
    let mut text = serde_json::to_string_pretty(value).unwrap_or_default();
    text.push('\n');
    text
}
