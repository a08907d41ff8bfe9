//! The pattern inventory: each type's `PATTERNS` and its `Patterns` impl, which the tests and
//! benchmarks read every pattern through, apart from `Validate`.

use crate::model::{Container, Field};
use proc_macro2::TokenStream;
use quote::quote;

/// The `PatternInfo` of a value's pattern, if it has one.
pub fn pattern_info(field: &Field) -> Option<TokenStream> {
    let p = field.constraints.pattern.as_ref()?;
    let (wire, vendor, rust, export) = (&field.wire, &p.vendor, &p.rust, &p.export);
    let linear = match &p.linear {
        Some(l) => quote!(::core::option::Option::Some(#l)),
        None => quote!(::core::option::Option::None),
    };
    let runs = match &p.runs {
        Some(runs) => {
            let runs = runs_tokens(runs);
            quote!(::core::option::Option::Some(#runs))
        }
        None => quote!(::core::option::Option::None),
    };
    Some(quote! {
        ::connschema::PatternInfo {
            member: #wire, vendor: #vendor, rust: #rust, export: #export, linear: #linear, runs: #runs,
        }
    })
}

/// `&[Run { .. }, ..]`, as a constant the generated check keeps in a static.
pub(super) fn runs_tokens(runs: &[connschema_pattern::runs::Run]) -> TokenStream {
    let runs = runs.iter().map(|run| {
        let ascii = &run.ascii;
        let wide = run.wide.iter().map(|(start, end)| quote!((#start, #end)));
        let (min, max, escapes) = (run.min, run.max, run.escapes);
        quote!(::connschema::runs::Run {
            ascii: [#(#ascii),*], wide: __cs::Cow::Borrowed(&[#(#wide),*]), min: #min, max: #max, escapes: #escapes,
        })
    });
    quote!(&[#(#runs),*])
}

/// The `Patterns` impl: records `own` patterns under the type's path, then visits `inside`.
pub fn patterns_impl<'t>(
    container: &Container,
    own: TokenStream,
    inside: impl IntoIterator<Item = &'t syn::Type>,
) -> TokenStream {
    let ident = &container.ident;
    let (impl_generics, ty) = container.impl_for();
    let inside = inside.into_iter();
    quote! {
        impl #impl_generics ::connschema::patterns::Patterns for #ty {
            fn visit_patterns(found: &mut ::connschema::patterns::PatternInventory) {
                if found.enter(::core::concat!(::core::module_path!(), "::", ::core::stringify!(#ident)), #own) {
                    #(<#inside as ::connschema::patterns::Patterns>::visit_patterns(found);)*
                }
            }
        }
    }
}
