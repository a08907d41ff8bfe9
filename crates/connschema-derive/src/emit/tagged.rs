//! Enums whose variants each hold one model: internally tagged (the tag member names the variant;
//! the variant's model holds the other members of the same object) or untagged (the first member
//! that only one variant's model has decides; `default` is read when none does).

use crate::model::{Container, TaggedVariant};
use proc_macro2::TokenStream;
use quote::quote;

pub fn impls(
    container: &Container,
    tag: Option<&String>,
    variants: &[TaggedVariant],
    default: Option<usize>,
) -> TokenStream {
    let (impl_generics, ty) = container.impl_for();
    let de_generics = container.de_impl_generics();
    let docs = &container.docs;
    let naming = super::schema::naming(container);
    let wires: Vec<_> = variants.iter().map(|v| &v.wire).collect();
    let idents: Vec<_> = variants.iter().map(|v| &v.ident).collect();
    let types: Vec<_> = variants.iter().map(|v| &v.ty).collect();
    let (consts, members, reader, schema, serialize) = match tag {
        Some(tag) => {
            let arms = wires.iter().zip(&types).zip(&idents).map(|((wire, ty), ident)| {
                quote!(#wire => <#ty as ::connschema::Collect<'de>>::from_map(rest, loc, cx).map(|found| found.map(Self::#ident)),)
            });
            (
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
                },
                quote!(&[#tag]),
                quote! {
                    __cs::collect_tagged(map, Self::TAG, Self::TAG_VALUES, loc, cx, |tag, rest, loc, cx| match tag {
                        #(#arms)*
                        _ => ::core::result::Result::Ok(::core::option::Option::None),
                    })
                },
                quote! {
                    __cs::schema::tagged(
                        Self::TAG,
                        ::std::vec![#((#wires, <#types as __cs::schemars::JsonSchema>::json_schema(generator))),*],
                        #docs,
                    )
                },
                quote!(match self { #(Self::#idents(inner) => __cs::serialize_tagged(serializer, Self::TAG, #wires, inner),)* }),
            )
        }
        None => {
            let indexes = 0..variants.len();
            let default = match default {
                Some(index) => quote!(::core::option::Option::Some(#index)),
                None => quote!(::core::option::Option::None),
            };
            (
                quote!(),
                quote!(&[]),
                quote! {
                    let variants = [#(<#types as ::connschema::Collect<'de>>::MEMBERS),*];
                    __cs::collect_untagged(map, &variants, #default, loc, cx, |index, rest, loc, cx| match index {
                        #(#indexes => <#types as ::connschema::Collect<'de>>::from_map(rest, loc, cx).map(|found| found.map(Self::#idents)),)*
                        _ => ::core::result::Result::Ok(::core::option::Option::None),
                    })
                },
                quote! {
                    __cs::schema::one_of(::std::vec![#(generator.subschema_for::<#types>()),*], #docs)
                },
                quote!(match self { #(Self::#idents(inner) => __cs::serde::Serialize::serialize(inner, serializer),)* }),
            )
        }
    };
    let deserialize = super::owned::deserialize_impl(container);
    let patterns = super::checks::patterns_impl(container, quote!(&[]), types.iter().copied());
    quote! {
        #consts

        impl #impl_generics ::connschema::Validate for #ty {
            fn validate_at(&self, loc: &::connschema::Loc<'_>, cx: &mut ::connschema::Collector) {
                match self { #(Self::#idents(inner) => ::connschema::Validate::validate_at(inner, loc, cx),)* }
            }
        }

        #patterns

        impl #de_generics ::connschema::Collect<'de> for #ty {
            const EXPECTED: __cs::Kind = __cs::Kind::Object;
            const MEMBERS: &'static [&'static str] = #members;

            fn from_map<__A: __cs::serde::de::MapAccess<'de>>(
                map: __A,
                loc: &::connschema::Loc<'_>,
                cx: &mut ::connschema::Collector,
            ) -> ::core::result::Result<::core::option::Option<Self>, __A::Error> {
                #reader
            }
        }

        impl #impl_generics __cs::schemars::JsonSchema for #ty {
            #naming
            fn json_schema(generator: &mut __cs::schemars::SchemaGenerator) -> __cs::schemars::Schema {
                #schema
            }
        }

        impl #impl_generics __cs::serde::Serialize for #ty {
            fn serialize<__S: __cs::serde::Serializer>(&self, serializer: __S) -> ::core::result::Result<__S::Ok, __S::Error> {
                #serialize
            }
        }

        #deserialize
    }
}
