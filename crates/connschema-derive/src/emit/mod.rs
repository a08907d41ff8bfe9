//! Code generation from the checked [`model`](crate::model). Each impl has its own module.

mod checks;
mod collect;
mod owned;
mod schema;
mod serde_impls;
mod tagged;
mod transparent;
mod validate;

use crate::model::{Container, Data};
use proc_macro2::TokenStream;
use quote::quote;

pub fn expand(container: &Container) -> TokenStream {
    let body = match &container.data {
        Data::Struct(data) => {
            let checks = checks::value_checks(container, &data.fields);
            let validate = validate::struct_impl(container, data);
            let collect = collect::struct_impl(container, data);
            let schema = schema::struct_impl(container, data);
            let serde = serde_impls::struct_impls(container, data);
            quote!(#checks #validate #collect #schema #serde)
        }
        Data::Tagged { tag, variants } => tagged::impls(container, Some(tag), variants, None),
        Data::Untagged { variants, default } => tagged::impls(container, None, variants, *default),
        Data::Transparent { inner, secret } => transparent::impls(container, inner, *secret),
        Data::Enum(variants) => {
            let ident = &container.ident;
            let (impl_generics, ty) = container.impl_for();
            let values = variants.iter().map(|v| &v.wire);
            let arms = variants.iter().map(|v| {
                let (variant, wire) = (&v.ident, &v.wire);
                quote!(#ident::#variant => #wire)
            });
            let from_wire = variants.iter().map(|v| {
                let (variant, wire) = (&v.ident, &v.wire);
                quote!(#wire => ::core::option::Option::Some(#ident::#variant))
            });
            let collect = collect::enum_impl(container);
            let schema = schema::enum_impl(container);
            let serde = serde_impls::enum_impls(container);
            quote! {
                impl #impl_generics #ty {
                    /// Every value on the wire, in documentation order.
                    pub const VALUES: &'static [&'static str] = &[#(#values),*];

                    /// The value as it is written on the wire.
                    pub const fn as_str(&self) -> &'static str {
                        match self { #(#arms,)* }
                    }

                    /// The variant for a wire value (exact, case-sensitive).
                    pub fn from_wire(value: &str) -> ::core::option::Option<Self> {
                        match value { #(#from_wire,)* _ => ::core::option::Option::None }
                    }
                }
                impl #impl_generics ::core::fmt::Display for #ty {
                    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                        f.write_str(self.as_str())
                    }
                }
                impl #impl_generics ::connschema::Validate for #ty {
                    fn validate_at(&self, _: &::connschema::Loc<'_>, _: &mut ::connschema::Collector) {}
                }
                impl #impl_generics ::connschema::patterns::Patterns for #ty {}
                impl #impl_generics ::connschema::Unique for #ty {
                    fn unique_key(&self) -> ::connschema::UniqueKey<'_> {
                        ::connschema::UniqueKey::Text(self.as_str())
                    }
                }
                #collect #schema #serde
            }
        }
    };
    let owned = owned::impls(container);
    quote! {
        #[allow(clippy::all, clippy::pedantic, non_snake_case, unused_mut)]
        const _: () = {
            use ::connschema::__private as __cs;
            #body
            #owned
        };
    }
}
