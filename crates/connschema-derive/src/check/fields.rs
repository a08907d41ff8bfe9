//! A struct's fields checked together: each one's constraints, and which member chooses the
//! shape of which (`chosen_by`).

use super::constraints;
use crate::attr::WrittenField;
use crate::errors::Errors;
use crate::model::Field;
use syn::LitStr;

/// The checked fields, in order.
pub fn fields(written: Vec<WrittenField>, errors: &mut Errors) -> Vec<Field> {
    let parsed = written
        .into_iter()
        .map(|field| {
            let WrittenField { ident, wire, docs, value_ty, optional, constraints, chosen_by } = field;
            let constraints = constraints::finish(constraints).map_err(|e| errors.push(e)).unwrap_or_default();
            if let (Some(by), true) = (&chosen_by, constraints.is_list() || constraints.is_map()) {
                errors.push(syn::Error::new(by.span(), "a member whose shape another chooses takes no `items(...)`"));
            }
            (Field { ident, wire, docs, value_ty, optional, constraints, chosen_by: None }, chosen_by)
        })
        .collect();
    resolve_chosen_by(parsed, errors)
}

/// Points each `chosen_by` at its member, which must be a required member of the same struct
/// whose own shape is fixed. One member may choose: the object is read with it first.
fn resolve_chosen_by(parsed: Vec<(Field, Option<LitStr>)>, errors: &mut Errors) -> Vec<Field> {
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
