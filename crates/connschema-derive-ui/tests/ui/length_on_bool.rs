use connschema::Model;

#[derive(Model)]
struct Request {
    #[model(length(min = 1))]
    enabled: Option<bool>,
    #[model(length(max = 3))]
    tags: Vec<String>,
    #[model(items(max = 3))]
    name: String,
}

fn main() {}
