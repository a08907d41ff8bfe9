//! One check function per constrained field, shared by `Validate` (typed values) and `Collect`
//! (while parsing): the same code runs on both paths.

use crate::model::{Constraints, Container, Field, Format, ReadKind, Struct};
use proc_macro2::{Ident, Span, TokenStream};
use quote::{format_ident, quote, quote_spanned};

/// The calls that check a typed value's rules, on `value` (a `&Self`): its union rule, then its
/// own, in the order written.
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
        let Some(reads) = &rule.reads else { return quote!(#check(#value, loc, cx);) };
        let (names, args): (Vec<Ident>, Vec<TokenStream>) = reads
            .iter()
            .enumerate()
            .map(|(i, read)| {
                let field = &data.fields[read.field];
                let member = &field.ident;
                let arg = match (read.kind, field.optional) {
                    (ReadKind::Present, _) => quote!(#value.#member.is_some()),
                    (ReadKind::Value, true) => quote!(#value.#member.as_ref()),
                    (ReadKind::Value, false) => quote!(&#value.#member),
                    (ReadKind::Members, true) => {
                        quote_spanned!(read.span=> #value.#member.as_ref().map(__cs::Object::members))
                    }
                    (ReadKind::Members, false) => quote_spanned!(read.span=> __cs::Object::members(&#value.#member)),
                };
                (read_name(i, read), arg)
            })
            .unzip();
        quote!({ #(let #names = #args;)* #check(#(#names,)* loc, cx); })
    });
    quote!(#union #(#rules)*)
}

/// The calls, while reading, of the rules that can run before the object is built: the union rule
/// on which members were present, and each rule with `reads` whenever every member it reads by
/// value has one (present with its type, or an absent optional member). A member that broke only
/// a constraint has its value, so its rules still run; nothing a rule reports is reported twice.
pub fn early_rule_calls(data: &Struct, slots: &[Ident], seen: &[Ident]) -> TokenStream {
    let union = data.union.then(|| {
        let members = data.fields.iter().zip(seen).map(|(f, seen)| {
            let wire = &f.wire;
            quote!((#wire, #seen))
        });
        quote!(__cs::check::exactly_one(&[#(#members),*], loc, cx);)
    });
    let rules = data.rules.iter().filter_map(|rule| {
        let reads = rule.reads.as_ref()?;
        let check = &rule.check;
        let mut required = Vec::new();
        let mut optional = Vec::new();
        let mut lets = Vec::new();
        let names: Vec<Ident> = reads
            .iter()
            .enumerate()
            .map(|(i, read)| {
                let (field, slot, seen) = (&data.fields[read.field], &slots[read.field], &seen[read.field]);
                let name = read_name(i, read);
                let (ty, held) = (&field.value_ty, held_name(field));
                let members = quote_spanned!(read.span=> __cs::Members::new(<#ty as __cs::Object>::MEMBERS, held));
                match (read.kind, field.optional) {
                    (ReadKind::Present, _) => lets.push(quote!(let #name = #seen;)),
                    (ReadKind::Value, true) => {
                        optional.push(quote!((!#seen || #slot.is_some())));
                        lets.push(quote!(let #name = #slot.as_ref();));
                    }
                    (ReadKind::Value, false) => required.push((name.clone(), slot)),
                    (ReadKind::Members, true) => {
                        optional.push(quote!((!#seen || #held.is_some())));
                        lets.push(quote!(let #name = #held.map(|held| #members);));
                    }
                    (ReadKind::Members, false) => {
                        optional.push(quote!(#held.is_some()));
                        lets.push(quote!(let #name = { let held = #held.unwrap_or(0); #members };));
                    }
                }
                name
            })
            .collect();
        let call = quote!({ #(#lets)* #check(#(#names,)* loc, cx); });
        let call = if optional.is_empty() { call } else { quote!(if #(#optional)&&* { #call }) };
        Some(if required.is_empty() {
            call
        } else {
            let (bound, slot): (Vec<_>, Vec<_>) = required.into_iter().unzip();
            quote! {
                if let (#(::core::option::Option::Some(#bound),)*) = (#(&#slot,)*) {
                    #call
                }
            }
        })
    });
    quote!(#union #(#rules)*)
}

/// The local that holds which members a member's object held, for a rule that reads them
/// (`members(x)`): `None` until it is read as an object.
pub fn held_name(field: &Field) -> Ident {
    format_ident!("__held_{}", field.ident)
}

/// The local that holds a rule's `i`th read, spanned at the read, so that a check whose parameter
/// does not take what is read is a type error at the member's name in `reads(...)`.
fn read_name(i: usize, read: &crate::model::Read) -> Ident {
    Ident::new(&format!("__cs_read_{i}"), read.span)
}

/// The calls, once the object is built as `value`, of the rules without `reads` (they take the
/// whole `&Self`).
pub fn whole_rule_calls(data: &Struct, value: &TokenStream) -> TokenStream {
    let rules = data.rules.iter().filter(|rule| rule.reads.is_none()).map(|rule| {
        let check = &rule.check;
        quote!(#check(#value, loc, cx);)
    });
    quote!(#(#rules)*)
}

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

fn bound(value: Option<u64>) -> TokenStream {
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
fn check_fn_named(c: &Constraints, ty: &TokenStream, name: &Ident) -> Option<TokenStream> {
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
        fn #name(value: &#ty, loc: &::connschema::Loc<'_>, cx: &mut ::connschema::Cx) {
            #length #items #pattern #format #range #custom
        }
    })
}

/// A list member's `items(...)`: `__cs_list_<field>()`, the `ListChecks` its reader and
/// `Validate` share, and `__cs_each_<field>`, the check of one item (`each(...)`).
pub fn list_fns(field: &Field) -> Option<TokenStream> {
    let c = &field.constraints;
    if !c.is_list() {
        return None;
    }
    let ty = &field.value_ty;
    let span = list_span(field);
    let item = quote_spanned!(span=> <#ty as __cs::List>::Item);
    let (list, each_name) = (list_fn_name(field), format_ident!("__cs_each_{}", field.ident));
    let (min, max) = match &c.items {
        Some(b) => (bound(b.min), bound(b.max)),
        None => (bound(None), bound(None)),
    };
    let unique = match c.unique {
        Some(span) => quote_spanned!(span=> ::core::option::Option::Some(__cs::check::unique)),
        None => quote!(::core::option::Option::None),
    };
    let each_fn = c.each.as_ref().and_then(|(each, _)| check_fn_named(each, &item, &each_name));
    let each = match each_fn {
        Some(_) => quote!(::core::option::Option::Some(Self::#each_name)),
        None => quote!(::core::option::Option::None),
    };
    Some(quote! {
        #each_fn

        #[doc(hidden)]
        fn #list() -> __cs::ListChecks<#item> {
            __cs::ListChecks { min: #min, max: #max, unique: #unique, each: #each }
        }
    })
}

/// Where a list member's `items(...)` was given: the calls of its reader and its check carry it,
/// so that `items` on a member that is no list is reported there.
pub fn list_span(field: &Field) -> Span {
    let c = &field.constraints;
    c.items
        .as_ref()
        .map(|b| b.span)
        .or(c.unique)
        .or(c.each.as_ref().map(|(_, span)| *span))
        .unwrap_or_else(Span::call_site)
}

/// A map member's `properties(...)`: `__cs_map_<field>()`, the `MapChecks` its reader and
/// `Validate` share, with the checks of one key (`keys(...)`) and one value (`values(...)`).
pub fn map_fns(field: &Field) -> Option<TokenStream> {
    let map = field.constraints.map.as_ref()?;
    let ty = &field.value_ty;
    let value_ty = quote_spanned!(map.span=> <#ty as __cs::Map>::Value);
    let (key_name, value_name) =
        (format_ident!("__cs_key_{}", field.ident), format_ident!("__cs_value_{}", field.ident));
    let key_fn = map.keys.as_ref().and_then(|keys| check_fn_named(keys, &quote!(str), &key_name));
    let value_fn = map.values.as_ref().and_then(|values| check_fn_named(values, &value_ty, &value_name));
    let some = |present: bool, name: &Ident| {
        if present {
            quote!(::core::option::Option::Some(Self::#name))
        } else {
            quote!(::core::option::Option::None)
        }
    };
    let (key, value) = (some(key_fn.is_some(), &key_name), some(value_fn.is_some(), &value_name));
    let (min, max) = match &map.size {
        Some(b) => (bound(b.min), bound(b.max)),
        None => (bound(None), bound(None)),
    };
    let name = map_fn_name(field);
    Some(quote! {
        #key_fn
        #value_fn

        #[doc(hidden)]
        fn #name() -> __cs::MapChecks<#value_ty> {
            __cs::MapChecks { min: #min, max: #max, key: #key, value: #value }
        }
    })
}

pub fn map_fn_name(field: &Field) -> Ident {
    format_ident!("__cs_map_{}", field.ident)
}

pub fn list_fn_name(field: &Field) -> Ident {
    format_ident!("__cs_list_{}", field.ident)
}

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

/// `Validate::visit_patterns`: records `own` patterns under the type's path, then visits `inside`.
pub fn visit_patterns<'t>(
    container: &Container,
    own: TokenStream,
    inside: impl IntoIterator<Item = &'t syn::Type>,
) -> TokenStream {
    let ident = &container.ident;
    let inside = inside.into_iter();
    quote! {
        fn visit_patterns(found: &mut ::connschema::patterns::Found) {
            if found.enter(::core::concat!(::core::module_path!(), "::", ::core::stringify!(#ident)), #own) {
                #(<#inside as ::connschema::Validate>::visit_patterns(found);)*
            }
        }
    }
}
