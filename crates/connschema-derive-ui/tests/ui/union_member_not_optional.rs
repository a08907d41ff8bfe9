use connschema::Model;

#[derive(Model)]
#[model(union)]
struct Credentials {
    basic: Option<String>,
    token: String,
}

fn main() {}
