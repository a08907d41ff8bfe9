use connschema::Model;

#[derive(Model)]
struct Request {
    #[model(length(max = "64"))]
    name: String,
    #[model(pattern = 5)]
    id: String,
}

fn main() {}
