use connschema::Model;

// Not a newtype.
#[derive(Model)]
#[model(transparent)]
struct Named {
    value: String,
}

// A string constraint on a number.
#[derive(Model)]
#[model(transparent, length(max = 3))]
struct Port(f64);

// Constraints go on a newtype, not on a struct with members.
#[derive(Model)]
#[model(format = "uri")]
struct Link {
    href: String,
}

// `transparent` keeps to the keys of a value.
#[derive(Model)]
#[model(transparent, deny_unknown_fields)]
struct Id(String);

fn main() {}
