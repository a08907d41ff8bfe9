use connschema::Model;

#[derive(Model)]
struct Request {
    #[model(range(min = 10, max = 1))]
    empty: u16,
    #[model(range(exclusive_min = 1, exclusive_max = 1))]
    also_empty: f64,
    #[model(range(least = 1))]
    unknown: u8,
    #[model(range(min = "1"))]
    text: u8,
    #[model(range(min = 1u8))]
    suffixed: u8,
    #[model(range())]
    nothing: u8,
}

fn main() {}
