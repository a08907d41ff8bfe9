//! How the constraint keys of one value go together: a `schema` needs its `check`, `linear` needs
//! a `pattern`, a format with a pattern of its own takes no other, and the pattern must translate
//! and compile. Each problem is reported at the key that causes it.

use crate::attr::{WrittenConstraints, WrittenMap};
use crate::model::{Check, Constraints, Format, MapConstraints, Pattern};
use connschema_pattern::{ecma, runs};
use syn::LitStr;

/// The checked constraints of one value, and of the parts inside it (`each`, `keys`, `values`).
pub fn finish(written: WrittenConstraints) -> syn::Result<Constraints> {
    let WrittenConstraints {
        length,
        items,
        pattern,
        from_vendor,
        linear,
        format,
        range,
        unique,
        each,
        map,
        check,
        schema,
        ..
    } = written;
    let check = match (check, schema) {
        (Some((check, span)), schema) => Some(Check { check, schema: schema.map(|(path, _)| path), span }),
        (None, Some((_, span))) => {
            return Err(syn::Error::new(
                span,
                "`schema` says in JSON Schema what a `check` checks in Rust; give the `check = path::to::fn` too",
            ))
        }
        (None, None) => None,
    };
    if let (Some(linear), None) = (&linear, &pattern) {
        return Err(syn::Error::new(
            linear.span(),
            "`linear` is the linear-time form of a `pattern`; give the vendor's `pattern` too",
        ));
    }
    if let (Some((Format::DateTime | Format::Ulid, lit)), Some(_)) = (&format, &pattern) {
        return Err(syn::Error::new(
            lit.span(),
            format!("a `{}` carries its own pattern; drop the `pattern`", lit.value()),
        ));
    }
    let each = each.map(|(part, span)| finish(*part).map(|part| (Box::new(part), span))).transpose()?;
    let map = map.map(finish_map).transpose()?;
    let pattern = pattern.map(|lit| compile_pattern(&lit, linear.as_ref(), from_vendor)).transpose()?;
    let format = format.map(|(f, lit)| (f, lit.span()));
    Ok(Constraints { length, items, pattern, format, range, check, unique, each, map, newtype: false })
}

fn finish_map(written: WrittenMap) -> syn::Result<MapConstraints> {
    let part = |part: Option<Box<WrittenConstraints>>| part.map(|p| finish(*p).map(Box::new)).transpose();
    Ok(MapConstraints {
        size: written.size,
        keys: part(written.keys)?,
        values: part(written.values)?,
        span: written.span,
    })
}

fn compile_pattern(lit: &LitStr, linear: Option<&LitStr>, from_vendor: bool) -> syn::Result<Pattern> {
    let translate = |lit: &LitStr| {
        let text = lit.value();
        let translated = ecma::translate(&text)
            .map_err(|e| syn::Error::new(lit.span(), format!("cannot use pattern `{text}`: {e}")))?;
        // The generated code compiles this at run time; prove here that it will.
        regex_syntax::Parser::new().parse(&translated.rust).map_err(|e| {
            syn::Error::new(lit.span(), format!("pattern `{text}` does not compile as a Rust regex: {e}"))
        })?;
        Ok::<_, syn::Error>(translated)
    };
    let vendor = translate(lit)?;
    let linear_form = linear.map(translate).transpose()?;
    let runs = runs::compile(&vendor.rust).or_else(|| linear_form.as_ref().and_then(|l| runs::compile(&l.rust)));
    let export = linear_form.map_or(vendor.export, |l| l.export);
    Ok(Pattern {
        vendor: lit.value(),
        from_vendor,
        rust: vendor.rust,
        export,
        linear: linear.map(LitStr::value),
        runs,
        span: lit.span(),
    })
}
