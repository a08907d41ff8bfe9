//! Enum variants as written: wire names, `default`, and what each holds.

use super::reading::{model_attrs, unknown_key};
use crate::case::RenameRule;
use crate::errors::Errors;
use proc_macro2::Span;
use syn::spanned::Spanned;
use syn::{Ident, LitStr, Type};

/// A variant as written.
pub struct WrittenVariant {
    pub ident: Ident,
    pub span: Span,
    /// Its wire name (renamed); an untagged enum's variants have none that is read.
    pub wire: String,
    /// `#[model(default)]`, on an untagged enum's variant.
    pub default: bool,
    pub shape: Shape,
}

/// What a variant holds.
pub enum Shape {
    Unit,
    /// `Variant(Type)`: one model.
    One(Box<Type>),
    Other,
}

/// Reads `variant`'s keys: `default` on an `untagged` enum's (no member names its variant, so it
/// has no wire name to rename), `rename` on any other's.
pub fn read_variant(
    variant: &syn::Variant,
    rename_all: Option<RenameRule>,
    untagged: bool,
    errors: &mut Errors,
) -> WrittenVariant {
    let shape = match &variant.fields {
        syn::Fields::Unit => Shape::Unit,
        syn::Fields::Unnamed(fields) if fields.unnamed.len() == 1 => Shape::One(Box::new(fields.unnamed[0].ty.clone())),
        _ => Shape::Other,
    };
    let mut wire =
        rename_all.map_or_else(|| variant.ident.to_string(), |r| r.apply_to_variant(&variant.ident.to_string()));
    let mut default = false;
    for attr in model_attrs(&variant.attrs) {
        let result = attr.parse_nested_meta(|meta| {
            match untagged {
                true if meta.path.is_ident("default") => default = true,
                true => return Err(unknown_key(&meta, "`default`")),
                false if meta.path.is_ident("rename") => wire = meta.value()?.parse::<LitStr>()?.value(),
                false => return Err(unknown_key(&meta, "`rename`")),
            }
            Ok(())
        });
        if let Err(e) = result {
            errors.push(e);
        }
    }
    WrittenVariant { ident: variant.ident.clone(), span: variant.span(), wire, default, shape }
}
