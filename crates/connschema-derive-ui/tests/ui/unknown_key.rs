use connschema::Model;

#[derive(Model)]
struct Request {
    #[model(lenght(max = 4))]
    name: String,
}

fn main() {}
