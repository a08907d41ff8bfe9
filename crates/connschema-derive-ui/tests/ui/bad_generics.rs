use connschema::Model;
use std::borrow::Cow;

#[derive(Model)]
struct TypeParameter<T> {
    value: T,
}

#[derive(Model)]
struct ReservedLifetime<'de> {
    value: Cow<'de, str>,
}

fn main() {}
