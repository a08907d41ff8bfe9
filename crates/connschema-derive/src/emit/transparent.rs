//! `#[model(transparent)]`: a newtype over a leaf type (a string, a number, an object) that reads,
//! writes and exports as that type, with constraints of its own checked on the newtype itself, so
//! that a secret one is never quoted.

use super::checks::{check_fn_name, check_fn_on, checks_impl};
use super::schema::{constraint_args, naming};
use crate::model::{Container, Field};
use proc_macro2::TokenStream;
use quote::quote;

pub fn impls(container: &Container, inner: &Field, secret: bool) -> TokenStream {
    let ident = &container.ident;
    let (impl_generics, ty) = container.impl_for();
    let de_generics = container.de_impl_generics();
    let inner_ty = &inner.value_ty;
    let checks =
        checks_impl(container, check_fn_on(inner, &quote!(Self)).into_iter().collect(), std::slice::from_ref(inner));
    let check = check_fn_name(inner).map(|name| quote!(Self::#name(self, loc, cx);));
    let accept = check_fn_name(inner).map(|name| quote!(Self::#name(&value, loc, cx);));
    let (keywords, range, pattern, format) = constraint_args(&inner.constraints);
    let extra = match inner.constraints.check.as_ref().and_then(|c| c.schema.as_ref()) {
        Some(schema) => quote!(__cs::schema::schema_with_all_of(leaf, #schema(generator))),
        None => quote!(leaf),
    };
    let naming = naming(container);
    let as_inner = quote!(<#inner_ty as ::connschema::Collect<'de>>);
    let patterns = super::checks::patterns_impl(container, quote!(Self::PATTERNS), [inner_ty]);
    let debug = secret.then(|| {
        let redacted = format!("{ident}(<redacted>)");
        quote! {
            impl #impl_generics ::core::fmt::Debug for #ty {
                fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                    f.write_str(#redacted)
                }
            }
        }
    });
    let deserialize = super::owned::deserialize_impl(container);
    quote! {
        #checks

        impl #impl_generics #ty {
            #[doc(hidden)]
            fn __cs_accept(inner: #inner_ty, loc: &::connschema::Loc<'_>, cx: &mut ::connschema::Collector) -> Self {
                let value = #ident(inner);
                #accept
                value
            }
        }

        impl #impl_generics __cs::Transparent for #ty {
            type Inner = #inner_ty;
            const SECRET: bool = #secret;

            fn inner(&self) -> &#inner_ty {
                &self.0
            }
        }

        impl #impl_generics ::connschema::Validate for #ty {
            fn validate_at(&self, loc: &::connschema::Loc<'_>, cx: &mut ::connschema::Collector) {
                ::connschema::Validate::validate_at(&self.0, loc, cx);
                #check
            }
        }

        #patterns

        impl #de_generics ::connschema::Collect<'de> for #ty {
            const EXPECTED: __cs::Kind = #as_inner::EXPECTED;
            const MEMBERS: &'static [&'static str] = #as_inner::MEMBERS;

            fn from_map<__A: __cs::serde::de::MapAccess<'de>>(map: __A, loc: &::connschema::Loc<'_>, cx: &mut ::connschema::Collector)
                -> ::core::result::Result<::core::option::Option<Self>, __A::Error> {
                #as_inner::from_map(map, loc, cx).map(|found| found.map(|v| Self::__cs_accept(v, loc, cx)))
            }

            fn from_seq<__A: __cs::serde::de::SeqAccess<'de>>(seq: __A, loc: &::connschema::Loc<'_>, cx: &mut ::connschema::Collector)
                -> ::core::result::Result<::core::option::Option<Self>, __A::Error> {
                #as_inner::from_seq(seq, loc, cx).map(|found| found.map(|v| Self::__cs_accept(v, loc, cx)))
            }

            fn from_str(value: &str, loc: &::connschema::Loc<'_>, cx: &mut ::connschema::Collector) -> ::core::option::Option<Self> {
                #as_inner::from_str(value, loc, cx).map(|v| Self::__cs_accept(v, loc, cx))
            }

            fn from_borrowed_str(value: &'de str, loc: &::connschema::Loc<'_>, cx: &mut ::connschema::Collector) -> ::core::option::Option<Self> {
                #as_inner::from_borrowed_str(value, loc, cx).map(|v| Self::__cs_accept(v, loc, cx))
            }

            fn from_string(value: ::std::string::String, loc: &::connschema::Loc<'_>, cx: &mut ::connschema::Collector) -> ::core::option::Option<Self> {
                #as_inner::from_string(value, loc, cx).map(|v| Self::__cs_accept(v, loc, cx))
            }

            fn from_bool(value: bool, loc: &::connschema::Loc<'_>, cx: &mut ::connschema::Collector) -> ::core::option::Option<Self> {
                #as_inner::from_bool(value, loc, cx).map(|v| Self::__cs_accept(v, loc, cx))
            }

            fn from_number(value: ::connschema::Number, loc: &::connschema::Loc<'_>, cx: &mut ::connschema::Collector) -> ::core::option::Option<Self> {
                #as_inner::from_number(value, loc, cx).map(|v| Self::__cs_accept(v, loc, cx))
            }

            fn from_null(loc: &::connschema::Loc<'_>, cx: &mut ::connschema::Collector) -> ::core::option::Option<Self> {
                #as_inner::from_null(loc, cx).map(|v| Self::__cs_accept(v, loc, cx))
            }
        }

        impl #impl_generics __cs::schemars::JsonSchema for #ty {
            #naming
            fn inline_schema() -> bool {
                true
            }
            fn json_schema(generator: &mut __cs::schemars::SchemaGenerator) -> __cs::schemars::Schema {
                let leaf = __cs::schema::transparent(generator.subschema_for::<#inner_ty>(), #keywords, #range, #pattern, #format, #secret);
                #extra
            }
        }

        impl #impl_generics __cs::serde::Serialize for #ty {
            fn serialize<__S: __cs::serde::Serializer>(&self, serializer: __S) -> ::core::result::Result<__S::Ok, __S::Error> {
                __cs::serde::Serialize::serialize(&self.0, serializer)
            }
        }

        #debug
        #deserialize
    }
}
