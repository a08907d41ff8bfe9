//! The tables of a list's `items(...)` and a map's `properties(...)`, which its reader and
//! `Validate` share.

use crate::model::Field;
use proc_macro2::{Ident, Span, TokenStream};
use quote::{format_ident, quote, quote_spanned};

use super::values::{bound, check_fn_named};

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
