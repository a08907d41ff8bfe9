use connschema::Model;

#[derive(Model)]
struct Inner {}

#[derive(Model)]
#[model(tag = "kind")]
enum Scheme {
    Good(Inner),
    Bad,
}

#[derive(Model)]
#[model(tag = "kind")]
struct NotAnEnum {}

fn main() {}
