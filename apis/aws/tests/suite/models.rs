//! The exported schemas of the AWS operations carry every member, required flag, length bound,
//! list bound, enumeration and pattern of the vendor's model (botocore 1.44.5, copied to
//! tests/data/), and mark every sensitive member `writeOnly`. Where a ruling in docs/contracts.md §4 makes the schema
//! differ, the difference is listed below with its reason, and must be exactly that.

use serde_json::{Map, Value};
use std::fs;

/// A difference that a ruling makes: (operation, schema location, keyword, model's value, schema's
/// value, reason).
type Ruling = (&'static str, &'static str, &'static str, Value, Value, &'static str);

fn rulings() -> Vec<Ruling> {
    let tag_ruling =
        "docs/contracts.md §4: Tag Key at most 128 and Value at most 256, the documented limits, not the shapes' 10,000,000";
    vec![
        (
            "aws.networkmanager.CreateConnection",
            "request/Tags/Key",
            "maxLength",
            10_000_000.into(),
            128.into(),
            tag_ruling,
        ),
        (
            "aws.networkmanager.CreateConnection",
            "request/Tags/Value",
            "maxLength",
            10_000_000.into(),
            256.into(),
            tag_ruling,
        ),
        (
            "aws.networkmanager.CreateConnection",
            "response/Connection/Tags/Key",
            "maxLength",
            10_000_000.into(),
            128.into(),
            tag_ruling,
        ),
        (
            "aws.networkmanager.CreateConnection",
            "response/Connection/Tags/Value",
            "maxLength",
            10_000_000.into(),
            256.into(),
            tag_ruling,
        ),
    ]
}

struct Comparison<'a> {
    op: &'static str,
    shapes: &'a Map<String, Value>,
    root: &'a Value,
    rulings: Vec<Ruling>,
    used_rulings: Vec<usize>,
    problems: Vec<String>,
}

impl Comparison<'_> {
    /// Follows `$ref` into the schema's own `$defs`.
    fn resolve<'s>(&'s self, schema: &'s Value) -> &'s Value {
        match schema.get("$ref").and_then(Value::as_str) {
            Some(reference) => {
                let name = reference.trim_start_matches("#/$defs/");
                &self.root["$defs"][name]
            }
            None => schema,
        }
    }

    /// What the schema must say for `keyword`, given the model's `expected` value.
    fn expect(&mut self, at: &str, schema: &Value, keyword: &str, expected: Option<Value>) {
        let actual = schema.get(keyword).cloned();
        let ruling = self.rulings.iter().position(|(op, path, kw, model, _, _)| {
            *op == self.op && *path == at && *kw == keyword && Some(model) == expected.as_ref()
        });
        let expected = match ruling {
            Some(i) => {
                self.used_rulings.push(i);
                Some(self.rulings[i].4.clone())
            }
            None => expected,
        };
        if actual != expected {
            self.problems.push(format!("{} {at}: {keyword} is {actual:?}, the model says {expected:?}", self.op));
        }
    }

    fn compare_member(&mut self, at: &str, member: &Value, schema: &Value) {
        let shape_name = member["shape"].as_str().unwrap_or_default();
        let shape = &self.shapes[shape_name];
        let resolved = self.resolve(schema).clone();
        if shape.get("sensitive") == Some(&Value::Bool(true)) {
            self.expect(at, &resolved, "writeOnly", Some(true.into()));
        }
        match shape["type"].as_str().unwrap_or_default() {
            "string" if shape.get("enum").is_some() => {
                self.expect(at, &resolved, "type", Some("string".into()));
                self.expect(at, &resolved, "enum", shape.get("enum").cloned());
            }
            "string" => {
                self.expect(at, &resolved, "type", Some("string".into()));
                self.expect(at, &resolved, "minLength", shape.get("min").cloned());
                self.expect(at, &resolved, "maxLength", shape.get("max").cloned());
                let vendor = shape.get("pattern").and_then(Value::as_str).map(|p| format!("vendor pattern: {p}"));
                self.expect(at, &resolved, "$comment", vendor.map(Value::from));
                if shape.get("pattern").is_some() && resolved.get("pattern").is_none() {
                    self.problems.push(format!("{} {at}: the model's pattern is not exported", self.op));
                }
            }
            "boolean" => self.expect(at, &resolved, "type", Some("boolean".into())),
            "integer" | "long" => self.expect(at, &resolved, "type", Some("integer".into())),
            "timestamp" => self.expect(at, &resolved, "type", Some("number".into())),
            "list" => {
                self.expect(at, &resolved, "type", Some("array".into()));
                self.expect(at, &resolved, "minItems", shape.get("min").cloned());
                self.expect(at, &resolved, "maxItems", shape.get("max").cloned());
                self.compare_member(at, &shape["member"], &resolved["items"]);
            }
            "structure" => self.compare_structure(at, shape_name, &resolved, |_| true),
            other => self.problems.push(format!("{} {at}: unhandled shape type {other}", self.op)),
        }
    }

    /// The members of `shape_name` that `include` selects, against the object schema.
    fn compare_structure(&mut self, at: &str, shape_name: &str, schema: &Value, include: impl Fn(&Value) -> bool) {
        let shape = &self.shapes[shape_name];
        let schema = self.resolve(schema).clone();
        self.expect(at, &schema, "type", Some("object".into()));
        let properties = schema["properties"].as_object().cloned().unwrap_or_default();
        let required: Vec<&str> =
            schema["required"].as_array().map(|r| r.iter().filter_map(Value::as_str).collect()).unwrap_or_default();
        let members = shape["members"].as_object().cloned().unwrap_or_default();
        let mut wire_names = Vec::new();
        for (name, member) in members.iter().filter(|(_, m)| include(m)) {
            let wire = member.get("locationName").and_then(Value::as_str).unwrap_or(name);
            wire_names.push(wire.to_owned());
            let here = format!("{at}/{wire}");
            let Some(property) = properties.get(wire) else {
                self.problems.push(format!("{} {here}: missing from the schema", self.op));
                continue;
            };
            let model_required = member["required"] == Value::Bool(true);
            if model_required != required.contains(&wire) {
                self.problems.push(format!(
                    "{} {here}: required is {}, the model says {model_required}",
                    self.op, !model_required
                ));
            }
            self.compare_member(&here, member, property);
        }
        // An exception of awsJson1.1 carries the protocol's `__type` and `message`, which the model
        // leaves out.
        let is_exception = shape.get("exception") == Some(&Value::Bool(true));
        let protocol_member = |k: &str| is_exception && matches!(k, "__type" | "message");
        for extra in properties.keys().filter(|k| !wire_names.contains(k) && !protocol_member(k)) {
            self.problems.push(format!("{} {at}/{extra}: not in the model", self.op));
        }
    }
}

fn compare(file: &str, op_id: &'static str) -> (Vec<String>, usize) {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data").join(file);
    let model: Value = serde_json::from_str(&fs::read_to_string(&path).expect("model file")).expect("model JSON");
    let op = connschema_aws::OPERATIONS.iter().find(|op| op.id == op_id).expect("an AWS operation");
    let shapes = model["shapes"].as_object().expect("shapes");
    let operation = &model["operation"];
    let is_body = |m: &Value| m.get("location").and_then(Value::as_str).unwrap_or("body") == "body";
    let is_param =
        |m: &Value| matches!(m.get("location").and_then(Value::as_str), Some("uri" | "querystring" | "header"));

    let mut problems = Vec::new();
    let mut rulings_used = 0;
    let mut run = |message: &str, shape: &str, include: &dyn Fn(&Value) -> bool| {
        let Some(m) = op.message(message) else {
            problems.push(format!("{op_id}: no message {message}"));
            return;
        };
        let schema = op.schema_under("https://connschema.test/schemas/", m);
        let mut cmp = Comparison {
            op: op_id,
            shapes,
            root: &schema,
            rulings: rulings(),
            used_rulings: Vec::new(),
            problems: Vec::new(),
        };
        cmp.compare_structure(message, shape, &schema, include);
        rulings_used += cmp.used_rulings.len();
        problems.extend(cmp.problems);
    };
    let input = operation["input"].as_str().expect("input shape");
    run("request", input, &is_body);
    if shapes[input]["members"].as_object().is_some_and(|ms| ms.values().any(is_param)) {
        run("params", input, &is_param);
    }
    run("response", operation["output"].as_str().expect("output shape"), &is_body);
    let model_errors: Vec<&str> =
        operation["errors"].as_array().expect("errors").iter().filter_map(Value::as_str).collect();
    for error in &model_errors {
        run(&format!("error.{error}"), error, &is_body);
    }
    let ours: Vec<&str> = op.messages.iter().filter_map(|m| m.name.strip_prefix("error.")).collect();
    for error in model_errors.iter().filter(|e| !ours.contains(e)) {
        problems.push(format!("{op_id}: the model's error {error} has no message"));
    }
    (problems, rulings_used)
}

#[test]
fn eventbridge_matches_its_model() {
    let (problems, rulings) = compare("aws-events-CreateConnection.json", "aws.events.CreateConnection");
    assert!(problems.is_empty(), "{problems:#?}");
    assert_eq!(rulings, 0);
}

#[test]
fn network_manager_matches_its_model_but_for_the_tag_ruling() {
    let (problems, rulings) =
        compare("aws-networkmanager-CreateConnection.json", "aws.networkmanager.CreateConnection");
    assert!(problems.is_empty(), "{problems:#?}");
    assert_eq!(rulings, 4, "each Tag ruling applies, in the request and the response");
}

#[test]
fn quicksight_matches_its_model() {
    let (problems, rulings) =
        compare("aws-quicksight-CreateActionConnector.json", "aws.quicksight.CreateActionConnector");
    assert!(problems.is_empty(), "{problems:#?}");
    assert_eq!(rulings, 0);
}
