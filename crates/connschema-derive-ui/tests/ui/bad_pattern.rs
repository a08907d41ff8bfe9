use connschema::Model;

#[derive(Model)]
struct Request {
    #[model(pattern = "[a-z")]
    unclosed: String,
    #[model(pattern = "(?=lookahead)")]
    lookahead: String,
    #[model(pattern = "(a)\\1")]
    backreference: String,
}

fn main() {}
