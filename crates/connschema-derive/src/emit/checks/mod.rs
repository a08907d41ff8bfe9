//! The checks the derive emits, by job: the calls of rules (`rules.rs`), the check of one value's
//! constraints (`values.rs`), the tables of lists and maps (`tables.rs`), and the pattern inventory
//! (`patterns.rs`).

mod patterns;
mod rules;
mod tables;
mod values;

pub use patterns::{pattern_info, patterns_impl};
pub use rules::{early_rule_calls, present_name, rule_calls, whole_rule_calls};
pub use tables::{list_fn_name, list_fns, list_span, map_fn_name, map_fns};
pub use values::{check_fn, check_fn_name, check_fn_on, format_tokens, range_tokens};

use crate::model::{Container, Field};
use proc_macro2::TokenStream;
use quote::quote;

/// The check functions of `fields` and the type's `PATTERNS`.
pub fn value_checks(container: &Container, fields: &[Field]) -> TokenStream {
    let fns = fields
        .iter()
        .flat_map(|field| check_fn(field).into_iter().chain(list_fns(field)).chain(map_fns(field)))
        .collect();
    checks_impl(container, fns, fields)
}

/// `fns` and the `PATTERNS` of `fields`, in an inherent impl of the container.
pub fn checks_impl(container: &Container, fns: Vec<TokenStream>, fields: &[Field]) -> TokenStream {
    let (impl_generics, ty) = container.impl_for();
    let patterns = fields.iter().filter_map(pattern_info);
    quote! {
        impl #impl_generics #ty {
            #(#fns)*

            /// The patterns of this type's own members, in every form (vendor, Rust, exported).
            pub const PATTERNS: &'static [::connschema::PatternInfo] = &[#(#patterns),*];
        }
    }
}
