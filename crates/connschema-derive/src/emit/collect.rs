//! `Collect`: the parsing path. One pass over the JSON that builds the typed value and records every
//! violation (type, required, unknown member, constraints) instead of stopping at the first.

use super::checks::{
    check_fn_name, early_rule_calls, list_fn_name, list_span, map_fn_name, present_name, whole_rule_calls,
};
use crate::model::{Container, ReadKind, Struct};
use proc_macro2::TokenStream;
use quote::{format_ident, quote, quote_spanned};

pub fn struct_impl(container: &Container, data: &Struct) -> TokenStream {
    let ident = &container.ident;
    let (_, ty) = container.impl_for();
    let de_generics = container.de_impl_generics();
    let slots: Vec<_> = data.fields.iter().map(|f| format_ident!("__slot_{}", f.ident)).collect();
    let seen: Vec<_> = data.fields.iter().map(|f| format_ident!("__seen_{}", f.ident)).collect();
    let types: Vec<_> = data.fields.iter().map(|f| &f.value_ty).collect();
    let wires: Vec<_> = data.fields.iter().map(|f| &f.wire).collect();
    // A member whose shape another chooses and that comes before its chooser is deferred as JSON (see
    // `connschema::read::Deferred`) and read once the chooser has been: the only member that waits.
    let chosen = data.fields.iter().zip(&slots).find_map(|(f, slot)| f.chosen_by.map(|(by, span)| (f, slot, by, span)));
    let deferred_decl = chosen
        .map(|_| quote!(let mut __deferred: ::core::option::Option<__cs::Deferred> = ::core::option::Option::None;));
    let deferred_read = chosen.map(|(field, slot, by, span)| {
        let (wire, ty, by_slot) = (&field.wire, &field.value_ty, &slots[by]);
        let read = quote_spanned!(span=> deferred.read(__cs::SeedBy::<#ty, _>::new(by, &loc, cx)));
        let check = check_call(container, field, slot);
        quote! {
            if let (::core::option::Option::Some(deferred), ::core::option::Option::Some(by)) = (__deferred, &#by_slot) {
                let loc = loc.key(#wire);
                #slot = #read?;
                #check
            }
        }
    });
    // A member whose members a rule reads (`members(x)`) keeps which members its object noted present.
    let present_for_rules: Vec<usize> = data
        .rules
        .iter()
        .flat_map(|rule| rule.reads.iter().flatten())
        .filter(|read| read.kind == ReadKind::Members)
        .map(|read| read.field)
        .collect();
    let present_decls =
        data.fields.iter().enumerate().filter(|(i, _)| present_for_rules.contains(i)).map(|(_, field)| {
            let present = present_name(field);
            quote!(let mut #present: ::core::option::Option<u64> = ::core::option::Option::None;)
        });
    let present_bits: Vec<_> = data
        .fields
        .iter()
        .take(64)
        .zip(&seen)
        .enumerate()
        .map(|(i, (_, seen))| quote!((u64::from(#seen) << #i)))
        .collect();
    let arms = data.fields.iter().enumerate().zip(&slots).zip(&seen).map(|(((index, field), slot), seen_now)| {
        let (wire, ty) = (&field.wire, &field.value_ty);
        let check = check_call(container, field, slot);
        // A list or map with per-item checks is read item by item with them (`CheckedSeed`).
        let seed = if let Some(map) = &field.constraints.map {
            let (ident, checks) = (&container.ident, map_fn_name(field));
            quote_spanned!(map.span=> __cs::CheckedSeed::new(&mut #slot, &#ident::#checks(), &loc, cx))
        } else if field.constraints.is_list() {
            let (ident, list) = (&container.ident, list_fn_name(field));
            quote_spanned!(list_span(field)=> __cs::CheckedSeed::new(&mut #slot, &#ident::#list(), &loc, cx))
        } else {
            quote!(__cs::Seed::<#ty>::new(&mut #slot, &loc, cx))
        };
        let read = match field.chosen_by {
            None if present_for_rules.contains(&index) => {
                let present = present_name(field);
                quote! {
                    cx.take_present();
                    map.next_value_seed(#seed)?;
                    #present = cx.take_present();
                }
            }
            None => quote!(map.next_value_seed(#seed)?;),
            Some((by, span)) => {
                let (by_slot, by_seen) = (&slots[by], &seen[by]);
                let seed = quote_spanned!(span=> __cs::SeedBy::<#ty, _>::new(by, &loc, cx));
                // A chooser read but invalid leaves no shape to read it in: the object is invalid.
                quote! {
                    match &#by_slot {
                        ::core::option::Option::Some(by) => {
                            #slot = map.next_value_seed(#seed)?;
                        }
                        ::core::option::Option::None if !#by_seen => {
                            __deferred = ::core::option::Option::Some(__cs::Deferred::take(&mut map, &loc, cx)?);
                            continue;
                        }
                        ::core::option::Option::None => {
                            map.next_value_seed(__cs::SkipAt { loc: &loc, cx })?;
                        }
                    }
                }
            }
        };
        quote! {
            #wire => {
                let loc = loc.key(#wire);
                if #seen_now {
                    __cs::report_duplicate(&loc, cx);
                    map.next_value_seed(__cs::SkipAt { loc: &loc, cx })?;
                    continue;
                }
                #seen_now = true;
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
    // A member that was present but invalid leaves the object incomplete: it is not built, and a
    // rule that takes the whole object does not run (one with `reads` has already run when what it
    // reads was read; neither mistakes an invalid member for an absent one). A required member is taken out of its
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
    let early_rules = early_rule_calls(data, &slots, &seen);
    let rules = whole_rule_calls(data, &quote!((&value)));
    quote! {
        impl #de_generics ::connschema::Collect<'de> for #ty {
            const EXPECTED: __cs::Kind = __cs::Kind::Object;
            const MEMBERS: &'static [&'static str] = &[#(#wires),*];

            fn from_map<__A: __cs::serde::de::MapAccess<'de>>(
                mut map: __A,
                loc: &::connschema::Loc<'_>,
                cx: &mut ::connschema::Collector,
            ) -> ::core::result::Result<::core::option::Option<Self>, __A::Error> {
                #(let mut #slots: ::core::option::Option<#types> = ::core::option::Option::None;)*
                #(let mut #seen = false;)*
                #deferred_decl
                #(#present_decls)*
                let outer_unknown_members = cx.enter_object(#deny);
                let strict = cx.unknown_members().denied();
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
                // A member read after its chooser is read inside this object, as the others were.
                #deferred_read
                cx.leave_object(outer_unknown_members);
                cx.note_present(0 #(| #present_bits)*);
                #(#required)*
                #early_rules
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

/// The call of a member's own `check`, on its value if it has one, at `loc`.
fn check_call(container: &Container, field: &crate::model::Field, slot: &proc_macro2::Ident) -> Option<TokenStream> {
    let ident = &container.ident;
    check_fn_name(field)
        .map(|name| quote!(if let ::core::option::Option::Some(value) = &#slot { #ident::#name(value, &loc, cx); }))
}

pub fn enum_impl(container: &Container) -> TokenStream {
    let (_, ty) = container.impl_for();
    let de_generics = container.de_impl_generics();
    quote! {
        impl #de_generics ::connschema::Collect<'de> for #ty {
            const EXPECTED: __cs::Kind = __cs::Kind::String;

            fn from_str(value: &str, loc: &::connschema::Loc<'_>, cx: &mut ::connschema::Collector) -> ::core::option::Option<Self> {
                let found = Self::from_wire(value);
                if found.is_none() {
                    __cs::report_enum(value, Self::VALUES, loc, cx);
                }
                found
            }
        }
    }
}
