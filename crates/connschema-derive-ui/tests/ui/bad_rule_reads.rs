use connschema::{Collector, Loc, Model};
use connschema::serde_json::Value;

fn check(_: &str, _: bool, _: &Loc<'_>, _: &mut Collector) {}

fn schema(_: &mut connschema::schemars::SchemaGenerator) -> Value {
    Value::Bool(true)
}

#[derive(Model)]
#[model(
    rule(check = check, schema = schema, reads(name, nmae)),
    rule(check = check, schema = schema, reads(name, name)),
    rule(check = check, schema = schema, reads(name, present(port))),
    rule(check = check, schema = schema, reads(name::first))
)]
struct Request {
    name: String,
    port: i64,
}

fn main() {}
