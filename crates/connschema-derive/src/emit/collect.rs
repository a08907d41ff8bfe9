//! `Collect`: the parsing path. One pass over the JSON that builds the typed value and records every
//! violation (type, required, unknown member, constraints) instead of stopping at the first.

use super::checks::{check_fn_name, rule_calls};
use crate::model::{Container, Struct};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

pub fn struct_impl(container: &Container, data: &Struct) -> TokenStream {
    let ident = &container.ident;
    let (_, ty) = container.impl_for();
    let de_generics = container.de_impl_generics();
    let slots: Vec<_> = data.fields.iter().map(|f| format_ident!("__slot_{}", f.ident)).collect();
    let seen: Vec<_> = data.fields.iter().map(|f| format_ident!("__seen_{}", f.ident)).collect();
    let types: Vec<_> = data.fields.iter().map(|f| &f.value_ty).collect();
    // A member whose shape another chooses, met before that one: held as JSON until the loop ends.
    let held = |field: &crate::model::Field| format_ident!("__held_{}", field.ident);
    let chosen: Vec<_> = data.fields.iter().zip(&slots).filter_map(|(f, slot)| Some((f, slot, f.chosen_by?))).collect();
    let held_decls = chosen.iter().map(|(field, ..)| {
        let held = held(field);
        quote!(let mut #held: ::core::option::Option<__cs::serde_json::Value> = ::core::option::Option::None;)
    });
    let held_reads = chosen.iter().map(|(field, slot, by)| {
        let (held, by_slot, wire, ty) = (held(field), &slots[*by], &field.wire, &field.value_ty);
        quote! {
            if let (::core::option::Option::Some(value), ::core::option::Option::Some(by)) = (#held.take(), &#by_slot) {
                #slot = __cs::collect_value_by::<#ty, _>(by, value, &loc.key(#wire), cx);
            }
        }
    });
    let arms = data.fields.iter().zip(&slots).zip(&seen).map(|((field, slot), seen)| {
        let (wire, ty) = (&field.wire, &field.value_ty);
        let check = check_fn_name(field).map(
            |name| quote!(if let ::core::option::Option::Some(value) = &#slot { #ident::#name(value, &loc, cx); }),
        );
        let read = match field.chosen_by {
            None => quote!(map.next_value_seed(__cs::Seed::<#ty>::new(&mut #slot, &loc, cx))?;),
            Some(by) => {
                let (held, by_slot) = (held(field), &slots[by]);
                quote! {
                    match &#by_slot {
                        ::core::option::Option::Some(by) => {
                            #slot = map.next_value_seed(__cs::SeedBy::<#ty, _>::new(by, &loc, cx))?;
                        }
                        ::core::option::Option::None => {
                            #held = ::core::option::Option::Some(map.next_value_seed(__cs::HoldAt { loc: &loc, cx })?);
                        }
                    }
                }
            }
        };
        quote! {
            #wire => {
                let loc = loc.key(#wire);
                if #seen {
                    __cs::report_duplicate(&loc, cx);
                    map.next_value_seed(__cs::SkipAt { loc: &loc, cx })?;
                    continue;
                }
                #seen = true;
                #read
                #check
            }
        }
    });
    let deny = data.deny_unknown_fields;
    let required = data.fields.iter().zip(&seen).filter(|(f, _)| !f.optional).map(|(field, seen)| {
        let wire = &field.wire;
        quote!(if !#seen { __cs::report_missing(&loc.key(#wire), cx); })
    });
    // A member that was present but invalid leaves the object incomplete: it is not built, so that
    // rules never mistake an invalid member for an absent one. A required member is taken out of its
    // slot by `let … else` (no closure, no tuple), so that the value is built where it lands.
    let incomplete_options = data
        .fields
        .iter()
        .zip(&slots)
        .zip(&seen)
        .filter(|((f, _), _)| f.optional)
        .map(|((_, slot), seen)| quote!((#seen && #slot.is_none())));
    let take_required = data.fields.iter().zip(&slots).filter(|(f, _)| !f.optional).map(|(_, slot)| {
        quote!(let ::core::option::Option::Some(#slot) = #slot else {
            return ::core::result::Result::Ok(::core::option::Option::None);
        };)
    });
    let values = data.fields.iter().zip(&slots).map(|(field, slot)| {
        let member = &field.ident;
        quote!(#member: #slot)
    });
    let rules = rule_calls(data, &quote!((&value)));
    quote! {
        impl #de_generics ::connschema::Collect<'de> for #ty {
            const EXPECTED: __cs::Kind = __cs::Kind::Object;

            fn from_map<A: __cs::serde::de::MapAccess<'de>>(
                mut map: A,
                loc: &::connschema::Loc<'_>,
                cx: &mut ::connschema::Cx,
            ) -> ::core::result::Result<::core::option::Option<Self>, A::Error> {
                #(let mut #slots: ::core::option::Option<#types> = ::core::option::Option::None;)*
                #(let mut #seen = false;)*
                #(#held_decls)*
                let strict = #deny || cx.denies_unknown();
                let outer_strictness = cx.set_denies_unknown(strict);
                while let ::core::option::Option::Some(key) = map.next_key_seed(__cs::KeySeed)? {
                    match &*key {
                        #(#arms)*
                        other => {
                            let loc = loc.key(other);
                            if strict {
                                __cs::report_unknown(&loc, cx);
                            }
                            map.next_value_seed(__cs::SkipAt { loc: &loc, cx })?;
                        }
                    }
                }
                #(#held_reads)*
                cx.set_denies_unknown(outer_strictness);
                #(#required)*
                if false #(|| #incomplete_options)* {
                    return ::core::result::Result::Ok(::core::option::Option::None);
                }
                #(#take_required)*
                let value = #ident { #(#values,)* };
                #rules
                ::core::result::Result::Ok(::core::option::Option::Some(value))
            }
        }
    }
}

pub fn enum_impl(container: &Container) -> TokenStream {
    let (_, ty) = container.impl_for();
    let de_generics = container.de_impl_generics();
    quote! {
        impl #de_generics ::connschema::Collect<'de> for #ty {
            const EXPECTED: __cs::Kind = __cs::Kind::String;

            fn from_str(value: &str, loc: &::connschema::Loc<'_>, cx: &mut ::connschema::Cx) -> ::core::option::Option<Self> {
                let found = Self::from_wire(value);
                if found.is_none() {
                    __cs::report_enum(value, Self::VALUES, loc, cx);
                }
                found
            }
        }
    }
}
