use connschema::Model;

#[derive(Model)]
struct Point {
    x: i64,
}

#[derive(Model)]
struct Request {
    // Objects are not compared as JSON.
    #[model(items(unique))]
    points: Vec<Point>,
    // Not a list.
    #[model(items(each(length(max = 3))))]
    name: String,
}

fn main() {}
