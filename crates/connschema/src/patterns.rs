//! Every member pattern of a model, in every form ([`Catalog::patterns`](crate::catalog::Catalog::patterns)): for tests, benchmarks and tools that check
//! the translation from the vendors' patterns.

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
/// [`Validate::visit_patterns`](crate::Validate)).
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
