//! One check function per constrained value, shared by `Validate` (typed values) and `Collect`
//! (while parsing): the same code runs on both paths.

use super::patterns::runs_tokens;
use crate::model::{Constraints, Field, Format};
use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote, quote_spanned};

pub fn check_fn_name(field: &Field) -> Option<Ident> {
    (!field.constraints.is_empty()).then(|| format_ident!("__cs_check_{}", field.ident))
}

/// A `range` as the `connschema::__private::Range` value that the check and the schema share.
pub fn range_tokens(range: &crate::model::Range) -> TokenStream {
    let limit = |limit: &Option<crate::model::Limit>| match limit {
        Some(l) => {
            let text = &l.text;
            let value = match l.int {
                Some(n) => quote!(__cs::Limit::Int(#n)),
                None => {
                    let f = l.value;
                    quote!(__cs::Limit::Float(#f))
                }
            };
            quote!(::core::option::Option::Some((#value, #text)))
        }
        None => quote!(::core::option::Option::None),
    };
    let (min, max) = (limit(&range.min), limit(&range.max));
    let (exclusive_min, exclusive_max) = (limit(&range.exclusive_min), limit(&range.exclusive_max));
    quote!(__cs::Range { min: #min, max: #max, exclusive_min: #exclusive_min, exclusive_max: #exclusive_max })
}

pub fn format_tokens(format: Format) -> TokenStream {
    match format {
        Format::DateTime => quote!(__cs::Format::DateTime),
        Format::Uri => quote!(__cs::Format::Uri),
        Format::Ulid => quote!(__cs::Format::Ulid),
    }
}

pub(super) fn bound(value: Option<u64>) -> TokenStream {
    match value {
        Some(n) => {
            let n = usize::try_from(n).unwrap_or(usize::MAX);
            quote!(::core::option::Option::Some(#n))
        }
        None => quote!(::core::option::Option::None),
    }
}

/// The function that checks one value's constraints, shared by `Validate` and `Collect`. Each call
/// carries its attribute's span, so that a constraint the value's type cannot take (a `length` on
/// a number: no `connschema::Text`) is reported at the attribute.
pub fn check_fn(field: &Field) -> Option<TokenStream> {
    let ty = &field.value_ty;
    check_fn_on(field, &quote!(#ty))
}

/// [`check_fn`] on a value of type `ty`.
pub fn check_fn_on(field: &Field, ty: &TokenStream) -> Option<TokenStream> {
    check_fn_named(&field.constraints, ty, &check_fn_name(field)?)
}

/// The function `name` that checks a value of type `ty` against `c`; none when `c` has nothing
/// to check.
pub(super) fn check_fn_named(c: &Constraints, ty: &TokenStream, name: &Ident) -> Option<TokenStream> {
    if c.is_empty() {
        return None;
    }
    let length = c.length.as_ref().map(|b| {
        let (min, max) = (bound(b.min), bound(b.max));
        quote_spanned!(b.span=> __cs::check::length(value, #min, #max, loc, cx);)
    });
    let items = c.items.as_ref().filter(|_| c.newtype).map(|b| {
        let (min, max) = (bound(b.min), bound(b.max));
        quote_spanned!(b.span=> __cs::check::items(value, #min, #max, loc, cx);)
    });
    let pattern = c.pattern.as_ref().map(|p| {
        let (rust, vendor, export) = (&p.rust, &p.vendor, &p.export);
        if p.runs.as_deref().is_some_and(connschema_pattern::runs::accepts_everything) {
            // Nothing to decide at run time; the call still asks the value to be text, at the span.
            return quote_spanned!(p.span=> __cs::check::pattern_accepting_everything(value););
        }
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
    let format = c.format.map(|(f, span)| {
        let f = format_tokens(f);
        quote_spanned!(span=> __cs::check::format(value, #f, loc, cx);)
    });
    let range = c.range.as_ref().map(|r| {
        let tokens = range_tokens(r);
        quote_spanned!(r.span=> __cs::check::range(value, &#tokens, loc, cx);)
    });
    let custom = c.check.as_ref().map(|ch| {
        let f = &ch.check;
        quote_spanned!(ch.span=> #f(value, loc, cx);)
    });
    Some(quote! {
        #[doc(hidden)]
        fn #name(value: &#ty, loc: &::connschema::Loc<'_>, cx: &mut ::connschema::Collector) {
            #length #items #pattern #format #range #custom
        }
    })
}
