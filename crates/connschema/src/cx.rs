//! The collector that validation reports into.

use crate::{Bound, Code, Loc, Shown, Violation, Violations};

/// Collects violations during one validation. Rules written by hand (see `#[model(rule(...))]`)
/// report through it.
///
/// ```
/// use connschema::{Code, Cx, Loc};
///
/// let mut cx = Cx::default();
/// cx.report(&Loc::Root.key("Name"), Code::Rule, "must not be `default`");
/// let errors = cx.finish().unwrap_err();
/// assert_eq!(errors.0[0].path, "/Name");
/// ```
#[derive(Debug, Default)]
pub struct Cx {
    violations: Vec<Violation>,
    /// Where parsing stopped, recorded by the innermost value that saw the syntax error.
    syntax_at: Option<String>,
    /// Whether the object being read rejects unknown members: set by a `deny_unknown_fields`
    /// type for everything nested inside it, so that a shape shared by a request and a response
    /// is strict in the one and lenient in the other.
    deny_unknown: bool,
    /// The members the object read last held (bit `i` for its `i`th member), noted by every
    /// derived struct once its members are read, for a parent's rule that reads them.
    held: Option<u64>,
}

impl Cx {
    /// Records a violation at `loc`.
    pub fn report(&mut self, loc: &Loc<'_>, code: Code, message: impl Into<String>) {
        self.violations.push(Violation::new(loc.pointer(), code, message));
    }

    /// Records a violation at `loc` with its bound and value in parts, for those who word
    /// violations their own way (see [`Violation`]). `value` must not be a secret's.
    ///
    /// ```
    /// use connschema::{Bound, Code, Cx, Loc, Shown};
    ///
    /// let mut cx = Cx::default();
    /// let loc = Loc::Root.key("name");
    /// cx.report_with(&loc, Code::Rule, "must not be \"default\"", Bound::None, Shown::text("default"));
    /// let errors = cx.finish().unwrap_err();
    /// assert_eq!(errors.0[0].value, Shown::text("default"));
    /// ```
    pub fn report_with(&mut self, loc: &Loc<'_>, code: Code, message: impl Into<String>, bound: Bound, value: Shown) {
        self.violations.push(Violation { bound, value, ..Violation::new(loc.pointer(), code, message) });
    }

    /// Whether nothing has been reported.
    pub fn is_clean(&self) -> bool {
        self.violations.is_empty()
    }

    /// `Ok` when nothing was reported.
    pub fn finish(self) -> Result<(), Violations> {
        if self.violations.is_empty() {
            Ok(())
        } else {
            Err(Violations(self.violations))
        }
    }

    /// Whether unknown members are rejected here. For generated code.
    #[doc(hidden)]
    pub fn denies_unknown(&self) -> bool {
        self.deny_unknown
    }

    /// Sets whether unknown members are rejected, returning the previous setting. For generated code.
    #[doc(hidden)]
    pub fn set_denies_unknown(&mut self, deny: bool) -> bool {
        std::mem::replace(&mut self.deny_unknown, deny)
    }

    /// Notes which members the object just read holds. For generated code.
    #[doc(hidden)]
    pub fn note_held(&mut self, held: u64) {
        self.held = Some(held);
    }

    /// Takes what the last object read noted (`None`: what was read was no object). For
    /// generated code: cleared before a member is read, taken after.
    #[doc(hidden)]
    pub fn take_held(&mut self) -> Option<u64> {
        self.held.take()
    }

    /// Passes on `result`, the reading of the value at `loc`; if it failed, notes `loc` as where
    /// the syntax error is (the innermost value notes first, and the first note stands).
    pub(crate) fn noting_syntax_error_at<T, E>(&mut self, loc: &Loc<'_>, result: Result<T, E>) -> Result<T, E> {
        if result.is_err() && self.syntax_at.is_none() {
            self.syntax_at = Some(loc.pointer());
        }
        result
    }

    /// Replaces whatever was collected by the one syntax violation: a document that is not JSON
    /// has no other verdict worth giving.
    pub(crate) fn into_syntax_error(self, error: &serde_json::Error) -> Violations {
        Violations(vec![Violation::new(self.syntax_at.unwrap_or_default(), Code::Syntax, syntax_message(error))])
    }
}

/// The message of a syntax violation: serde_json's account of what is wrong, with its position.
pub(crate) fn syntax_message(error: &serde_json::Error) -> String {
    format!("not valid JSON: {error}")
}
