//! The collector that validation reports into.

use crate::error::CodeSet;
use crate::{Bound, Code, Limits, Loc, Location, Shown, UnknownMembers, Violation, Violations};

/// Collects violations during one validation. Rules written by hand (see `#[model(rule(...))]`)
/// report through it.
///
/// ```
/// use connschema::{Code, Collector, Loc};
///
/// let mut cx = Collector::default();
/// cx.report(&Loc::Root.key("Name"), Code::Rule, "must not be `default`");
/// let errors = cx.finish().unwrap_err();
/// assert_eq!(errors[0].path, "/Name");
/// ```
#[derive(Debug)]
pub struct Collector {
    violations: Vec<Violation>,
    /// Every violation reported, kept or not.
    total: usize,
    /// The most kept ([`Limits`]).
    max_kept: usize,
    /// The code of every violation reported, kept or not.
    codes: CodeSet,
    /// Where parsing stopped, recorded by the innermost value that saw the syntax error.
    syntax_at: Option<Location>,
    /// Whether the object being read refuses unknown members (see [`UnknownMembers`]).
    unknown_members: UnknownMembers,
    /// Which members the object read last has (bit `i` for its `i`th member), noted by every
    /// derived struct once its members are read, for a parent's rule that reads them.
    present: Option<u64>,
}

impl Default for Collector {
    fn default() -> Self {
        Self::new(&Limits::ALL)
    }
}

impl Collector {
    /// A collector that keeps what `limits` allow.
    pub fn new(limits: &Limits) -> Self {
        Self {
            violations: Vec::new(),
            total: 0,
            max_kept: limits.max_violations(),
            codes: CodeSet::default(),
            syntax_at: None,
            unknown_members: UnknownMembers::ALLOWED,
            present: None,
        }
    }

    /// Counts a violation of `code`, and says whether it is to be kept.
    fn counts(&mut self, code: Code) -> bool {
        self.total += 1;
        self.codes = self.codes.with(code);
        self.violations.len() < self.max_kept
    }

    /// Records a violation at `loc`.
    pub fn report(&mut self, loc: &Loc<'_>, code: Code, message: impl Into<String>) {
        if self.counts(code) {
            self.violations.push(Violation::new(loc.location(), code, message));
        }
    }

    /// Records a violation at `loc` whose message, bound and value `details` builds only if the
    /// violation is kept (see [`Limits`]): what checks a value that may break its rule many times
    /// over reports this way.
    ///
    /// ```
    /// use connschema::{Bound, Code, Collector, Limits, Loc, Shown};
    ///
    /// let mut cx = Collector::new(&Limits::violations(1));
    /// for i in 0..3 {
    ///     let message = || (format!("must be at most 2 items, got {}", i + 3), Bound::Max(2), Shown::Hidden);
    ///     cx.report_lazily(&Loc::Root.key("Tags"), Code::Items, message);
    /// }
    /// let errors = cx.finish().unwrap_err();
    /// assert_eq!((errors.len(), errors.total()), (1, 3));
    /// ```
    pub fn report_lazily(&mut self, loc: &Loc<'_>, code: Code, details: impl FnOnce() -> (String, Bound, Shown)) {
        if self.counts(code) {
            let (message, bound, value) = details();
            self.violations.push(Violation { bound, value, ..Violation::new(loc.location(), code, message) });
        }
    }

    /// Records a violation at `loc` with its bound and value in parts, for those who word
    /// violations their own way (see [`Violation`]). `value` must not be a secret's.
    ///
    /// ```
    /// use connschema::{Bound, Code, Collector, Loc, Shown};
    ///
    /// let mut cx = Collector::default();
    /// let loc = Loc::Root.key("name");
    /// cx.report_with(&loc, Code::Rule, "must not be \"default\"", Bound::None, Shown::text("default"));
    /// let errors = cx.finish().unwrap_err();
    /// assert_eq!(errors[0].value, Shown::text("default"));
    /// ```
    pub fn report_with(&mut self, loc: &Loc<'_>, code: Code, message: impl Into<String>, bound: Bound, value: Shown) {
        if self.counts(code) {
            self.violations.push(Violation { bound, value, ..Violation::new(loc.location(), code, message) });
        }
    }

    /// Whether nothing has been reported.
    pub fn is_clean(&self) -> bool {
        self.total == 0
    }

    /// `Ok` when nothing was reported.
    pub fn finish(self) -> Result<(), Violations> {
        if self.total == 0 {
            Ok(())
        } else {
            Err(Violations::bounded(self.violations, self.total, self.codes))
        }
    }

    /// Whether the object being read refuses unknown members.
    pub fn unknown_members(&self) -> UnknownMembers {
        self.unknown_members
    }

    /// Enters an object of a type that denies unknown members itself (`own`) or not, returning
    /// the enclosing setting for [`Collector::leave_object`]. For generated code.
    #[doc(hidden)]
    pub fn enter_object(&mut self, own: bool) -> UnknownMembers {
        let outer = self.unknown_members;
        self.unknown_members = outer.inside(own);
        outer
    }

    /// Leaves the object entered with [`Collector::enter_object`]. For generated code.
    #[doc(hidden)]
    pub fn leave_object(&mut self, outer: UnknownMembers) {
        self.unknown_members = outer;
    }

    /// Notes which members the object just read holds. For generated code.
    #[doc(hidden)]
    pub fn note_present(&mut self, present: u64) {
        self.present = Some(present);
    }

    /// Takes what the last object read noted (`None`: what was read was no object). For
    /// generated code: cleared before a member is read, taken after.
    #[doc(hidden)]
    pub fn take_present(&mut self) -> Option<u64> {
        self.present.take()
    }

    /// Passes on `result`, the reading of the value at `loc`; if it failed, notes `loc` as where
    /// the syntax error is (the innermost value notes first, and the first note stands).
    pub(crate) fn noting_syntax_error_at<T, E>(&mut self, loc: &Loc<'_>, result: Result<T, E>) -> Result<T, E> {
        if result.is_err() && self.syntax_at.is_none() {
            self.syntax_at = Some(loc.location());
        }
        result
    }

    /// Replaces whatever was collected by the one syntax violation: a document that is not JSON
    /// has no other verdict worth giving.
    pub(crate) fn into_syntax_error(self, error: &serde_json::Error) -> Violations {
        Violations::new(vec![Violation::new(self.syntax_at.unwrap_or_default(), Code::Syntax, syntax_message(error))])
    }
}

/// The message of a syntax violation: serde_json's account of what is wrong, with its position.
pub(crate) fn syntax_message(error: &serde_json::Error) -> String {
    format!("not valid JSON: {error}")
}
