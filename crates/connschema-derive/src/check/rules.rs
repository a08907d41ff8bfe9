//! A struct's rules checked against its fields: what each reads, resolved to the fields.

use crate::attr::WrittenRule;
use crate::errors::Errors;
use crate::model::{Field, Read, ReadKind, Rule};

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
