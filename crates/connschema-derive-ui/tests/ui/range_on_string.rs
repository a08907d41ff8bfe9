use connschema::Model;

#[derive(Model)]
struct Request {
    #[model(range(min = 1, max = 10))]
    name: String,
}

fn main() {}
