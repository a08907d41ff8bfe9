//! Every member pattern of every model, in every form: for tests, benchmarks and tools that check
//! the translation from the vendors' patterns.

use crate::{registry, runs};
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

/// The member patterns of every message of every operation in the registry, each with the path
/// of the type that holds it, found by walking the messages' types.
///
/// Patterns that come from a format (`date-time`, `uri`, `ulid`: see [`crate::format`]) and rules
/// (QuickSight's reserved prefix) are not member patterns and are not listed.
///
/// ```
/// let names: Vec<_> = connschema::patterns::all()
///     .into_iter()
///     .filter(|(ty, p)| ty.ends_with("::CreateConnectionRequest") && ty.contains("::events::") && p.member == "Name")
///     .collect();
/// assert_eq!(names[0].1.export, r"^(?:[.\-_A-Za-z0-9]+)$");
/// ```
pub fn all() -> Vec<(&'static str, PatternInfo)> {
    let mut found = PatternInventory::default();
    for op in registry::operations() {
        for message in op.messages {
            message.visit_patterns(&mut found);
        }
    }
    found.into_vec()
}
