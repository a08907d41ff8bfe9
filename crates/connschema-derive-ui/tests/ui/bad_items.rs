use connschema::Model;

#[derive(Model)]
struct Request {
    #[model(items())]
    nothing: Vec<String>,
    #[model(items(each(items(max = 2))))]
    nested: Vec<Vec<String>>,
    #[model(items(each(colour = "red")))]
    unknown: Vec<String>,
    #[model(items(unique, unique))]
    twice: Vec<String>,
}

#[derive(Model)]
#[model(transparent, items(unique))]
struct Tags(Vec<String>);

fn main() {}
