//! An enum checked against its keys: a string enum's variants are units, a tagged or untagged
//! enum's each hold one model, and one untagged variant at most is the `default`.

use crate::attr::{Keys, Shape, WrittenVariant};
use crate::errors::Errors;
use crate::model::{Data, TaggedVariant, Variant};

pub fn enum_data(variants: Vec<WrittenVariant>, keys: &Keys, errors: &mut Errors) -> Data {
    match (&keys.tag, keys.untagged) {
        (Some(tag), Some(span)) => {
            errors.push(syn::Error::new(span, "an enum is either tagged (`tag`) or `untagged`, not both"));
            Data::Tagged { tag: tag.value(), variants: Vec::new() }
        }
        (Some(tag), None) => {
            let what = "a tagged enum, whose members sit beside the tag,";
            let variants = variants.into_iter().filter_map(|v| model_variant(v, what, errors)).collect();
            Data::Tagged { tag: tag.value(), variants }
        }
        (None, Some(_)) => {
            let mut default = None;
            let mut models = Vec::new();
            for v in variants {
                let (is_default, ident) = (v.default, v.ident.clone());
                let Some(model) = model_variant(v, "an `untagged` enum, decided by its members,", errors) else {
                    continue;
                };
                if is_default && default.replace(models.len()).is_some() {
                    errors.push(syn::Error::new(ident.span(), "only one variant can be the `default`"));
                }
                models.push(model);
            }
            Data::Untagged { variants: models, default }
        }
        (None, None) => Data::Enum(variants.into_iter().filter_map(|v| string_variant(v, errors)).collect()),
    }
}

/// A variant `Name(Model)`: `what` says which kind of enum needs it, for the error.
fn model_variant(variant: WrittenVariant, what: &str, errors: &mut Errors) -> Option<TaggedVariant> {
    match variant.shape {
        Shape::One(ty) => Some(TaggedVariant { ident: variant.ident, wire: variant.wire, ty: *ty }),
        Shape::Unit | Shape::Other => {
            errors.push(syn::Error::new(variant.span, format!("a variant of {what} holds one model: `Variant(Type)`")));
            None
        }
    }
}

fn string_variant(variant: WrittenVariant, errors: &mut Errors) -> Option<Variant> {
    match variant.shape {
        Shape::Unit => Some(Variant { ident: variant.ident, wire: variant.wire }),
        Shape::One(_) | Shape::Other => {
            errors.push(syn::Error::new(
                variant.span,
                "`Model` enums are string enums: every variant must be a unit variant (or give the enum a `tag`)",
            ));
            None
        }
    }
}
