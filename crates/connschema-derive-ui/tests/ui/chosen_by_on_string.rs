use connschema::Model;

#[derive(Model)]
struct Credential {
    #[model(rename = "type")]
    kind: String,
    // A string has one shape: nothing can choose it.
    #[model(chosen_by = "type")]
    name: String,
}

fn main() {}
