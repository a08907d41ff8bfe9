use connschema::Model;

// A pattern that accepts every string is not checked at run time, but it is still a string's.
#[derive(Model)]
struct Request {
    #[model(pattern = r"[\s\S]*")]
    count: f64,
}

fn main() {}
