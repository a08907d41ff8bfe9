//! `serde::Serialize` (wire names, absent options left out) and `serde::Deserialize` (through
//! `Collect`, so that a plain `serde_json::from_str` also validates: see [`super::owned`]).

use crate::model::{Container, Struct};
use proc_macro2::TokenStream;
use quote::quote;

pub fn struct_impls(container: &Container, data: &Struct) -> TokenStream {
    let ident = &container.ident;
    let (impl_generics, ty) = container.impl_for();
    let name = ident.to_string();
    let count = data.fields.iter().map(|f| {
        let member = &f.ident;
        if f.optional {
            quote!(usize::from(self.#member.is_some()))
        } else {
            quote!(1usize)
        }
    });
    let fields = data.fields.iter().map(|f| {
        let (member, wire) = (&f.ident, &f.wire);
        if f.optional {
            quote! {
                match &self.#member {
                    ::core::option::Option::Some(value) => state.serialize_field(#wire, value)?,
                    ::core::option::Option::None => state.skip_field(#wire)?,
                }
            }
        } else {
            quote!(state.serialize_field(#wire, &self.#member)?;)
        }
    });
    let deserialize = super::owned::deserialize_impl(container);
    quote! {
        impl #impl_generics __cs::serde::Serialize for #ty {
            fn serialize<__S: __cs::serde::Serializer>(&self, serializer: __S) -> ::core::result::Result<__S::Ok, __S::Error> {
                use __cs::serde::ser::SerializeStruct as _;
                let len = 0usize #(+ #count)*;
                let mut state = serializer.serialize_struct(#name, len)?;
                #(#fields)*
                state.end()
            }
        }
        #deserialize
    }
}

pub fn enum_impls(container: &Container) -> TokenStream {
    let (impl_generics, ty) = container.impl_for();
    let deserialize = super::owned::deserialize_impl(container);
    quote! {
        impl #impl_generics __cs::serde::Serialize for #ty {
            fn serialize<__S: __cs::serde::Serializer>(&self, serializer: __S) -> ::core::result::Result<__S::Ok, __S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
        #deserialize
    }
}
