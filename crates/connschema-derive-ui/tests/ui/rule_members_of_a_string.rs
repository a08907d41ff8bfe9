use connschema::{Collector, Loc, Members, Model};
use connschema::serde_json::Value;

fn check(_: Members, _: &Loc<'_>, _: &mut Collector) {}

fn schema(_: &mut connschema::schemars::SchemaGenerator) -> Value {
    Value::Bool(true)
}

#[derive(Model)]
#[model(rule(check = check, schema = schema, reads(members(name))))]
struct Request {
    name: String,
}

fn main() {}
