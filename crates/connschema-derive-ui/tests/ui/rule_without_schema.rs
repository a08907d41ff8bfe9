use connschema::{Cx, Loc, Model};

fn check(_: &Request, _: &Loc<'_>, _: &mut Cx) {}

#[derive(Model)]
#[model(rule(check = check))]
struct Request {
    name: String,
}

fn main() {}
