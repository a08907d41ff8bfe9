use connschema::Model;

#[derive(Model)]
#[model(rename_all = "Title Case")]
enum Kind {
    Plain,
    WithData(String),
}

fn main() {}
