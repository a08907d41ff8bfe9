use connschema::Model;

fn words(_: &mut connschema::schemars::SchemaGenerator) -> connschema::serde_json::Value {
    connschema::serde_json::Value::Bool(true)
}

#[derive(Model)]
struct Request {
    // A schema with no check to say the same in Rust.
    #[model(schema = words)]
    name: String,
    #[model(check = "short")]
    quoted: String,
}

fn main() {}
