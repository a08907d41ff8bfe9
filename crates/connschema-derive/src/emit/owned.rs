//! `IntoOwned` (`T<'a>` to `T<'static>`) and `Borrowable` (from `T<'static>` back to `T<'de>`).

use crate::model::{Container, Data};
use proc_macro2::TokenStream;
use quote::quote;

pub fn impls(container: &Container) -> TokenStream {
    let ident = &container.ident;
    let (impl_generics, ty) = container.impl_for();
    let owned = container.ty_at(&quote!('static));
    let borrowing = container.ty_at(&quote!('de));
    let into_owned = if !container.borrows() {
        // Nothing borrowed: already its own owned form.
        quote!(self)
    } else {
        match &container.data {
            Data::Struct(data) => {
                let members = data.fields.iter().map(|f| &f.ident);
                quote!(#ident { #(#members: ::connschema::IntoOwned::into_owned(self.#members),)* })
            }
            Data::Tagged { variants, .. } | Data::Untagged { variants, .. } => {
                let idents = variants.iter().map(|v| &v.ident);
                quote!(match self { #(Self::#idents(inner) => #ident::#idents(::connschema::IntoOwned::into_owned(inner)),)* })
            }
            Data::Transparent { .. } => quote!(#ident(::connschema::IntoOwned::into_owned(self.0))),
            // Unreachable: a string enum's variants hold nothing, and rustc rejects an unused lifetime.
            Data::Enum(_) => quote!(self),
        }
    };
    quote! {
        impl #impl_generics ::connschema::IntoOwned for #ty {
            type Owned = #owned;

            fn into_owned(self) -> #owned {
                #into_owned
            }
        }

        impl ::connschema::Borrowable for #owned {
            type Borrowing<'de> = #borrowing;
        }
    }
}

/// `Deserialize` through `Collect`, so that a plain `serde_json::from_str` also validates.
///
/// A model with lifetimes owns what serde reads into it (it is read borrowed, then made owned), so
/// that `T<'static>` is `DeserializeOwned`, as web frameworks' JSON extractors require; a model
/// is covariant in its lifetimes (its members are `Cow`s, `Secret`s and models), so `T<'static>`
/// is a `T<'a>`. `connschema::from_slice` is the borrowing reader.
pub fn deserialize_impl(container: &Container) -> TokenStream {
    let (_, ty) = container.impl_for();
    let borrowing = container.ty_at(&quote!('de));
    let params = &container.generics.params;
    quote! {
        impl<'de, #params> __cs::serde::Deserialize<'de> for #ty {
            fn deserialize<__D: __cs::serde::Deserializer<'de>>(deserializer: __D) -> ::core::result::Result<Self, __D::Error> {
                __cs::deserialize_owned::<#borrowing, __D>(deserializer)
            }
        }
    }
}
