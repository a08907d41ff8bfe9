use connschema::Model;

#[derive(Model)]
#[model(rename_all = "camelCase")]
struct Credential {
    #[model(rename = "type")]
    kind: String,
    label: Option<String>,
    // No member has this wire name (the Rust name is `kind`).
    #[model(chosen_by = "kind")]
    data: Shape,
    #[model(chosen_by = "extraData")]
    extra_data: Shape,
    // A chooser that may be absent cannot choose.
    #[model(chosen_by = "label")]
    more: Shape,
    #[model(chosen_by = "type")]
    name: String,
}

#[derive(Model)]
struct Shape {}

fn main() {}
