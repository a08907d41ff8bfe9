//! The `Model` derive of [connschema](https://docs.rs/connschema): one annotation per constraint
//! drives the Rust validation, the collecting deserializer and the JSON Schema keywords, so that the
//! three cannot drift apart.
//!
//! The macro works in three phases, each in its own module, as serde_derive and garde_derive do:
//! `attr` reads the input as written, `check` checks how its keys go together and builds the
//! `model` (vendor patterns are translated and compiled there by `connschema-pattern`), and `emit`
//! writes the impls. Both first phases report into one `Errors`, so that one compile shows every
//! problem. See the `connschema` crate for the attribute reference.

mod attr;
mod case;
mod check;
mod emit;
mod errors;
mod model;

use proc_macro::TokenStream;
use syn::{parse_macro_input, DeriveInput};

/// The derive writes `Validate`, `Collect`, `schemars::JsonSchema`, `serde::Serialize` and
/// `serde::Deserialize`, and where they apply `Object`, `Unique`, `IntoOwned` and `Borrowable`.
#[proc_macro_derive(Model, attributes(model))]
pub fn derive_model(input: TokenStream) -> TokenStream {
    let input = parse_macro_input!(input as DeriveInput);
    let mut errors = errors::Errors::default();
    let written = attr::read(&input, &mut errors);
    let model = check::model(written, &mut errors);
    errors.finish().map(|()| emit::expand(&model)).unwrap_or_else(syn::Error::into_compile_error).into()
}
