use connschema::Model;

#[derive(Model)]
struct Request {
    #[model(pattern = "[a-z")]
    unclosed: String,
    #[model(pattern = "(?=lookahead)")]
    lookahead: String,
    #[model(pattern = "(a)\\1")]
    backreference: String,
    // A property escape: the patterns are compiled without Unicode tables (the workspace's Cargo.toml).
    #[model(pattern = "\\p{L}+")]
    letters: String,
}

fn main() {}
