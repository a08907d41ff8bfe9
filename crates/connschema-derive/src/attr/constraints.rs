//! The constraint keys that a member and a transparent newtype share (`length`, `items`,
//! `properties`, `pattern` with its `linear` form, `format`, `range`, `check`), read as written:
//! each key's own syntax is checked here (a bound is a count, `min` is not above `max`); how the
//! keys go together is `check::constraints`'s, and whether the value's type can take each one is
//! the type checker's (see `model::Constraints`).

use super::reading::unknown_key;
use crate::model::{Bounds, Format, Limit, Range};
use proc_macro2::Span;
use syn::meta::ParseNestedMeta;
use syn::spanned::Spanned;
use syn::{Expr, ExprLit, Lit, LitStr};

pub const KEYS: &str =
    "`length`, `items`, `properties`, `pattern`, `vendor_pattern`, `linear`, `format`, `range`, `check`, `schema`";

/// Constraint keys as they are written, before they are checked together and the pattern is
/// compiled.
#[derive(Default)]
pub struct WrittenConstraints {
    pub length: Option<Bounds>,
    pub items: Option<Bounds>,
    pub pattern: Option<LitStr>,
    /// Whether the pattern was given as `vendor_pattern`.
    pub from_vendor: bool,
    pub linear: Option<LitStr>,
    pub format: Option<(Format, LitStr)>,
    pub range: Option<Range>,
    pub unique: Option<Span>,
    /// `items(each(...))`, and where `items` was given.
    pub each: Option<(Box<WrittenConstraints>, Span)>,
    pub map: Option<WrittenMap>,
    pub check: Option<(syn::Path, Span)>,
    pub schema: Option<(syn::Path, Span)>,
    /// Where the first constraint was given.
    first: Option<Span>,
}

/// `properties(min, max, keys(...), values(...))` as written.
pub struct WrittenMap {
    pub size: Option<Bounds>,
    pub keys: Option<Box<WrittenConstraints>>,
    pub values: Option<Box<WrittenConstraints>>,
    pub span: Span,
}

impl WrittenConstraints {
    /// Reads `meta` if it is a constraint key; `false` if it is another key.
    pub fn parse(&mut self, meta: &ParseNestedMeta) -> syn::Result<bool> {
        let key = meta.path.get_ident().map(ToString::to_string).unwrap_or_default();
        if KEYS.contains(&format!("`{key}`")) {
            self.first.get_or_insert(meta.path.span());
        }
        match key.as_str() {
            "length" => set_once(meta, &mut self.length, parse_bounds(meta)?)?,
            "items" => self.parse_items(meta)?,
            "properties" => set_once(meta, &mut self.map, parse_properties(meta)?)?,
            "range" => set_once(meta, &mut self.range, parse_range(meta)?)?,
            "check" | "schema" => {
                let path: syn::Path = meta
                    .value()
                    .and_then(|value| value.parse())
                    .map_err(|_| meta.error(format!("`{key}` takes a function: {key} = path::to::fn")))?;
                let slot = if key == "check" { &mut self.check } else { &mut self.schema };
                set_once(meta, slot, (path, meta.path.span()))?;
            }
            "pattern" | "vendor_pattern" | "linear" => {
                let value = meta.value().map_err(|_| meta.error(format!("`{key}` takes a string: {key} = \"…\"")))?;
                let lit: LitStr =
                    value.parse().map_err(|e| syn::Error::new(e.span(), format!("`{key}` takes a string literal")))?;
                if key == "linear" {
                    set_once(meta, &mut self.linear, lit)?;
                } else {
                    if self.pattern.is_some() {
                        return Err(meta.error("give one `pattern` or `vendor_pattern`"));
                    }
                    self.from_vendor = key == "vendor_pattern";
                    self.pattern = Some(lit);
                }
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

    /// `items(min, max, unique, each(...))`: the size of a list, its items unique, and the
    /// constraints of each item.
    fn parse_items(&mut self, meta: &ParseNestedMeta) -> syn::Result<()> {
        if self.items.is_some() || self.unique.is_some() || self.each.is_some() {
            return Err(meta.error("this constraint is given twice"));
        }
        let span = meta.path.span();
        let mut bounds = Bounds { min: None, max: None, span };
        if !meta.input.peek(syn::token::Paren) {
            return Err(meta.error("expected `items(min = N, max = N, unique, each(...))`, any of them"));
        }
        meta.parse_nested_meta(|inner| {
            if inner.path.is_ident("min") || inner.path.is_ident("max") {
                let slot = if inner.path.is_ident("min") { &mut bounds.min } else { &mut bounds.max };
                set_once(&inner, slot, parse_count(&inner)?)
            } else if inner.path.is_ident("unique") {
                set_once(&inner, &mut self.unique, inner.path.span())
            } else if inner.path.is_ident("each") {
                let constraints = parse_part(&inner, "`each` takes the constraints of one item")?;
                set_once(&inner, &mut self.each, (constraints, span))
            } else {
                Err(unknown_key(&inner, "`min`, `max`, `unique`, `each`"))
            }
        })?;
        match bounds {
            Bounds { min: Some(min), max: Some(max), .. } if min > max => {
                Err(meta.error(format!("`min` ({min}) is greater than `max` ({max})")))
            }
            Bounds { min: None, max: None, .. } if self.unique.is_none() && self.each.is_none() => {
                Err(meta.error("give `min`, `max`, `unique` or `each(...)`"))
            }
            Bounds { min: None, max: None, .. } => Ok(()),
            bounds => {
                self.items = Some(bounds);
                Ok(())
            }
        }
    }

    /// Where the first constraint key was given, if any was.
    pub fn first_span(&self) -> Option<proc_macro2::Span> {
        self.first
    }
}

pub fn set_once<T>(meta: &ParseNestedMeta, slot: &mut Option<T>, value: T) -> syn::Result<()> {
    if slot.is_some() {
        return Err(meta.error("this constraint is given twice"));
    }
    *slot = Some(value);
    Ok(())
}

/// The constraints of a part of a value (`each(...)`, `keys(...)`, `values(...)`): those of one
/// value, not of a list or map inside it.
fn parse_part(meta: &ParseNestedMeta, what: &str) -> syn::Result<Box<WrittenConstraints>> {
    let mut part = WrittenConstraints::default();
    meta.parse_nested_meta(|key| {
        if key.path.is_ident("items") || key.path.is_ident("properties") {
            return Err(key.error(format!("{what}; a list or map inside is not supported")));
        }
        if part.parse(&key)? {
            Ok(())
        } else {
            Err(unknown_key(&key, KEYS))
        }
    })?;
    Ok(Box::new(part))
}

/// `properties(min, max, keys(...), values(...))`.
fn parse_properties(meta: &ParseNestedMeta) -> syn::Result<WrittenMap> {
    let span = meta.path.span();
    let mut size = Bounds { min: None, max: None, span };
    let (mut keys, mut values) = (None, None);
    if !meta.input.peek(syn::token::Paren) {
        return Err(meta.error("expected `properties(min = N, max = N, keys(...), values(...))`, any of them"));
    }
    meta.parse_nested_meta(|inner| {
        if inner.path.is_ident("min") || inner.path.is_ident("max") {
            let slot = if inner.path.is_ident("min") { &mut size.min } else { &mut size.max };
            set_once(&inner, slot, parse_count(&inner)?)
        } else if inner.path.is_ident("keys") {
            let part = parse_part(&inner, "`keys` takes the constraints of a member name")?;
            set_once(&inner, &mut keys, part)
        } else if inner.path.is_ident("values") {
            let part = parse_part(&inner, "`values` takes the constraints of one value")?;
            set_once(&inner, &mut values, part)
        } else {
            Err(unknown_key(&inner, "`min`, `max`, `keys`, `values`"))
        }
    })?;
    let size = match size {
        Bounds { min: Some(min), max: Some(max), .. } if min > max => {
            return Err(meta.error(format!("`min` ({min}) is greater than `max` ({max})")))
        }
        Bounds { min: None, max: None, .. } if keys.is_none() && values.is_none() => {
            return Err(meta.error("give `min`, `max`, `keys(...)` or `values(...)`"))
        }
        Bounds { min: None, max: None, .. } => None,
        size => Some(size),
    };
    Ok(WrittenMap { size, keys, values, span })
}

/// A count: a non-negative integer literal.
fn parse_count(meta: &ParseNestedMeta) -> syn::Result<u64> {
    let expr: Expr = meta.value()?.parse()?;
    let Expr::Lit(ExprLit { lit: Lit::Int(int), .. }) = &expr else {
        return Err(syn::Error::new(expr.span(), "expected a non-negative integer literal"));
    };
    int.base10_parse::<u64>()
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
        *slot = Some(parse_count(&inner)?);
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

fn parse_range(meta: &ParseNestedMeta) -> syn::Result<Range> {
    let mut range = Range { min: None, max: None, exclusive_min: None, exclusive_max: None, span: meta.path.span() };
    if !meta.input.peek(syn::token::Paren) {
        return Err(
            meta.error("expected bounds: `(min = N, max = N)`, or `exclusive_min`/`exclusive_max`, any of them")
        );
    }
    meta.parse_nested_meta(|inner| {
        let slot = match inner.path.get_ident().map(ToString::to_string).as_deref() {
            Some("min") => &mut range.min,
            Some("max") => &mut range.max,
            Some("exclusive_min") => &mut range.exclusive_min,
            Some("exclusive_max") => &mut range.exclusive_max,
            _ => return Err(unknown_key(&inner, "`min`, `max`, `exclusive_min`, `exclusive_max`")),
        };
        let limit = parse_limit(&inner.value()?.parse()?)?;
        set_once(&inner, slot, limit)
    })?;
    let low = [&range.min, &range.exclusive_min];
    let high = [&range.max, &range.exclusive_max];
    if low.iter().chain(&high).all(|l| l.is_none()) {
        return Err(meta.error("give `min`, `max`, `exclusive_min` or `exclusive_max`"));
    }
    for (i, low) in low.iter().enumerate() {
        for (j, high) in high.iter().enumerate() {
            if let (Some(low), Some(high)) = (low, high) {
                let empty = if i == 0 && j == 0 { low.value > high.value } else { low.value >= high.value };
                if empty {
                    return Err(
                        meta.error(format!("no number is within this range (from {} to {})", low.text, high.text))
                    );
                }
            }
        }
    }
    Ok(range)
}

/// A number literal, perhaps negative: `5`, `-5`, `0.5`, `-1e3`.
fn parse_limit(expr: &Expr) -> syn::Result<Limit> {
    let (negative, lit) = match expr {
        Expr::Unary(syn::ExprUnary { op: syn::UnOp::Neg(_), expr, .. }) => (true, &**expr),
        other => (false, other),
    };
    let sign = if negative { "-" } else { "" };
    match lit {
        Expr::Lit(ExprLit { lit: Lit::Int(int), .. }) if int.suffix().is_empty() => {
            let n = int.base10_parse::<i128>()?;
            let n = if negative { -n } else { n };
            #[allow(clippy::cast_precision_loss)]
            Ok(Limit { int: Some(n), value: n as f64, text: format!("{sign}{}", int.base10_digits()) })
        }
        Expr::Lit(ExprLit { lit: Lit::Float(float), .. }) if float.suffix().is_empty() => {
            let f = float.base10_parse::<f64>()?;
            if !f.is_finite() {
                return Err(syn::Error::new(float.span(), "a bound must be a finite number"));
            }
            Ok(Limit {
                int: None,
                value: if negative { -f } else { f },
                text: format!("{sign}{}", float.base10_digits()),
            })
        }
        _ => {
            Err(syn::Error::new(expr.span(), "expected a number literal without a suffix, such as `1`, `-5` or `0.5`"))
        }
    }
}
