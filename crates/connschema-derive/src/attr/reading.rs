//! What every reader of the attributes shares: the `#[model(...)]` attributes, the error for a
//! key it does not know, and doc comments.

use syn::meta::ParseNestedMeta;
use syn::{Attribute, Expr, ExprLit, Lit};

pub(super) fn model_attrs(attrs: &[Attribute]) -> impl Iterator<Item = &Attribute> {
    attrs.iter().filter(|a| a.path().is_ident("model"))
}

pub fn unknown_key(meta: &ParseNestedMeta, expected: &str) -> syn::Error {
    let name = meta.path.get_ident().map_or_else(|| "?".to_owned(), ToString::to_string);
    meta.error(format!("unknown model attribute `{name}`; expected one of {expected}"))
}

/// The doc comment, lines joined as paragraphs the way rustdoc reads them.
pub(super) fn docs(attrs: &[Attribute]) -> String {
    let lines: Vec<String> = attrs
        .iter()
        .filter(|a| a.path().is_ident("doc"))
        .filter_map(|a| match &a.meta {
            syn::Meta::NameValue(nv) => match &nv.value {
                Expr::Lit(ExprLit { lit: Lit::Str(s), .. }) => Some(s.value()),
                _ => None,
            },
            _ => None,
        })
        .map(|line| line.strip_prefix(' ').unwrap_or(&line).trim_end().to_owned())
        .collect();
    let mut out = String::new();
    for para in lines.split(|l| l.is_empty()).filter(|p| !p.is_empty()) {
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(&para.join(" "));
    }
    out
}
