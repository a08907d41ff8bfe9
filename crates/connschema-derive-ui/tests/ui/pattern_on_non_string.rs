use connschema::Model;

#[derive(Model)]
struct Request {
    #[model(pattern = "[0-9]+")]
    count: f64,
}

fn main() {}
