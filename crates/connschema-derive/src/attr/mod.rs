//! Reads `#[model(...)]` and doc comments into the [`model`](crate::model), checking each
//! annotation against what it sits on. Every problem becomes a `syn::Error` at its span, and all of
//! them are reported together.
//!
//! The container's own keys are here; [`field`], [`variant`] and [`constraints`] read the rest.

mod constraints;
mod field;
mod reading;
mod rule;
mod variant;

use crate::case::RenameRule;
use crate::model::{Container, Data, Field, Struct};
use constraints::WrittenConstraints;
use reading::{docs, model_attrs, unknown_key, Errors};
use syn::meta::ParseNestedMeta;
use syn::spanned::Spanned;
use syn::{DeriveInput, LitStr};

const CONTAINER_KEYS: &str =
    "`rename_all`, `deny_unknown_fields`, `union`, `rule`, `tag`, `untagged`, `transparent`, `secret`";

/// The container's keys, as read.
#[derive(Default)]
struct Keys {
    rename_all: Option<RenameRule>,
    deny_unknown_fields: Option<proc_macro2::Span>,
    union: Option<proc_macro2::Span>,
    tag: Option<LitStr>,
    untagged: Option<proc_macro2::Span>,
    transparent: Option<proc_macro2::Span>,
    secret: Option<proc_macro2::Span>,
    rules: Vec<rule::WrittenRule>,
    rule_span: Option<proc_macro2::Span>,
    /// The constraints of a transparent newtype's value.
    constraints: WrittenConstraints,
}

impl Keys {
    fn parse(&mut self, meta: &ParseNestedMeta) -> syn::Result<()> {
        let span = Some(meta.path.span());
        if meta.path.is_ident("rename_all") {
            let lit: LitStr = meta.value()?.parse()?;
            self.rename_all = Some(RenameRule::from_name(&lit.value()).ok_or_else(|| {
                syn::Error::new(lit.span(), format!("unknown `rename_all` rule; expected one of {}", RenameRule::NAMES))
            })?);
        } else if meta.path.is_ident("deny_unknown_fields") {
            self.deny_unknown_fields = span;
        } else if meta.path.is_ident("tag") {
            self.tag = Some(meta.value()?.parse()?);
        } else if meta.path.is_ident("untagged") {
            self.untagged = span;
        } else if meta.path.is_ident("union") {
            self.union = span;
        } else if meta.path.is_ident("transparent") {
            self.transparent = span;
        } else if meta.path.is_ident("secret") {
            self.secret = span;
        } else if meta.path.is_ident("rule") {
            self.rules.push(rule::parse(meta)?);
            self.rule_span = span;
        } else if !self.constraints.parse(meta)? {
            return Err(unknown_key(meta, &format!("{CONTAINER_KEYS}, or with `transparent` {}", constraints::KEYS)));
        }
        Ok(())
    }

    /// The keys given that `applies` does not allow, each with its span.
    fn misplaced(&self, applies: &str, allowed: &[&str], errors: &mut Errors) {
        let given = [
            ("deny_unknown_fields", self.deny_unknown_fields, self.deny_unknown_fields.is_some()),
            ("union", self.union, self.union.is_some()),
            ("tag", self.tag.as_ref().map(LitStr::span), self.tag.is_some()),
            ("untagged", self.untagged, self.untagged.is_some()),
            ("transparent", self.transparent, self.transparent.is_some()),
            ("secret", self.secret, self.secret.is_some()),
            ("rule", self.rule_span, self.rule_span.is_some()),
        ];
        for (key, span, present) in given {
            if present && !allowed.contains(&key) {
                let span = span.unwrap_or_else(proc_macro2::Span::call_site);
                errors.push(syn::Error::new(span, format!("`{key}` does not apply to {applies}")));
            }
        }
    }
}

pub fn parse(input: &DeriveInput) -> syn::Result<Container> {
    let mut errors = Errors::default();
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
    let mut keys = Keys::default();
    for attr in model_attrs(&input.attrs) {
        if let Err(e) = attr.parse_nested_meta(|meta| keys.parse(&meta)) {
            errors.push(e);
        }
    }
    let data = match &input.data {
        syn::Data::Struct(data) if keys.transparent.is_some() => {
            keys.misplaced("a `transparent` newtype", &["transparent", "secret"], &mut errors);
            transparent(input, data, std::mem::take(&mut keys.constraints), keys.secret.is_some(), &mut errors)
        }
        syn::Data::Struct(data) => {
            keys.misplaced("a struct", &["deny_unknown_fields", "union", "rule"], &mut errors);
            no_constraints(std::mem::take(&mut keys.constraints), &mut errors);
            if !matches!(data.fields, syn::Fields::Named(_)) {
                errors.push(syn::Error::new(
                    input.ident.span(),
                    "`Model` needs a struct with named fields, or a newtype marked `#[model(transparent)]`",
                ));
            }
            let parsed: Vec<(Field, Option<LitStr>)> =
                data.fields.iter().filter_map(|f| field::parse_field(f, keys.rename_all, &mut errors)).collect();
            let fields = field::resolve_chosen_by(parsed, &mut errors);
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
            let rules = rule::resolve(std::mem::take(&mut keys.rules), &fields, &mut errors);
            let (deny_unknown_fields, union) = (keys.deny_unknown_fields.is_some(), keys.union.is_some());
            Data::Struct(Struct { fields, deny_unknown_fields, union, rules })
        }
        syn::Data::Enum(data) => {
            keys.misplaced("an enum", &["tag", "untagged"], &mut errors);
            no_constraints(std::mem::take(&mut keys.constraints), &mut errors);
            enum_data(data, &keys, &mut errors)
        }
        syn::Data::Union(_) => {
            errors.push(syn::Error::new(input.ident.span(), "`Model` does not support unions"));
            Data::Enum(Vec::new())
        }
    };
    errors.finish()?;
    Ok(Container { ident: input.ident.clone(), generics: input.generics.clone(), docs: docs(&input.attrs), data })
}

fn enum_data(data: &syn::DataEnum, keys: &Keys, errors: &mut Errors) -> Data {
    let rename_all = keys.rename_all;
    match (&keys.tag, keys.untagged) {
        (Some(tag), Some(span)) => {
            errors.push(syn::Error::new(span, "an enum is either tagged (`tag`) or `untagged`, not both"));
            Data::Tagged { tag: tag.value(), variants: Vec::new() }
        }
        (Some(tag), None) => {
            let what = "a tagged enum, whose members sit beside the tag,";
            let variants = data
                .variants
                .iter()
                .filter_map(|v| variant::parse_model_variant(v, rename_all, what, None, errors))
                .collect();
            Data::Tagged { tag: tag.value(), variants }
        }
        (None, Some(_)) => {
            let mut default = None;
            let mut variants = Vec::new();
            for v in &data.variants {
                let mut is_default = false;
                let what = "an `untagged` enum, decided by its members,";
                if let Some(parsed) = variant::parse_model_variant(v, rename_all, what, Some(&mut is_default), errors) {
                    if is_default && default.replace(variants.len()).is_some() {
                        errors.push(syn::Error::new(v.ident.span(), "only one variant can be the `default`"));
                    }
                    variants.push(parsed);
                }
            }
            Data::Untagged { variants, default }
        }
        (None, None) => {
            let variants = data.variants.iter().filter_map(|v| variant::parse_variant(v, rename_all, errors)).collect();
            Data::Enum(variants)
        }
    }
}

/// A newtype `struct Name(Inner)`, read as `Inner` with the container's constraints.
fn transparent(
    input: &DeriveInput,
    data: &syn::DataStruct,
    pending: WrittenConstraints,
    secret: bool,
    errors: &mut Errors,
) -> Data {
    let mut constraints = pending.finish().map_err(|e| errors.push(e)).unwrap_or_default();
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
    let ty = match &data.fields {
        syn::Fields::Unnamed(fields) if fields.unnamed.len() == 1 => fields.unnamed[0].ty.clone(),
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

fn no_constraints(pending: WrittenConstraints, errors: &mut Errors) {
    if let Some(span) = pending.first_span() {
        errors.push(syn::Error::new(
            span,
            "constraints on a container apply to a `transparent` newtype; put them on the members",
        ));
    }
}
