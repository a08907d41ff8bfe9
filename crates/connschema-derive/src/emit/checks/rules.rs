//! The calls of a struct's rules: on a typed value, while reading (as soon as what a rule reads
//! is there), and on the built object.

use crate::model::{Field, ReadKind, Struct};
use proc_macro2::{Ident, TokenStream};
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
                let (ty, present) = (&field.value_ty, present_name(field));
                let members = quote_spanned!(read.span=> __cs::Members::new(<#ty as __cs::Object>::MEMBERS, present));
                match (read.kind, field.optional) {
                    (ReadKind::Present, _) => lets.push(quote!(let #name = #seen;)),
                    (ReadKind::Value, true) => {
                        optional.push(quote!((!#seen || #slot.is_some())));
                        lets.push(quote!(let #name = #slot.as_ref();));
                    }
                    (ReadKind::Value, false) => required.push((name.clone(), slot)),
                    (ReadKind::Members, true) => {
                        optional.push(quote!((!#seen || #present.is_some())));
                        lets.push(quote!(let #name = #present.map(|present| #members);));
                    }
                    (ReadKind::Members, false) => {
                        optional.push(quote!(#present.is_some()));
                        lets.push(quote!(let #name = { let present = #present.unwrap_or(0); #members };));
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

/// The local that holds which members a member's object has, for a rule that reads them
/// (`members(x)`): `None` until it is read as an object.
pub fn present_name(field: &Field) -> Ident {
    format_ident!("__present_{}", field.ident)
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
