use connschema::{Collector, Loc, Model};
use connschema::serde_json::Value;

// `note` is optional: the check takes `Option<&T>` for it (or `bool` with `present(note)`).
fn check(_: &str, _: &str, _: &Loc<'_>, _: &mut Collector) {}

fn schema(_: &mut connschema::schemars::SchemaGenerator) -> Value {
    Value::Bool(true)
}

#[derive(Model)]
#[model(rule(check = check, schema = schema, reads(name, note)))]
struct Request {
    name: String,
    note: Option<String>,
}

fn main() {}
