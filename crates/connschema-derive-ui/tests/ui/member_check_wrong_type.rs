use connschema::{Collector, Loc, Model};

fn short(_: &str, _: &Loc<'_>, _: &mut Collector) {}

#[derive(Model)]
struct Request {
    // A check that takes another type than the member's.
    #[model(check = short)]
    port: u16,
}

fn main() {}
