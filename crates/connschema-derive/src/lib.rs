//! The `Model` derive of [connschema](https://docs.rs/connschema): one annotation per constraint
//! drives the Rust validation, the collecting deserializer and the JSON Schema keywords, so that the
//! three cannot drift apart.
//!
//! The macro works in steps, each in its own module: `attr` parses and checks the input into
//! the `model` (vendor patterns are translated and compiled there by `connschema-pattern`), and
//! `emit` writes the impls. See the `connschema` crate for the attribute reference.

mod attr;
mod case;
mod emit;
mod model;

use proc_macro::TokenStream;
use syn::{parse_macro_input, DeriveInput};

/// The derive writes `Validate`, `Collect`, `schemars::JsonSchema`, `serde::Serialize` and
/// `serde::Deserialize`, and where they apply `Object`, `Unique`, `IntoOwned` and `Borrowable`.
#[proc_macro_derive(Model, attributes(model))]
pub fn derive_model(input: TokenStream) -> TokenStream {
    let input = parse_macro_input!(input as DeriveInput);
    attr::parse(&input).map(|container| emit::expand(&container)).unwrap_or_else(syn::Error::into_compile_error).into()
}
