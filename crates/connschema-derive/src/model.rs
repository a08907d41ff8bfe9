//! The parsed form of a `#[derive(Model)]` input, apart from code generation (as in serde_derive's
//! `internals`): everything the emitters need, already checked.

use proc_macro2::{Span, TokenStream};
use quote::quote;
use syn::{Generics, Ident, Path, Type};

pub struct Container {
    pub ident: Ident,
    /// Lifetime parameters only (checked): members may borrow from the input.
    pub generics: Generics,
    pub docs: String,
    pub data: Data,
}

impl Container {
    /// `impl<'a> … for Name<'a>`: the impl's parameters and the type, for an impl of any trait.
    pub fn impl_for(&self) -> (TokenStream, TokenStream) {
        let (impl_generics, ty_generics, _) = self.generics.split_for_impl();
        let ident = &self.ident;
        (quote!(#impl_generics), quote!(#ident #ty_generics))
    }

    /// The type with every lifetime set to `lifetime`: `Name<'static>` is its owned form.
    pub fn ty_at(&self, lifetime: &TokenStream) -> TokenStream {
        let ident = &self.ident;
        let lifetimes = self.generics.lifetimes().map(|_| lifetime);
        if self.borrows() {
            quote!(#ident<#(#lifetimes),*>)
        } else {
            quote!(#ident)
        }
    }

    /// Whether the type has lifetimes: members that may borrow from the input.
    pub fn borrows(&self) -> bool {
        self.generics.lifetimes().next().is_some()
    }

    /// The impl's parameters for `Collect<'de>`, the trait that reads the input: `'de` first,
    /// outliving every lifetime of the type, since its members may borrow from it.
    pub fn de_impl_generics(&self) -> TokenStream {
        let lifetimes: Vec<_> = self.generics.lifetimes().map(|param| &param.lifetime).collect();
        let params = &self.generics.params;
        if lifetimes.is_empty() {
            quote!(<'de>)
        } else {
            quote!(<'de: #(#lifetimes)+*, #params>)
        }
    }
}

pub enum Data {
    Struct(Struct),
    Enum(Vec<Variant>),
    /// An internally tagged enum: the member `tag` names the variant, whose type holds the rest.
    Tagged {
        tag: String,
        variants: Vec<TaggedVariant>,
    },
    /// An enum of object types, the variant decided by the first member that only one of them has;
    /// `default` is read when no member decides.
    Untagged {
        variants: Vec<TaggedVariant>,
        default: Option<usize>,
    },
    /// A newtype over a leaf type, read and exported as that type with constraints of its own.
    /// `inner` is a field named `0` with no wire name.
    Transparent {
        inner: Box<Field>,
        /// The value is never shown: redacted `Debug`, `writeOnly` in the schema.
        secret: bool,
    },
}

pub struct TaggedVariant {
    pub ident: Ident,
    pub wire: String,
    pub ty: Type,
}

pub struct Struct {
    pub fields: Vec<Field>,
    pub deny_unknown_fields: bool,
    /// Exactly one member present (every member is an `Option`).
    pub union: bool,
    pub rules: Vec<Rule>,
}

/// A cross-field rule: a Rust check and, declared beside it, the schema that says the same.
pub struct Rule {
    pub check: Path,
    pub schema: Path,
    /// The members the check takes, in order. `None`: it takes the whole `&Self`, and so runs only
    /// on an object whose every member was read with its type.
    pub reads: Option<Vec<Read>>,
}

/// One member a rule's check takes, and how. The rule runs when every member it reads has what
/// it reads of it (an absent optional member gives `None`).
pub struct Read {
    pub field: usize,
    pub kind: ReadKind,
    pub span: Span,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum ReadKind {
    /// Its value: `&T`, or `Option<&T>` for an optional member; there when read with its type.
    Value,
    /// `present(b)`: whether an optional member is there at all (`bool`), valid or not.
    Present,
    /// `members(x)`: which members the object `x` holds (`connschema::Members`, or an `Option`
    /// of it), valid or not; there when `x` is an object.
    Members,
}

pub struct Variant {
    pub ident: Ident,
    pub wire: String,
}

pub struct Field {
    pub ident: Ident,
    pub wire: String,
    pub docs: String,
    /// The type the wire value has: `T` for both `T` and `Option<T>`.
    pub value_ty: Type,
    pub optional: bool,
    pub constraints: Constraints,
    /// The index of the member whose value chooses this member's shape (`chosen_by`), and the
    /// attribute's span: read through `CollectBy` with that value, which is read first.
    pub chosen_by: Option<(usize, Span)>,
}

/// The constraints of one value (a member, or a transparent newtype's inner value). Whether the
/// value's type can take each one is left to the type checker: `length`, `pattern` and `format`
/// need `connschema::Text`, `items` needs `connschema::Items`, and the generated calls carry the
/// attribute's span, so that a misplaced one is reported there.
#[derive(Default)]
pub struct Constraints {
    pub length: Option<Bounds>,
    pub items: Option<Bounds>,
    pub pattern: Option<Pattern>,
    pub format: Option<(Format, Span)>,
    pub range: Option<Range>,
    pub check: Option<Check>,
    /// `items(unique)`, at the `items` key.
    pub unique: Option<Span>,
    /// `items(each(...))`: the constraints of every item, and where `items` was given.
    pub each: Option<(Box<Constraints>, Span)>,
    /// `properties(min, max, keys(...), values(...))` on a map member.
    pub map: Option<MapConstraints>,
    /// On a transparent newtype: its `items(min, max)` is checked with the rest, as the newtype
    /// reads its list as its inner type does.
    pub newtype: bool,
}

/// `check = f` (and `schema = g`) on one value: `f(&value, loc, cx)`, and the schema `g(generator)`
/// that says the same, added to the value's under `allOf`.
pub struct Check {
    pub check: syn::Path,
    pub schema: Option<syn::Path>,
    pub span: Span,
}

impl Constraints {
    /// Whether nothing checks the value as a whole: no constraint but those of a list member,
    /// which its list reader checks (`list`).
    pub fn is_empty(&self) -> bool {
        (self.items.is_none() || !self.newtype)
            && self.length.is_none()
            && self.pattern.is_none()
            && self.format.is_none()
            && self.range.is_none()
            && self.check.is_none()
    }

    /// Whether the value is a list with constraints of its own (`items(...)`).
    pub fn is_map(&self) -> bool {
        self.map.is_some()
    }

    pub fn is_list(&self) -> bool {
        !self.newtype && (self.items.is_some() || self.unique.is_some() || self.each.is_some())
    }
}

/// A map member's `properties(...)`: its number of members, and the constraints of each key
/// and each value.
pub struct MapConstraints {
    pub size: Option<Bounds>,
    pub keys: Option<Box<Constraints>>,
    pub values: Option<Box<Constraints>>,
    pub span: Span,
}

/// `range(min, max, exclusive_min, exclusive_max)` on a number (`connschema::Numeric`).
pub struct Range {
    pub min: Option<Limit>,
    pub max: Option<Limit>,
    pub exclusive_min: Option<Limit>,
    pub exclusive_max: Option<Limit>,
    pub span: Span,
}

/// One bound of a `range`: an integer (exact) or a float literal, and its text as written.
pub struct Limit {
    pub int: Option<i128>,
    pub value: f64,
    pub text: String,
}

/// The formats a string may be asserted to have: the standard `date-time` and `uri`, and `ulid`,
/// which no standard format names and is exported as its pattern.
#[derive(Clone, Copy)]
pub enum Format {
    DateTime,
    Uri,
    Ulid,
}

impl Format {
    pub const KEYWORDS: &'static str = "\"date-time\", \"uri\" or \"ulid\"";

    pub fn from_keyword(keyword: &str) -> Option<Self> {
        match keyword {
            "date-time" => Some(Self::DateTime),
            "uri" => Some(Self::Uri),
            "ulid" => Some(Self::Ulid),
            _ => None,
        }
    }
}

#[derive(Clone, Copy)]
pub struct Bounds {
    pub min: Option<u64>,
    pub max: Option<u64>,
    pub span: Span,
}

pub struct Pattern {
    /// The ECMA-262 text as written (the vendor's, as documented, for a `vendor_pattern`).
    pub vendor: String,
    /// Given as `vendor_pattern`: the schema's `$comment` keeps the vendor's text always.
    pub from_vendor: bool,
    /// The whole-value Rust `regex` form with ECMA meanings.
    pub rust: String,
    /// The portable, anchored form written to the schema.
    pub export: String,
    /// The vendor's text of a linear-time equivalent, when the exported form comes from it.
    pub linear: Option<String>,
    /// The class runs that decide the pattern without the regex engine, where it is such a
    /// sequence (the vendor's form, else its linear equivalent).
    pub runs: Option<Vec<connschema_pattern::runs::Run>>,
    pub span: Span,
}
