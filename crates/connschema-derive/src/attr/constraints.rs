//! The constraint keys that a member and a transparent newtype share: `length`, `items`,
//! `pattern` with its `linear` form, and `format`. Each is parsed once here; whether the value's
//! type can take it is the type checker's to say (see `model::Constraints`).

use super::unknown_key;
use crate::model::{Bounds, Constraints, Format, Pattern};
use connschema_pattern::{ecma, runs};
use syn::meta::ParseNestedMeta;
use syn::spanned::Spanned;
use syn::{Expr, ExprLit, Lit, LitStr};

pub const KEYS: &str = "`length`, `items`, `pattern`, `linear`, `format`";

/// Constraint keys as they are read, before the pattern is compiled.
#[derive(Default)]
pub struct Pending {
    length: Option<Bounds>,
    items: Option<Bounds>,
    pattern: Option<LitStr>,
    linear: Option<LitStr>,
    format: Option<(Format, LitStr)>,
    /// Where the first constraint was given.
    first: Option<proc_macro2::Span>,
}

impl Pending {
    /// Reads `meta` if it is a constraint key; `false` if it is another key.
    pub fn parse(&mut self, meta: &ParseNestedMeta) -> syn::Result<bool> {
        let key = meta.path.get_ident().map(ToString::to_string).unwrap_or_default();
        if KEYS.contains(&format!("`{key}`")) {
            self.first.get_or_insert(meta.path.span());
        }
        match key.as_str() {
            "length" => set_once(meta, &mut self.length, parse_bounds(meta)?)?,
            "items" => set_once(meta, &mut self.items, parse_bounds(meta)?)?,
            "pattern" | "linear" => {
                let value = meta.value().map_err(|_| meta.error(format!("`{key}` takes a string: {key} = \"…\"")))?;
                let lit: LitStr =
                    value.parse().map_err(|e| syn::Error::new(e.span(), format!("`{key}` takes a string literal")))?;
                set_once(meta, if key == "pattern" { &mut self.pattern } else { &mut self.linear }, lit)?;
            }
            "format" => {
                let lit: LitStr = meta.value()?.parse()?;
                let parsed = Format::from_keyword(&lit.value()).ok_or_else(|| {
                    syn::Error::new(lit.span(), format!("unknown format; expected {}", Format::KEYWORDS))
                })?;
                set_once(meta, &mut self.format, (parsed, lit))?;
            }
            _ => return Ok(false),
        }
        Ok(true)
    }

    /// Where the first constraint key was given, if any was.
    pub fn first_span(&self) -> Option<proc_macro2::Span> {
        self.first
    }

    /// The checked constraints: `linear` needs a `pattern`, a format with a pattern of its own
    /// takes no other, and the pattern must translate and compile.
    pub fn finish(self) -> syn::Result<Constraints> {
        let Self { length, items, pattern, linear, format, .. } = self;
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
        let pattern = pattern.map(|lit| compile_pattern(&lit, linear.as_ref())).transpose()?;
        Ok(Constraints { length, items, pattern, format: format.map(|(f, lit)| (f, lit.span())) })
    }
}

pub fn set_once<T>(meta: &ParseNestedMeta, slot: &mut Option<T>, value: T) -> syn::Result<()> {
    if slot.is_some() {
        return Err(meta.error("this constraint is given twice"));
    }
    *slot = Some(value);
    Ok(())
}

fn parse_bounds(meta: &ParseNestedMeta) -> syn::Result<Bounds> {
    let mut bounds = Bounds { min: None, max: None, span: meta.path.span() };
    if !meta.input.peek(syn::token::Paren) {
        return Err(meta.error("expected bounds: `(min = N, max = N)`, either one or both"));
    }
    meta.parse_nested_meta(|inner| {
        let slot = if inner.path.is_ident("min") {
            &mut bounds.min
        } else if inner.path.is_ident("max") {
            &mut bounds.max
        } else {
            return Err(unknown_key(&inner, "`min`, `max`"));
        };
        let expr: Expr = inner.value()?.parse()?;
        let Expr::Lit(ExprLit { lit: Lit::Int(int), .. }) = &expr else {
            return Err(syn::Error::new(expr.span(), "expected a non-negative integer literal"));
        };
        *slot = Some(int.base10_parse::<u64>()?);
        Ok(())
    })?;
    match bounds {
        Bounds { min: None, max: None, .. } => Err(meta.error("give `min`, `max` or both")),
        Bounds { min: Some(min), max: Some(max), .. } if min > max => {
            Err(meta.error(format!("`min` ({min}) is greater than `max` ({max})")))
        }
        bounds => Ok(bounds),
    }
}

fn compile_pattern(lit: &LitStr, linear: Option<&LitStr>) -> syn::Result<Pattern> {
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
        rust: vendor.rust,
        export,
        linear: linear.map(LitStr::value),
        runs,
        span: lit.span(),
    })
}
