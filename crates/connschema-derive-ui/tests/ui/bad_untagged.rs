use connschema::Model;

#[derive(Model)]
struct A {
    a: String,
}

#[derive(Model)]
struct B {
    b: String,
}

#[derive(Model)]
#[model(untagged)]
enum Unit {
    Plain,
    Held(A),
}

#[derive(Model)]
#[model(untagged)]
enum TwoDefaults {
    #[model(default)]
    First(A),
    #[model(default)]
    Second(B),
}

#[derive(Model)]
#[model(untagged, tag = "kind")]
enum Both {
    First(A),
}

#[derive(Model)]
#[model(untagged)]
enum Renamed {
    #[model(rename = "a")]
    First(A),
}

fn main() {}
