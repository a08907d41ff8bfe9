use connschema::Model;
use std::collections::BTreeMap;

#[derive(Model)]
struct Request {
    #[model(properties(min = 3, max = 1))]
    backwards: BTreeMap<String, String>,
    #[model(properties(keys(items(max = 1))))]
    nested: BTreeMap<String, String>,
    #[model(properties(names(length(max = 3))))]
    unknown: BTreeMap<String, String>,
}

#[derive(Model)]
struct Wrong {
    // Not a map.
    #[model(properties(min = 1))]
    name: String,
}

fn main() {}
