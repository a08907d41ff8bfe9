//! Reads `#[model(...)]` and doc comments into the [`model`](crate::model), checking each
//! annotation against the field it sits on. Every problem becomes a `syn::Error` at its span, and
//! all of them are reported together.

use crate::case::RenameRule;
use crate::model::{Bounds, Container, Data, Field, Format, Pattern, Rule, Shape, Struct, TaggedVariant, Variant};
use connschema_pattern::{ecma, runs};
use syn::meta::ParseNestedMeta;
use syn::spanned::Spanned;
use syn::{Attribute, DeriveInput, Expr, ExprLit, GenericArgument, Lit, LitStr, PathArguments, Type};

const CONTAINER_KEYS: &str = "`rename_all`, `deny_unknown_fields`, `union`, `rule`, `tag`";
const FIELD_KEYS: &str = "`rename`, `length`, `items`, `pattern`, `linear`, `format`, `chosen_by`";
const VARIANT_KEYS: &str = "`rename`";

/// Collects errors so that one expansion reports every bad annotation at once.
#[derive(Default)]
pub struct Errors(Option<syn::Error>);

impl Errors {
    pub fn push(&mut self, error: syn::Error) {
        match &mut self.0 {
            Some(all) => all.combine(error),
            None => self.0 = Some(error),
        }
    }

    pub fn finish(self) -> syn::Result<()> {
        self.0.map_or(Ok(()), Err)
    }
}

pub fn parse(input: &DeriveInput) -> syn::Result<Container> {
    let mut errors = Errors::default();
    for param in &input.generics.params {
        match param {
            syn::GenericParam::Lifetime(param) if param.lifetime.ident == "de" => errors.push(syn::Error::new(
                param.span(),
                "the lifetime `'de` is the one `Model` reads the input with; name this one otherwise",
            )),
            syn::GenericParam::Lifetime(_) => {}
            _ => errors.push(syn::Error::new(
                param.span(),
                "`Model` supports lifetime parameters (for members borrowed from the input), not type or const parameters",
            )),
        }
    }
    let mut rename_all = None;
    let mut deny_unknown_fields = false;
    let mut union = None;
    let mut tag: Option<LitStr> = None;
    let mut rules = Vec::new();
    for attr in model_attrs(&input.attrs) {
        let result = attr.parse_nested_meta(|meta| {
            if meta.path.is_ident("rename_all") {
                let lit: LitStr = meta.value()?.parse()?;
                rename_all = Some(RenameRule::from_name(&lit.value()).ok_or_else(|| {
                    syn::Error::new(
                        lit.span(),
                        format!("unknown `rename_all` rule; expected one of {}", RenameRule::NAMES),
                    )
                })?);
            } else if meta.path.is_ident("deny_unknown_fields") {
                deny_unknown_fields = true;
            } else if meta.path.is_ident("tag") {
                tag = Some(meta.value()?.parse()?);
            } else if meta.path.is_ident("union") {
                union = Some(meta.path.span());
            } else if meta.path.is_ident("rule") {
                rules.push(parse_rule(&meta)?);
            } else {
                return Err(unknown_key(&meta, CONTAINER_KEYS));
            }
            Ok(())
        });
        if let Err(e) = result {
            errors.push(e);
        }
    }
    let data = match &input.data {
        syn::Data::Struct(data) => {
            if let Some(tag) = &tag {
                errors.push(syn::Error::new(tag.span(), "`tag` applies to enums, whose variants it names"));
            }
            if !matches!(data.fields, syn::Fields::Named(_)) {
                errors.push(syn::Error::new(input.ident.span(), "`Model` needs a struct with named fields"));
            }
            let parsed: Vec<(Field, Option<LitStr>)> =
                data.fields.iter().filter_map(|f| parse_field(f, rename_all, &mut errors)).collect();
            let fields = resolve_chosen_by(parsed, &mut errors);
            if let Some(span) = union {
                if fields.is_empty() {
                    errors.push(syn::Error::new(span, "a `union` needs at least one member"));
                }
                for field in fields.iter().filter(|f| !f.optional) {
                    errors.push(syn::Error::new(
                        field.ident.span(),
                        "every member of a `union` is an `Option`: exactly one of them is present",
                    ));
                }
            }
            Data::Struct(Struct { fields, deny_unknown_fields, union: union.is_some(), rules })
        }
        syn::Data::Enum(data) => {
            if deny_unknown_fields || union.is_some() || !rules.is_empty() {
                errors.push(syn::Error::new(
                    input.ident.span(),
                    "`deny_unknown_fields`, `union` and `rule` apply to structs, not enums",
                ));
            }
            match tag {
                Some(tag) => {
                    let variants =
                        data.variants.iter().filter_map(|v| parse_tagged_variant(v, rename_all, &mut errors)).collect();
                    Data::Tagged { tag: tag.value(), variants }
                }
                None => {
                    let variants =
                        data.variants.iter().filter_map(|v| parse_variant(v, rename_all, &mut errors)).collect();
                    Data::Enum(variants)
                }
            }
        }
        syn::Data::Union(_) => {
            errors.push(syn::Error::new(input.ident.span(), "`Model` does not support unions"));
            Data::Enum(Vec::new())
        }
    };
    errors.finish()?;
    Ok(Container { ident: input.ident.clone(), generics: input.generics.clone(), docs: docs(&input.attrs), data })
}

fn model_attrs(attrs: &[Attribute]) -> impl Iterator<Item = &Attribute> {
    attrs.iter().filter(|a| a.path().is_ident("model"))
}

fn unknown_key(meta: &ParseNestedMeta, expected: &str) -> syn::Error {
    let name = meta.path.get_ident().map_or_else(|| "?".to_owned(), ToString::to_string);
    meta.error(format!("unknown model attribute `{name}`; expected one of {expected}"))
}

fn parse_rule(meta: &ParseNestedMeta) -> syn::Result<Rule> {
    let mut check = None;
    let mut schema = None;
    meta.parse_nested_meta(|inner| {
        if inner.path.is_ident("check") {
            check = Some(inner.value()?.parse()?);
        } else if inner.path.is_ident("schema") {
            schema = Some(inner.value()?.parse()?);
        } else {
            return Err(unknown_key(&inner, "`check`, `schema`"));
        }
        Ok(())
    })?;
    match (check, schema) {
        (Some(check), Some(schema)) => Ok(Rule { check, schema }),
        _ => Err(meta.error(
            "`rule` needs both `check = path::to::fn` (the Rust check) and `schema = path::to::fn` (the same rule as JSON Schema, given the schema generator)",
        )),
    }
}

fn parse_tagged_variant(
    variant: &syn::Variant,
    rename_all: Option<RenameRule>,
    errors: &mut Errors,
) -> Option<TaggedVariant> {
    let ty = match &variant.fields {
        syn::Fields::Unnamed(fields) if fields.unnamed.len() == 1 => fields.unnamed[0].ty.clone(),
        _ => {
            errors.push(syn::Error::new(
                variant.span(),
                "a variant of a tagged enum holds one model: `Variant(Type)`, whose members sit beside the tag",
            ));
            return None;
        }
    };
    let unit = syn::Variant { fields: syn::Fields::Unit, ..variant.clone() };
    let Variant { ident, wire } = parse_variant(&unit, rename_all, errors)?;
    Some(TaggedVariant { ident, wire, ty })
}

fn parse_variant(variant: &syn::Variant, rename_all: Option<RenameRule>, errors: &mut Errors) -> Option<Variant> {
    if !matches!(variant.fields, syn::Fields::Unit) {
        errors.push(syn::Error::new(
            variant.span(),
            "`Model` enums are string enums: every variant must be a unit variant (or give the enum a `tag`)",
        ));
        return None;
    }
    let mut wire =
        rename_all.map_or_else(|| variant.ident.to_string(), |r| r.apply_to_variant(&variant.ident.to_string()));
    for attr in model_attrs(&variant.attrs) {
        let result = attr.parse_nested_meta(|meta| {
            if meta.path.is_ident("rename") {
                wire = meta.value()?.parse::<LitStr>()?.value();
                Ok(())
            } else {
                Err(unknown_key(&meta, VARIANT_KEYS))
            }
        });
        if let Err(e) = result {
            errors.push(e);
        }
    }
    Some(Variant { ident: variant.ident.clone(), wire })
}

/// Points each `chosen_by` at its member, which must be a required member of the same struct
/// whose own shape is fixed.
fn resolve_chosen_by(parsed: Vec<(Field, Option<LitStr>)>, errors: &mut Errors) -> Vec<Field> {
    let wires: Vec<(String, bool, bool)> =
        parsed.iter().map(|(f, by)| (f.wire.clone(), f.optional, by.is_some())).collect();
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
                Some(index) => field.chosen_by = Some(index),
            }
            field
        })
        .collect()
}

fn parse_field(
    field: &syn::Field,
    rename_all: Option<RenameRule>,
    errors: &mut Errors,
) -> Option<(Field, Option<LitStr>)> {
    let ident = field.ident.clone()?;
    let name = ident.to_string();
    let name = name.strip_prefix("r#").unwrap_or(&name);
    let mut wire = rename_all.map_or_else(|| name.to_owned(), |r| r.apply_to_field(name));
    let (optional, value_ty) = match generic_arg("Option", &field.ty) {
        Some(inner) => (true, inner.clone()),
        None => (false, field.ty.clone()),
    };
    let shape = shape_of(&value_ty);
    let mut length = None;
    let mut items = None;
    let mut pattern: Option<LitStr> = None;
    let mut linear: Option<LitStr> = None;
    let mut format: Option<(Format, LitStr)> = None;
    let mut chosen_by: Option<LitStr> = None;
    for attr in model_attrs(&field.attrs) {
        let result = attr.parse_nested_meta(|meta| {
            let key = meta.path.get_ident().map(ToString::to_string).unwrap_or_default();
            match key.as_str() {
                "rename" => wire = meta.value()?.parse::<LitStr>()?.value(),
                "length" => {
                    require_shape(&meta, &key, shape, Shape::Text, &value_ty)?;
                    set_once(&meta, &mut length, parse_bounds(&meta)?)?;
                }
                "items" => {
                    require_shape(&meta, &key, shape, Shape::List, &value_ty)?;
                    set_once(&meta, &mut items, parse_bounds(&meta)?)?;
                }
                "pattern" | "linear" => {
                    require_shape(&meta, &key, shape, Shape::Text, &value_ty)?;
                    let value =
                        meta.value().map_err(|_| meta.error(format!("`{key}` takes a string: {key} = \"…\"")))?;
                    let lit: LitStr = value
                        .parse()
                        .map_err(|e| syn::Error::new(e.span(), format!("`{key}` takes a string literal")))?;
                    set_once(&meta, if key == "pattern" { &mut pattern } else { &mut linear }, lit)?;
                }
                "format" => {
                    require_shape(&meta, &key, shape, Shape::Text, &value_ty)?;
                    let lit: LitStr = meta.value()?.parse()?;
                    let parsed = Format::from_keyword(&lit.value()).ok_or_else(|| {
                        syn::Error::new(lit.span(), "unknown format; expected \"date-time\" or \"uri\"")
                    })?;
                    set_once(&meta, &mut format, (parsed, lit))?;
                }
                "chosen_by" => {
                    require_shape(&meta, &key, shape, Shape::Other, &value_ty)?;
                    set_once(&meta, &mut chosen_by, meta.value()?.parse()?)?;
                }
                _ => return Err(unknown_key(&meta, FIELD_KEYS)),
            }
            Ok(())
        });
        if let Err(e) = result {
            errors.push(e);
        }
    }
    if let (Some(linear), None) = (&linear, &pattern) {
        errors.push(syn::Error::new(
            linear.span(),
            "`linear` is the linear-time form of a `pattern`; give the vendor's `pattern` too",
        ));
    }
    if let (Some((Format::DateTime, lit)), Some(_)) = (&format, &pattern) {
        errors.push(syn::Error::new(lit.span(), "a `date-time` carries its own RFC 3339 pattern; drop the `pattern`"));
    }
    let format = format.map(|(f, _)| f);
    let pattern = pattern.and_then(|lit| match compile_pattern(&lit, linear.as_ref()) {
        Ok(p) => Some(p),
        Err(e) => {
            errors.push(e);
            None
        }
    });
    let field = Field {
        ident,
        wire,
        docs: docs(&field.attrs),
        value_ty,
        optional,
        length,
        items,
        pattern,
        format,
        chosen_by: None,
    };
    Some((field, chosen_by))
}

fn set_once<T>(meta: &ParseNestedMeta, slot: &mut Option<T>, value: T) -> syn::Result<()> {
    if slot.is_some() {
        return Err(meta.error("this constraint is given twice"));
    }
    *slot = Some(value);
    Ok(())
}

fn require_shape(meta: &ParseNestedMeta, key: &str, actual: Shape, wanted: Shape, ty: &Type) -> syn::Result<()> {
    if actual == wanted {
        return Ok(());
    }
    let ty = quote::quote!(#ty).to_string().replace(' ', "");
    let what = match wanted {
        Shape::Text => "string fields (`String`, `Cow<str>` or `Secret`)",
        Shape::List => "list fields (`Vec<T>`)",
        Shape::Other => "fields of a model type (not strings or lists)",
    };
    let hint = match (wanted, actual) {
        (Shape::Text, Shape::List) => "; for the size of a list use `items(min = …, max = …)`",
        (Shape::List, Shape::Text) => "; for the length of a string use `length(min = …, max = …)`",
        _ => "",
    };
    Err(meta.error(format!("`{key}` applies to {what}, not `{ty}`{hint}")))
}

fn parse_bounds(meta: &ParseNestedMeta) -> syn::Result<Bounds> {
    let mut bounds = Bounds { min: None, max: None };
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
        Bounds { min: None, max: None } => Err(meta.error("give `min`, `max` or both")),
        Bounds { min: Some(min), max: Some(max) } if min > max => {
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

fn shape_of(ty: &Type) -> Shape {
    if generic_arg("Vec", ty).is_some() {
        return Shape::List;
    }
    match ty {
        Type::Path(path)
            if path
                .path
                .segments
                .last()
                .is_some_and(|s| matches!(s.ident.to_string().as_str(), "String" | "Cow" | "Secret")) =>
        {
            Shape::Text
        }
        _ => Shape::Other,
    }
}

/// The doc comment, lines joined as paragraphs the way rustdoc reads them.
fn docs(attrs: &[Attribute]) -> String {
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
