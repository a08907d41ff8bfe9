//! The second phase: the keys as written ([`attr`](crate::attr)) checked together and against
//! what they sit on, into the [`model`](crate::model) the emitters read. Every problem that takes
//! more than one key to see is here, each at the span of the key that causes it: keys on the wrong
//! kind of item, a `union` with a required member, a `chosen_by` or a rule's `reads` that names
//! no usable member, constraint keys that do not go together.

mod constraints;
mod enums;
mod fields;
mod rules;

use crate::attr::{Body, Keys, Written, WrittenConstraints};
use crate::errors::Errors;
use crate::model::{Container, Data, Field, Struct};
use syn::spanned::Spanned;
use syn::{DeriveInput, LitStr};

/// The checked model of `written`; its problems go to `errors`.
pub fn model(written: Written<'_>, errors: &mut Errors) -> Container {
    let Written { input, mut keys, docs, body } = written;
    lifetimes_only(input, errors);
    let data = match body {
        Body::Struct { .. } if keys.transparent.is_some() => {
            misplaced(&keys, "a `transparent` newtype", &["transparent", "secret"], errors);
            transparent(input, std::mem::take(&mut keys.constraints), keys.secret.is_some(), errors)
        }
        Body::Struct { fields, named } => {
            misplaced(&keys, "a struct", &["deny_unknown_fields", "union", "rule"], errors);
            no_constraints(std::mem::take(&mut keys.constraints), errors);
            if !named {
                errors.push(syn::Error::new(
                    input.ident.span(),
                    "`Model` needs a struct with named fields, or a newtype marked `#[model(transparent)]`",
                ));
            }
            let fields = fields::fields(fields, errors);
            if let Some(span) = keys.union {
                if fields.is_empty() {
                    errors.push(syn::Error::new(span, "a `union` needs at least one member"));
                }
                for field in fields.iter().filter(|f| !f.optional) {
                    errors.push(syn::Error::new(
                        field.ident.span(),
                        "every member of a `union` is an `Option`: exactly one of them is present",
                    ));
                }
            }
            let rules = rules::resolve(std::mem::take(&mut keys.rules), &fields, errors);
            let (deny_unknown_fields, union) = (keys.deny_unknown_fields.is_some(), keys.union.is_some());
            Data::Struct(Struct { fields, deny_unknown_fields, union, rules })
        }
        Body::Enum(variants) => {
            misplaced(&keys, "an enum", &["tag", "untagged"], errors);
            no_constraints(std::mem::take(&mut keys.constraints), errors);
            enums::enum_data(variants, &keys, errors)
        }
        Body::Union => {
            errors.push(syn::Error::new(input.ident.span(), "`Model` does not support unions"));
            Data::Enum(Vec::new())
        }
    };
    Container { ident: input.ident.clone(), generics: input.generics.clone(), docs, data }
}

/// Lifetime parameters only (members may borrow from the input), none named `'de`.
fn lifetimes_only(input: &DeriveInput, errors: &mut Errors) {
    for param in &input.generics.params {
        match param {
            syn::GenericParam::Lifetime(param) if param.lifetime.ident == "de" => errors.push(syn::Error::new(
                param.span(),
                "the lifetime `'de` is the one `Model` reads the input with; name this one otherwise",
            )),
            syn::GenericParam::Lifetime(_) => {}
            _ => errors.push(syn::Error::new(
                param.span(),
                "`Model` supports lifetime parameters (for members borrowed from the input), not type or const parameters",
            )),
        }
    }
}

/// The container keys given that `applies` does not allow, each with its span.
fn misplaced(keys: &Keys, applies: &str, allowed: &[&str], errors: &mut Errors) {
    let given = [
        ("deny_unknown_fields", keys.deny_unknown_fields),
        ("union", keys.union),
        ("tag", keys.tag.as_ref().map(LitStr::span)),
        ("untagged", keys.untagged),
        ("transparent", keys.transparent),
        ("secret", keys.secret),
        ("rule", keys.rule_span),
    ];
    for (key, span) in given {
        if let Some(span) = span.filter(|_| !allowed.contains(&key)) {
            errors.push(syn::Error::new(span, format!("`{key}` does not apply to {applies}")));
        }
    }
}

/// A newtype `struct Name(Inner)`, read as `Inner` with the container's constraints.
fn transparent(input: &DeriveInput, written: WrittenConstraints, secret: bool, errors: &mut Errors) -> Data {
    let mut constraints = constraints::finish(written).map_err(|e| errors.push(e)).unwrap_or_default();
    constraints.newtype = true;
    let parts = [
        constraints.unique,
        constraints.each.as_ref().map(|(_, span)| *span),
        constraints.map.as_ref().map(|m| m.span),
    ];
    for span in parts.into_iter().flatten() {
        errors.push(syn::Error::new(
            span,
            "`unique`, `each` and `properties` apply to a list or map member; on a newtype, give its `items(min, max)` alone",
        ));
    }
    let ty = match &input.data {
        syn::Data::Struct(syn::DataStruct { fields: syn::Fields::Unnamed(fields), .. })
            if fields.unnamed.len() == 1 =>
        {
            fields.unnamed[0].ty.clone()
        }
        _ => {
            errors.push(syn::Error::new(
                input.ident.span(),
                "a `transparent` model is a newtype with one unnamed field: `struct Name(Inner);`",
            ));
            syn::parse_quote!(())
        }
    };
    let inner = Field {
        ident: syn::Ident::new("value", input.ident.span()),
        wire: String::new(),
        docs: String::new(),
        value_ty: ty,
        optional: false,
        constraints,
        chosen_by: None,
    };
    Data::Transparent { inner: Box::new(inner), secret }
}

/// Constraint keys on a container other than a transparent newtype: reported at the first.
fn no_constraints(written: WrittenConstraints, errors: &mut Errors) {
    if let Some(span) = written.first_span() {
        errors.push(syn::Error::new(
            span,
            "constraints on a container apply to a `transparent` newtype; put them on the members",
        ));
    }
}
