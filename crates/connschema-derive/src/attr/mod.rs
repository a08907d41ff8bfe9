//! The first phase: reads `#[model(...)]` and doc comments as they are written ([`Written`]), each
//! key's own syntax checked (a known key, a value of its form, given once). How keys go together
//! and with what they sit on is the next phase's, [`check`](crate::check), which builds the
//! [`model`](crate::model). Every problem is a `syn::Error` at its span, gathered in [`Errors`].
//!
//! The container's own keys are here; [`field`], [`variant`], [`rule`] and [`constraints`] read
//! the rest.

mod constraints;
mod field;
mod reading;
mod rule;
mod variant;

pub use constraints::{WrittenConstraints, WrittenMap};
pub use field::WrittenField;
pub use rule::WrittenRule;
pub use variant::{Shape, WrittenVariant};

use crate::case::RenameRule;
use crate::errors::Errors;
use reading::{model_attrs, unknown_key};
use syn::meta::ParseNestedMeta;
use syn::spanned::Spanned;
use syn::{DeriveInput, LitStr};

const CONTAINER_KEYS: &str =
    "`rename_all`, `deny_unknown_fields`, `union`, `rule`, `tag`, `untagged`, `transparent`, `secret`";

/// The container's keys, as read.
#[derive(Default)]
pub struct Keys {
    pub rename_all: Option<RenameRule>,
    pub deny_unknown_fields: Option<proc_macro2::Span>,
    pub union: Option<proc_macro2::Span>,
    pub tag: Option<LitStr>,
    pub untagged: Option<proc_macro2::Span>,
    pub transparent: Option<proc_macro2::Span>,
    pub secret: Option<proc_macro2::Span>,
    pub rules: Vec<WrittenRule>,
    pub rule_span: Option<proc_macro2::Span>,
    /// The constraints of a transparent newtype's value.
    pub constraints: WrittenConstraints,
}

impl Keys {
    fn parse(&mut self, meta: &ParseNestedMeta) -> syn::Result<()> {
        let span = Some(meta.path.span());
        if meta.path.is_ident("rename_all") {
            let lit: LitStr = meta.value()?.parse()?;
            self.rename_all = Some(RenameRule::from_name(&lit.value()).ok_or_else(|| {
                syn::Error::new(lit.span(), format!("unknown `rename_all` rule; expected one of {}", RenameRule::NAMES))
            })?);
        } else if meta.path.is_ident("deny_unknown_fields") {
            self.deny_unknown_fields = span;
        } else if meta.path.is_ident("tag") {
            self.tag = Some(meta.value()?.parse()?);
        } else if meta.path.is_ident("untagged") {
            self.untagged = span;
        } else if meta.path.is_ident("union") {
            self.union = span;
        } else if meta.path.is_ident("transparent") {
            self.transparent = span;
        } else if meta.path.is_ident("secret") {
            self.secret = span;
        } else if meta.path.is_ident("rule") {
            self.rules.push(rule::parse(meta)?);
            self.rule_span = span;
        } else if !self.constraints.parse(meta)? {
            return Err(unknown_key(meta, &format!("{CONTAINER_KEYS}, or with `transparent` {}", constraints::KEYS)));
        }
        Ok(())
    }
}

/// A `#[derive(Model)]` input as written.
pub struct Written<'a> {
    pub input: &'a DeriveInput,
    pub keys: Keys,
    pub docs: String,
    pub body: Body,
}

/// What the keys sit on, as written.
pub enum Body {
    /// A struct's named fields (none for a tuple or unit struct, `named` false).
    Struct {
        fields: Vec<WrittenField>,
        named: bool,
    },
    Enum(Vec<WrittenVariant>),
    Union,
}

/// Reads the container's keys, then its fields or variants.
pub fn read<'a>(input: &'a DeriveInput, errors: &mut Errors) -> Written<'a> {
    let mut keys = Keys::default();
    for attr in model_attrs(&input.attrs) {
        if let Err(e) = attr.parse_nested_meta(|meta| keys.parse(&meta)) {
            errors.push(e);
        }
    }
    let body = match &input.data {
        // A transparent newtype's one field is its value, which takes the container's keys.
        syn::Data::Struct(_) if keys.transparent.is_some() => Body::Struct { fields: Vec::new(), named: false },
        syn::Data::Struct(data) => Body::Struct {
            fields: data.fields.iter().filter_map(|f| field::read_field(f, keys.rename_all, errors)).collect(),
            named: matches!(data.fields, syn::Fields::Named(_)),
        },
        syn::Data::Enum(data) => {
            let untagged = keys.untagged.is_some() && keys.tag.is_none();
            Body::Enum(
                data.variants.iter().map(|v| variant::read_variant(v, keys.rename_all, untagged, errors)).collect(),
            )
        }
        syn::Data::Union(_) => Body::Union,
    };
    Written { input, keys, docs: reading::docs(&input.attrs), body }
}
