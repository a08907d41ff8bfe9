//! `rule(check = f, schema = g, reads(a, present(b)))`: a cross-field rule, and the members its
//! check reads, resolved against the struct's fields once they are known.

use super::reading::{unknown_key, Errors};
use crate::model::{Field, Read, ReadKind, Rule};
use syn::meta::ParseNestedMeta;
use syn::{Ident, Path};

/// A rule as written, its reads still names.
pub struct WrittenRule {
    check: Path,
    schema: Path,
    /// `None` when the rule has no `reads`: its check takes the whole `&Self`.
    reads: Option<Vec<(Ident, ReadKind)>>,
}

pub fn parse(meta: &ParseNestedMeta) -> syn::Result<WrittenRule> {
    let mut check = None;
    let mut schema = None;
    let mut reads: Option<Vec<(Ident, ReadKind)>> = None;
    meta.parse_nested_meta(|inner| {
        if inner.path.is_ident("check") {
            check = Some(inner.value()?.parse()?);
        } else if inner.path.is_ident("schema") {
            schema = Some(inner.value()?.parse()?);
        } else if inner.path.is_ident("reads") {
            let list = reads.get_or_insert_with(Vec::new);
            inner.parse_nested_meta(|read| {
                let kind = if read.path.is_ident("present") {
                    ReadKind::Present
                } else if read.path.is_ident("members") {
                    ReadKind::Members
                } else {
                    list.push((member_ident(&read)?, ReadKind::Value));
                    return Ok(());
                };
                read.parse_nested_meta(|member| {
                    list.push((member_ident(&member)?, kind));
                    Ok(())
                })
            })?;
        } else {
            return Err(unknown_key(&inner, "`check`, `schema`, `reads`"));
        }
        Ok(())
    })?;
    match (check, schema) {
        (Some(check), Some(schema)) => Ok(WrittenRule { check, schema, reads }),
        _ => Err(meta.error(
            "`rule` needs both `check = path::to::fn` (the Rust check) and `schema = path::to::fn` (the same rule as JSON Schema, given the schema generator)",
        )),
    }
}

fn member_ident(meta: &ParseNestedMeta) -> syn::Result<Ident> {
    match meta.path.get_ident() {
        Some(ident) if meta.input.is_empty() || meta.input.peek(syn::Token![,]) => Ok(ident.clone()),
        _ => Err(meta.error(
            "`reads` lists this struct's fields by their Rust names: `field` for its value, `present(field)` for whether an optional field is there, `members(field)` for which members an object field holds",
        )),
    }
}

/// Points each read at its field: a field of this struct, read once, `present` only for an
/// optional one (a required field the rule reads is always there when it runs), and `members`
/// not for a `chosen_by` one (it is read after the others, as its chooser says).
pub fn resolve(pending: Vec<WrittenRule>, fields: &[Field], errors: &mut Errors) -> Vec<Rule> {
    pending
        .into_iter()
        .map(|WrittenRule { check, schema, reads }| {
            let reads = reads.map(|reads| {
                let mut resolved: Vec<Read> = Vec::with_capacity(reads.len());
                for (ident, kind) in reads {
                    let Some(field) = fields.iter().position(|f| f.ident == ident) else {
                        errors.push(syn::Error::new(ident.span(), format!("`reads` names a field of this struct; there is no `{ident}`")));
                        continue;
                    };
                    if resolved.iter().any(|r| r.field == field) {
                        errors.push(syn::Error::new(ident.span(), format!("`{ident}` is read twice by this rule")));
                    } else if kind == ReadKind::Present && !fields[field].optional {
                        errors.push(syn::Error::new(
                            ident.span(),
                            format!("`{ident}` is required, so it is always present when the rule runs: read its value instead"),
                        ));
                    } else if kind == ReadKind::Members && fields[field].chosen_by.is_some() {
                        errors.push(syn::Error::new(
                            ident.span(),
                            format!("`{ident}` has its shape chosen by another member: read its value instead"),
                        ));
                    } else {
                        resolved.push(Read { field, kind, span: ident.span() });
                    }
                }
                resolved
            });
            Rule { check, schema, reads }
        })
        .collect()
}
