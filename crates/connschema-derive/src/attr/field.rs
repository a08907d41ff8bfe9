//! Struct fields as written: wire names, constraints and `chosen_by`.

use super::constraints::{self, set_once, WrittenConstraints};
use super::reading::{docs, model_attrs, unknown_key};
use crate::case::RenameRule;
use crate::errors::Errors;
use syn::Ident;

use syn::{GenericArgument, LitStr, PathArguments, Type};

/// A field as written: its wire name (renamed), its value type (`T` of an `Option<T>`), its
/// constraint keys and the member its `chosen_by` names.
pub struct WrittenField {
    pub ident: Ident,
    pub wire: String,
    pub docs: String,
    pub value_ty: Type,
    pub optional: bool,
    pub constraints: WrittenConstraints,
    pub chosen_by: Option<LitStr>,
}

pub fn read_field(field: &syn::Field, rename_all: Option<RenameRule>, errors: &mut Errors) -> Option<WrittenField> {
    let ident = field.ident.clone()?;
    let name = ident.to_string();
    let name = name.strip_prefix("r#").unwrap_or(&name);
    let mut wire = rename_all.map_or_else(|| name.to_owned(), |r| r.apply_to_field(name));
    // `Option` is how a member is made optional, as in serde: the one type known by its name.
    let (optional, value_ty) = match generic_arg("Option", &field.ty) {
        Some(inner) => (true, inner.clone()),
        None => (false, field.ty.clone()),
    };
    let mut pending = WrittenConstraints::default();
    let mut chosen_by: Option<LitStr> = None;
    for attr in model_attrs(&field.attrs) {
        let result = attr.parse_nested_meta(|meta| {
            if pending.parse(&meta)? {
            } else if meta.path.is_ident("rename") {
                wire = meta.value()?.parse::<LitStr>()?.value();
            } else if meta.path.is_ident("chosen_by") {
                set_once(&meta, &mut chosen_by, meta.value()?.parse()?)?;
            } else {
                return Err(unknown_key(&meta, &format!("`rename`, {}, `chosen_by`", constraints::KEYS)));
            }
            Ok(())
        });
        if let Err(e) = result {
            errors.push(e);
        }
    }
    Some(WrittenField { ident, wire, docs: docs(&field.attrs), value_ty, optional, constraints: pending, chosen_by })
}

/// `T` in `Wrapper<T>`, when `ty` is that wrapper (by its last path segment).
fn generic_arg<'a>(wrapper: &str, ty: &'a Type) -> Option<&'a Type> {
    let Type::Path(path) = ty else { return None };
    let last = path.path.segments.last()?;
    if last.ident != wrapper {
        return None;
    }
    let PathArguments::AngleBracketed(args) = &last.arguments else { return None };
    match args.args.first()? {
        GenericArgument::Type(inner) if args.args.len() == 1 => Some(inner),
        _ => None,
    }
}
