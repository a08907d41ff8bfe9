//! Internally tagged enums: the tag member names the variant; the variant's model holds the other
//! members of the same object.

use crate::model::{Container, TaggedVariant};
use proc_macro2::TokenStream;
use quote::quote;

pub fn impls(container: &Container, tag: &str, variants: &[TaggedVariant]) -> TokenStream {
    let ident = &container.ident;
    let (impl_generics, ty) = container.impl_for();
    let de_generics = container.de_impl_generics();
    let docs = &container.docs;
    let name = ident.to_string();
    let wires: Vec<_> = variants.iter().map(|v| &v.wire).collect();
    let idents: Vec<_> = variants.iter().map(|v| &v.ident).collect();
    let types: Vec<_> = variants.iter().map(|v| &v.ty).collect();
    let deserialize = super::owned::deserialize_impl(container);
    quote! {
        impl #impl_generics #ty {
            /// The member that names the variant.
            pub const TAG: &'static str = #tag;

            /// Every value of the tag, in documentation order.
            pub const TAG_VALUES: &'static [&'static str] = &[#(#wires),*];

            /// The tag value of this variant.
            pub const fn tag_value(&self) -> &'static str {
                match self { #(Self::#idents(_) => #wires,)* }
            }
        }

        impl #impl_generics ::connschema::Validate for #ty {
            fn validate_at(&self, loc: &::connschema::Loc<'_>, cx: &mut ::connschema::Cx) {
                match self { #(Self::#idents(inner) => ::connschema::Validate::validate_at(inner, loc, cx),)* }
            }
        }

        impl #de_generics ::connschema::Collect<'de> for #ty {
            const EXPECTED: __cs::Kind = __cs::Kind::Object;

            fn from_map<A: __cs::serde::de::MapAccess<'de>>(
                map: A,
                loc: &::connschema::Loc<'_>,
                cx: &mut ::connschema::Cx,
            ) -> ::core::result::Result<::core::option::Option<Self>, A::Error> {
                __cs::collect_tagged(map, Self::TAG, Self::TAG_VALUES, loc, cx, |tag, rest, loc, cx| match tag {
                    #(#wires => <#types as ::connschema::Collect<'de>>::from_map(rest, loc, cx).map(|found| found.map(Self::#idents)),)*
                    _ => ::core::result::Result::Ok(::core::option::Option::None),
                })
            }
        }

        impl #impl_generics __cs::schemars::JsonSchema for #ty {
            fn schema_name() -> __cs::Cow<'static, str> {
                __cs::Cow::Borrowed(#name)
            }
            fn schema_id() -> __cs::Cow<'static, str> {
                __cs::Cow::Borrowed(::core::concat!(::core::module_path!(), "::", #name))
            }
            fn json_schema(generator: &mut __cs::schemars::SchemaGenerator) -> __cs::schemars::Schema {
                __cs::schema::tagged(
                    Self::TAG,
                    ::std::vec![#((#wires, <#types as __cs::schemars::JsonSchema>::json_schema(generator))),*],
                    #docs,
                )
            }
        }

        impl #impl_generics __cs::serde::Serialize for #ty {
            fn serialize<S: __cs::serde::Serializer>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error> {
                match self { #(Self::#idents(inner) => __cs::serialize_tagged(serializer, Self::TAG, #wires, inner),)* }
            }
        }

        #deserialize
    }
}
