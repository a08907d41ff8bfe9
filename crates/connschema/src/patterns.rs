//! Every member pattern of a model, in every form ([`Catalog::patterns`](crate::catalog::Catalog::patterns)): for tests, benchmarks and tools that check
//! the translation from the vendors' patterns. Apart from [`Validate`](crate::Validate), which
//! validation needs: walking a model's patterns is [`Patterns`], a trait of its own.

use crate::runs;
use std::collections::BTreeSet;

/// A pattern of a model member, in every form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PatternInfo {
    /// The member's wire name.
    pub member: &'static str,
    /// The vendor's pattern as documented (ECMA-262, matched against the whole value).
    pub vendor: &'static str,
    /// The Rust `regex` that the check runs.
    pub rust: &'static str,
    /// The exported, portable form.
    pub export: &'static str,
    /// The vendor's text of the linear-time equivalent that `export` comes from, if any.
    pub linear: Option<&'static str>,
    /// The class runs that decide the pattern in place of `rust`, where the derive compiled it
    /// into them (see [`runs`]).
    pub runs: Option<&'static [runs::Run]>,
}

/// Every pattern of a set of types, with the type that holds it, gathered by walking them (see
/// [`Patterns`]).
#[derive(Debug, Default)]
pub struct PatternInventory {
    types: BTreeSet<&'static str>,
    patterns: Vec<(&'static str, PatternInfo)>,
}

impl PatternInventory {
    /// Records the own patterns of the type named `ty`. False if `ty` was recorded before, so that
    /// the types inside it need no visit (and a type that holds itself ends the walk).
    pub fn enter(&mut self, ty: &'static str, own: &'static [PatternInfo]) -> bool {
        if !self.types.insert(ty) {
            return false;
        }
        self.patterns.extend(own.iter().map(|p| (ty, *p)));
        true
    }

    /// The patterns recorded, each with the path of the type that holds it, in the order found.
    pub fn into_vec(self) -> Vec<(&'static str, PatternInfo)> {
        self.patterns
    }
}

/// The member patterns of a type and of every type inside it, for
/// [`Catalog::patterns`](crate::catalog::Catalog::patterns). `#[derive(Model)]` implements it; a
/// type that implements [`Validate`](crate::Validate) by hand and sits inside a model implements it
/// too, with the default (nothing) or by visiting the types inside it.
///
/// ```
/// use connschema::patterns::{PatternInventory, Patterns};
/// use connschema::Model;
/// use std::borrow::Cow;
///
/// #[derive(Debug, Model)]
/// struct Tag<'a> {
///     #[model(pattern = "[a-z]+")]
///     key: Cow<'a, str>,
/// }
///
/// #[derive(Debug, Model)]
/// struct Resource<'a> {
///     tags: Vec<Tag<'a>>,
/// }
///
/// let mut found = PatternInventory::default();
/// Resource::visit_patterns(&mut found);
/// let patterns = found.into_vec();
/// assert_eq!(patterns.len(), 1);
/// assert!(patterns[0].0.ends_with("::Tag"));
/// assert_eq!((patterns[0].1.member, patterns[0].1.vendor), ("key", "[a-z]+"));
/// ```
pub trait Patterns {
    /// Records the member patterns of this type and of every type inside it, each type once.
    fn visit_patterns(found: &mut PatternInventory)
    where
        Self: Sized,
    {
        let _ = found;
    }
}

/// Leaves: no member, so no pattern (a member's pattern belongs to the model that holds it).
macro_rules! no_patterns {
    ($($ty:ty),*) => {$(
        impl Patterns for $ty {}
    )*};
}

no_patterns!(String, bool, f32, f64, i8, i16, i32, i64, u8, u16, u32, u64, serde_json::Map<String, serde_json::Value>);

impl Patterns for std::borrow::Cow<'_, str> {}

impl Patterns for crate::Secret<'_> {}

/// Containers: the patterns of what they hold.
macro_rules! inner_patterns {
    ($($container:ty => $inner:ident),*) => {$(
        impl<$inner: Patterns> Patterns for $container {
            fn visit_patterns(found: &mut PatternInventory) {
                $inner::visit_patterns(found);
            }
        }
    )*};
}

inner_patterns!(Box<T> => T, Vec<T> => T);

impl<K, V: Patterns> Patterns for std::collections::BTreeMap<K, V> {
    fn visit_patterns(found: &mut PatternInventory) {
        V::visit_patterns(found);
    }
}

impl<K, V: Patterns, S> Patterns for std::collections::HashMap<K, V, S> {
    fn visit_patterns(found: &mut PatternInventory) {
        V::visit_patterns(found);
    }
}
