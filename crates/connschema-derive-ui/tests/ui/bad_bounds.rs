use connschema::Model;

#[derive(Model)]
struct Request {
    #[model(length(min = 5, max = 1))]
    name: String,
    #[model(length)]
    other: String,
    #[model(length(min = 1), length(max = 2))]
    twice: String,
}

fn main() {}
