//! Enum variants: string values, and the one-model variants of tagged and untagged enums.

use super::reading::{model_attrs, unknown_key, Errors};
use crate::case::RenameRule;
use crate::model::{TaggedVariant, Variant};
use syn::spanned::Spanned;
use syn::LitStr;

/// A variant `Name(Model)`: `what` says which kind of enum needs it, for the error. `default` is
/// set by `#[model(default)]` where `allow_default`.
pub fn parse_model_variant(
    variant: &syn::Variant,
    rename_all: Option<RenameRule>,
    what: &str,
    mut default: Option<&mut bool>,
    errors: &mut Errors,
) -> Option<TaggedVariant> {
    let ty = match &variant.fields {
        syn::Fields::Unnamed(fields) if fields.unnamed.len() == 1 => fields.unnamed[0].ty.clone(),
        _ => {
            errors
                .push(syn::Error::new(variant.span(), format!("a variant of {what} holds one model: `Variant(Type)`")));
            return None;
        }
    };
    let mut wire =
        rename_all.map_or_else(|| variant.ident.to_string(), |r| r.apply_to_variant(&variant.ident.to_string()));
    for attr in model_attrs(&variant.attrs) {
        let result = attr.parse_nested_meta(|meta| {
            match default.as_deref_mut() {
                // Untagged: no member names the variant, so it has no wire name.
                Some(default) if meta.path.is_ident("default") => *default = true,
                Some(_) => return Err(unknown_key(&meta, "`default`")),
                None if meta.path.is_ident("rename") => wire = meta.value()?.parse::<LitStr>()?.value(),
                None => return Err(unknown_key(&meta, "`rename`")),
            }
            Ok(())
        });
        if let Err(e) = result {
            errors.push(e);
        }
    }
    Some(TaggedVariant { ident: variant.ident.clone(), wire, ty })
}

pub fn parse_variant(variant: &syn::Variant, rename_all: Option<RenameRule>, errors: &mut Errors) -> Option<Variant> {
    if !matches!(variant.fields, syn::Fields::Unit) {
        errors.push(syn::Error::new(
            variant.span(),
            "`Model` enums are string enums: every variant must be a unit variant (or give the enum a `tag`)",
        ));
        return None;
    }
    let mut wire =
        rename_all.map_or_else(|| variant.ident.to_string(), |r| r.apply_to_variant(&variant.ident.to_string()));
    for attr in model_attrs(&variant.attrs) {
        let result = attr.parse_nested_meta(|meta| {
            if meta.path.is_ident("rename") {
                wire = meta.value()?.parse::<LitStr>()?.value();
                Ok(())
            } else {
                Err(unknown_key(&meta, "`rename`"))
            }
        });
        if let Err(e) = result {
            errors.push(e);
        }
    }
    Some(Variant { ident: variant.ident.clone(), wire })
}
