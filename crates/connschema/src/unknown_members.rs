//! "Deny unknown members", one rule for reading and for exporting: a type with
//! `deny_unknown_fields` refuses the members it does not know, in itself and in every object
//! inside it, so that a shape a request and a response share is strict in the one and lenient in
//! the other. The reader carries the setting in its [`Collector`](crate::Collector); the exporter,
//! to which schemars gives no context but its generator, in [`ExportScope`] for the schema being
//! built on this thread.

use std::cell::Cell;

/// Whether the object being read or exported refuses members it does not know.
///
/// ```
/// use connschema::UnknownMembers;
///
/// let request = UnknownMembers::ALLOWED.inside(true);
/// assert!(request.denied());
/// // An object inside a strict one is strict, whatever its own type says.
/// assert!(request.inside(false).denied());
/// assert!(!UnknownMembers::ALLOWED.inside(false).denied());
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct UnknownMembers {
    denied: bool,
}

impl UnknownMembers {
    /// Outside every type: unknown members are accepted.
    pub const ALLOWED: Self = Self { denied: false };

    /// Inside a type that denies unknown members itself (`own`), or not.
    #[must_use]
    pub const fn inside(self, own: bool) -> Self {
        Self { denied: self.denied || own }
    }

    /// Whether an unknown member here is a violation (`unknown_field`), and, in a schema,
    /// `additionalProperties: false`.
    pub const fn denied(self) -> bool {
        self.denied
    }
}

thread_local! {
    static EXPORTING: Cell<UnknownMembers> = const { Cell::new(UnknownMembers::ALLOWED) };
}

/// While alive, the schemas built on this thread are inside a type that denies unknown members
/// when `own` says so (or an enclosing one does); dropped, the enclosing setting is back. Each
/// message is exported by a generator of its own, so a setting never leaks into another message.
pub struct ExportScope {
    outer: UnknownMembers,
}

impl ExportScope {
    /// Enters the schema of a type that denies unknown members itself (`own`), or not.
    pub fn enter(own: bool) -> Self {
        let outer = EXPORTING.get();
        EXPORTING.set(outer.inside(own));
        Self { outer }
    }

    /// The setting of the schema being built.
    pub fn current() -> UnknownMembers {
        EXPORTING.get()
    }
}

impl Drop for ExportScope {
    fn drop(&mut self) {
        EXPORTING.set(self.outer);
    }
}
