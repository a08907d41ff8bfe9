//! `rule(check = f, schema = g, reads(a, present(b)))` as written: a cross-field rule, and the
//! members its check reads by name (`check::rules` resolves them against the fields).

use super::reading::unknown_key;
use crate::model::ReadKind;
use syn::meta::ParseNestedMeta;
use syn::{Ident, Path};

/// A rule as written, its reads still names.
pub struct WrittenRule {
    pub check: Path,
    pub schema: Path,
    /// `None` when the rule has no `reads`: its check takes the whole `&Self`.
    pub reads: Option<Vec<(Ident, ReadKind)>>,
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
