//! `schemars::JsonSchema`: the same constraints as the checks, as JSON Schema keywords.

use super::checks::{format_tokens, range_tokens};
use crate::model::{Constraints, Container, Struct};
use proc_macro2::TokenStream;
use quote::quote;

pub fn naming(container: &Container) -> TokenStream {
    let name = container.ident.to_string();
    quote! {
        fn schema_name() -> __cs::Cow<'static, str> {
            __cs::Cow::Borrowed(#name)
        }
        fn schema_id() -> __cs::Cow<'static, str> {
            __cs::Cow::Borrowed(::core::concat!(::core::module_path!(), "::", #name))
        }
    }
}

/// The arguments that say a value's constraints to `connschema::schema::member` and `transparent`:
/// its bound keywords, its pattern and its format.
pub fn constraint_args(c: &Constraints) -> (TokenStream, TokenStream, TokenStream, TokenStream) {
    let mut keywords = Vec::new();
    if let Some(b) = c.length {
        keywords.extend(b.min.map(|n| quote!(("minLength", #n))));
        keywords.extend(b.max.map(|n| quote!(("maxLength", #n))));
    }
    if let Some(b) = c.items {
        keywords.extend(b.min.map(|n| quote!(("minItems", #n))));
        keywords.extend(b.max.map(|n| quote!(("maxItems", #n))));
    }
    if let Some(b) = c.map.as_ref().and_then(|m| m.size) {
        keywords.extend(b.min.map(|n| quote!(("minProperties", #n))));
        keywords.extend(b.max.map(|n| quote!(("maxProperties", #n))));
    }
    let pattern = match &c.pattern {
        Some(p) => {
            // A vendor's pattern is kept beside its exported form, for readers and for the tests that
            // compare with the vendor's model; a user's own, only where the exported form differs.
            let export = &p.export;
            let comment = if p.from_vendor {
                let text = format!("vendor pattern: {}", p.vendor);
                quote!(::core::option::Option::Some(#text))
            } else if p.export != format!("^(?:{})$", p.vendor) && p.export != p.vendor {
                let text = format!("pattern: {}", p.vendor);
                quote!(::core::option::Option::Some(#text))
            } else {
                quote!(::core::option::Option::None)
            };
            quote!(::core::option::Option::Some(__cs::schema::MemberPattern { export: #export, comment: #comment }))
        }
        None => quote!(::core::option::Option::None),
    };
    let format = match c.format {
        Some((f, _)) => {
            let f = format_tokens(f);
            quote!(::core::option::Option::Some(#f))
        }
        None => quote!(::core::option::Option::None),
    };
    let range = match &c.range {
        Some(r) => {
            let r = range_tokens(r);
            quote!(::core::option::Option::Some(&#r))
        }
        None => quote!(::core::option::Option::None),
    };
    (quote!(&[#(#keywords),*]), range, pattern, format)
}

pub fn struct_impl(container: &Container, data: &Struct) -> TokenStream {
    let (impl_generics, ty) = container.impl_for();
    let naming = naming(container);
    let docs = &container.docs;
    let properties = data.fields.iter().map(|field| {
        let (wire, ty, docs) = (&field.wire, &field.value_ty, &field.docs);
        let (keywords, range, pattern, format) = constraint_args(&field.constraints);
        let member =
            quote!(__cs::schema::member(generator.subschema_for::<#ty>(), #keywords, #range, #pattern, #format, #docs));
        let member = match field.constraints.check.as_ref().and_then(|c| c.schema.as_ref()) {
            Some(schema) => quote!(__cs::schema::with_all_of(#member, #schema(generator))),
            None => member,
        };
        let member = match field.constraints.unique {
            Some(_) => quote!(__cs::schema::unique(#member)),
            None => member,
        };
        let map = field.constraints.map.as_ref();
        let parts = [
            ("items", field.constraints.each.as_ref().map(|(each, _)| &**each)),
            ("propertyNames", map.and_then(|m| m.keys.as_deref())),
            ("additionalProperties", map.and_then(|m| m.values.as_deref())),
        ];
        let member = parts.into_iter().fold(member, |member, (part, constraints)| {
            let Some(constraints) = constraints else { return member };
            let (keywords, range, pattern, format) = constraint_args(constraints);
            let extra = match constraints.check.as_ref().and_then(|c| c.schema.as_ref()) {
                Some(schema) => quote!(::core::option::Option::Some(#schema(generator))),
                None => quote!(::core::option::Option::None),
            };
            quote!(__cs::schema::with_part(#member, #part, #keywords, #range, #pattern, #format, #extra))
        });
        quote!((#wire, #member))
    });
    let required = data.fields.iter().filter(|f| !f.optional).map(|f| &f.wire);
    let deny = data.deny_unknown_fields;
    let union = data.union.then(|| {
        let wires = data.fields.iter().map(|f| &f.wire);
        quote!(__cs::schema::exactly_one(&[#(#wires),*]))
    });
    let rules = union.into_iter().chain(data.rules.iter().map(|rule| {
        let schema = &rule.schema;
        quote!(#schema(generator))
    }));
    quote! {
        impl #impl_generics __cs::schemars::JsonSchema for #ty {
            #naming
            fn json_schema(generator: &mut __cs::schemars::SchemaGenerator) -> __cs::schemars::Schema {
                let _unknown_members = __cs::schema::ExportScope::enter(#deny);
                __cs::schema::object(
                    ::std::vec![#(#properties),*],
                    &[#(#required),*],
                    ::std::vec![#(#rules),*],
                    #docs,
                )
            }
        }
    }
}

pub fn enum_impl(container: &Container) -> TokenStream {
    let (impl_generics, ty) = container.impl_for();
    let naming = naming(container);
    let docs = &container.docs;
    quote! {
        impl #impl_generics __cs::schemars::JsonSchema for #ty {
            #naming
            fn json_schema(_: &mut __cs::schemars::SchemaGenerator) -> __cs::schemars::Schema {
                __cs::schema::string_enum(Self::VALUES, #docs)
            }
        }
    }
}
