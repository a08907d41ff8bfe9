use connschema::{Collector, Loc, Model};

fn check(_: &Request, _: &Loc<'_>, _: &mut Collector) {}

#[derive(Model)]
#[model(rule(check = check))]
struct Request {
    name: String,
}

fn main() {}
