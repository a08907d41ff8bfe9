//! Struct fields: wire names, constraints and `chosen_by`.

use super::constraints::{self, set_once, WrittenConstraints};
use super::reading::{docs, model_attrs, unknown_key, Errors};
use crate::case::RenameRule;
use crate::model::Field;

use syn::{GenericArgument, LitStr, PathArguments, Type};

pub fn parse_field(
    field: &syn::Field,
    rename_all: Option<RenameRule>,
    errors: &mut Errors,
) -> Option<(Field, Option<LitStr>)> {
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
    let constraints = pending.finish().map_err(|e| errors.push(e)).unwrap_or_default();
    if let (Some(by), true) = (&chosen_by, constraints.is_list() || constraints.is_map()) {
        errors.push(syn::Error::new(by.span(), "a member whose shape another chooses takes no `items(...)`"));
    }
    let field = Field { ident, wire, docs: docs(&field.attrs), value_ty, optional, constraints, chosen_by: None };
    Some((field, chosen_by))
}

/// Points each `chosen_by` at its member, which must be a required member of the same struct
/// whose own shape is fixed. One member may choose: the object is read with it first.
pub fn resolve_chosen_by(parsed: Vec<(Field, Option<LitStr>)>, errors: &mut Errors) -> Vec<Field> {
    let wires: Vec<(String, bool, bool)> =
        parsed.iter().map(|(f, by)| (f.wire.clone(), f.optional, by.is_some())).collect();
    let mut chooser: Option<String> = None;
    parsed
        .into_iter()
        .map(|(mut field, by)| {
            let Some(by) = by else { return field };
            let name = by.value();
            match wires.iter().position(|(wire, ..)| *wire == name) {
                None => errors.push(syn::Error::new(
                    by.span(),
                    format!("`chosen_by` names a member of this struct by its wire name; there is no `{name}`"),
                )),
                Some(_) if name == field.wire => {
                    errors.push(syn::Error::new(by.span(), "a member cannot choose its own shape"));
                }
                Some(index) if wires[index].1 || wires[index].2 => errors.push(syn::Error::new(
                    by.span(),
                    format!("`{name}` chooses this member's shape, so it must be a required member whose own shape is fixed"),
                )),
                Some(_) if chooser.as_ref().is_some_and(|c| *c != name) => errors.push(syn::Error::new(
                    by.span(),
                    "the members of a struct can be chosen by one member only, which is read first",
                )),
                Some(index) => {
                    chooser = Some(name);
                    field.chosen_by = Some((index, by.span()));
                }
            }
            field
        })
        .collect()
}

/// `T` in `Wrapper<T>`, when `ty` is that wrapper (by its last path segment).
pub fn generic_arg<'a>(wrapper: &str, ty: &'a Type) -> Option<&'a Type> {
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
