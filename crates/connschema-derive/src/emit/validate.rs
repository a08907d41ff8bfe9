//! `Validate`: checks a typed value that is already in memory (built in code, or parsed before).

use super::checks::{check_fn_name, list_fn_name, list_span, map_fn_name, patterns_impl, rule_calls};
use crate::model::{Container, Struct};
use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};

pub fn struct_impl(container: &Container, data: &Struct) -> TokenStream {
    let (impl_generics, ty) = container.impl_for();
    let fields = data.fields.iter().map(|field| {
        let (member, wire) = (&field.ident, &field.wire);
        let check = check_fn_name(field).map(|name| quote!(Self::#name(value, &loc, cx);));
        let list = field.constraints.is_list().then(|| {
            let list = list_fn_name(field);
            quote_spanned!(list_span(field)=> Self::#list().check(value, &loc, cx);)
        });
        let map = field.constraints.map.as_ref().map(|map| {
            let checks = map_fn_name(field);
            quote_spanned!(map.span=> Self::#checks().check(value, &loc, cx);)
        });
        let body = quote! {
            let loc = loc.key(#wire);
            #check
            #list
            #map
            ::connschema::Validate::validate_at(value, &loc, cx);
        };
        if field.optional {
            quote!(if let ::core::option::Option::Some(value) = &self.#member { #body })
        } else {
            quote!({ let value = &self.#member; #body })
        }
    });
    let rules = rule_calls(data, &quote!(self));
    let patterns = patterns_impl(container, quote!(Self::PATTERNS), data.fields.iter().map(|f| &f.value_ty));
    let wires = data.fields.iter().map(|f| &f.wire);
    let present_bits = data.fields.iter().take(64).enumerate().map(|(i, field)| {
        let member = &field.ident;
        if field.optional {
            quote!((u64::from(self.#member.is_some()) << #i))
        } else {
            quote!((1u64 << #i))
        }
    });
    quote! {
        impl #impl_generics __cs::Object for #ty {
            const MEMBERS: &'static [&'static str] = &[#(#wires),*];

            fn present(&self) -> u64 {
                0 #(| #present_bits)*
            }
        }

        impl #impl_generics ::connschema::Validate for #ty {
            fn validate_at(&self, loc: &::connschema::Loc<'_>, cx: &mut ::connschema::Collector) {
                #(#fields)*
                #rules
            }
        }

        #patterns
    }
}
