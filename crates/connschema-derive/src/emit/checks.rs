//! One check function per constrained field, shared by `Validate` (typed values) and `Collect`
//! (while parsing): the same code runs on both paths.

use crate::model::{Bounds, Container, Field, Format, Struct};
use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote, quote_spanned};

/// The calls that check a struct's rules on `value` (a `&Self`): its union rule, then its own.
pub fn rule_calls(data: &Struct, value: &TokenStream) -> TokenStream {
    let union = data.union.then(|| {
        let members = data.fields.iter().map(|f| {
            let (member, wire) = (&f.ident, &f.wire);
            quote!((#wire, #value.#member.is_some()))
        });
        quote!(__cs::check::exactly_one(&[#(#members),*], loc, cx);)
    });
    let rules = data.rules.iter().map(|rule| {
        let check = &rule.check;
        quote!(#check(#value, loc, cx);)
    });
    quote!(#union #(#rules)*)
}

pub fn check_fn_name(field: &Field) -> Option<Ident> {
    let constrained =
        field.length.is_some() || field.items.is_some() || field.pattern.is_some() || field.format.is_some();
    constrained.then(|| format_ident!("__cs_check_{}", field.ident))
}

pub fn format_tokens(format: Format) -> TokenStream {
    match format {
        Format::DateTime => quote!(__cs::Format::DateTime),
        Format::Uri => quote!(__cs::Format::Uri),
    }
}

fn bound(value: Option<u64>) -> TokenStream {
    match value {
        Some(n) => {
            let n = usize::try_from(n).unwrap_or(usize::MAX);
            quote!(::core::option::Option::Some(#n))
        }
        None => quote!(::core::option::Option::None),
    }
}

fn bounds(b: &Bounds) -> (TokenStream, TokenStream) {
    (bound(b.min), bound(b.max))
}

pub fn field_checks(container: &Container, data: &Struct) -> TokenStream {
    let (impl_generics, ty) = container.impl_for();
    let fns = data.fields.iter().filter_map(|field| {
        let name = check_fn_name(field)?;
        let ty = &field.value_ty;
        let length = field.length.as_ref().map(|b| {
            let (min, max) = bounds(b);
            quote!(__cs::check::length(value, #min, #max, loc, cx);)
        });
        let items = field.items.as_ref().map(|b| {
            let (min, max) = bounds(b);
            quote!(__cs::check::items(value, #min, #max, loc, cx);)
        });
        let pattern = field.pattern.as_ref().map(|p| {
            let (rust, vendor, export) = (&p.rust, &p.vendor, &p.export);
            let matcher = match &p.runs {
                Some(runs) => {
                    let runs = runs_tokens(runs);
                    quote!(__cs::Pattern::Runs(#runs))
                }
                None => quote! {{
                    static REGEX: __cs::LazyLock<__cs::Regex> = __cs::LazyLock::new(|| __cs::compile_pattern(#rust));
                    __cs::Pattern::Regex(&REGEX)
                }},
            };
            quote_spanned! {p.span=>
                static PATTERN: __cs::Pattern = #matcher;
                __cs::check::pattern(value, &PATTERN, #vendor, #export, loc, cx);
            }
        });
        let format = field.format.map(|f| {
            let f = format_tokens(f);
            quote!(__cs::check::format(value, #f, loc, cx);)
        });
        Some(quote! {
            #[doc(hidden)]
            fn #name(value: &#ty, loc: &::connschema::Loc<'_>, cx: &mut ::connschema::Cx) {
                #length #items #pattern #format
            }
        })
    });
    let patterns = data.fields.iter().filter_map(|field| {
        let p = field.pattern.as_ref()?;
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
    });
    quote! {
        impl #impl_generics #ty {
            #(#fns)*

            /// The patterns of this type's own members, in every form (vendor, Rust, exported).
            pub const PATTERNS: &'static [::connschema::PatternInfo] = &[#(#patterns),*];
        }
    }
}

/// `&[Run { .. }, ..]`, as a constant the generated check keeps in a static.
fn runs_tokens(runs: &[connschema_pattern::runs::Run]) -> TokenStream {
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
