//! The error model of docs/contracts.md §5: every violation, each with a JSON Pointer, a stable code and a
//! message for a person.

use crate::{Code, Kind, Location};
use serde::Serialize;
use std::fmt;

/// One broken rule.
///
/// `path` holds the steps to the value by wire names, and shows as a JSON Pointer (RFC 6901); for a
/// missing or forbidden member it leads to that member. `message` never contains the value of a secret. `bound` and `value` say the same
/// in parts, for those who word a violation their own way (a vendor's own validation error); they are
/// not part of the JSON form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Violation {
    pub path: Location,
    pub code: Code,
    pub message: String,
    #[serde(skip)]
    pub bound: Bound,
    #[serde(skip)]
    pub value: Shown,
}

impl Violation {
    /// A violation described by its message alone.
    pub fn new(path: Location, code: Code, message: impl Into<String>) -> Self {
        Self { path, code, message: message.into(), bound: Bound::None, value: Shown::Hidden }
    }
}

/// The bound a value broke, in parts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum Bound {
    /// Said by the message alone (rules, unknown members, syntax).
    #[default]
    None,
    /// At least this many code points (`length`) or items (`items`).
    Min(usize),
    /// At most this many code points (`length`) or items (`items`).
    Max(usize),
    /// The vendor's own pattern text, as its documentation writes it.
    Pattern(&'static str),
    /// The values of an enumeration.
    Values(&'static [&'static str]),
    /// A value of the wrong JSON type.
    Type { expected: Kind, found: Kind },
    /// A string that is not of its format.
    Format(crate::Format),
    /// At least this number (`range(min)`), as the attribute writes it.
    Minimum(&'static str),
    /// At most this number (`range(max)`).
    Maximum(&'static str),
    /// Greater than this number (`range(exclusive_min)`).
    ExclusiveMinimum(&'static str),
    /// Less than this number (`range(exclusive_max)`).
    ExclusiveMaximum(&'static str),
    /// No item twice (`items(unique)`).
    Unique,
}

/// The offending value, as far as a message may show it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum Shown {
    /// Not shown: a secret, or a value that is not a string.
    #[default]
    Hidden,
    /// There is no value: the member is missing.
    Missing,
    /// A string that is not secret: its first [`Shown::MAX`] code points, and whether there were more.
    Text { text: Box<str>, shortened: bool },
    /// A number, as written back from its Rust value (numbers are never secret).
    Number(String),
}

impl Shown {
    /// The most code points of a value that a violation keeps.
    pub const MAX: usize = 256;

    /// A non-secret string value, kept to its first [`Shown::MAX`] code points.
    pub fn text(value: &str) -> Self {
        match value.char_indices().nth(Self::MAX) {
            Some((end, _)) => Self::Text { text: value[..end].into(), shortened: true },
            None => Self::Text { text: value.into(), shortened: false },
        }
    }
}

impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// The violations found in one document, in document order: every one, or the first ones when a
/// [`Limits`](crate::Limits) bounds what is kept, with the count of all of them.
///
/// Derefs to the kept violations.
///
/// ```
/// use connschema::Model;
/// use std::borrow::Cow;
///
/// /// Creates a connection.
/// #[derive(Debug, Model)]
/// #[model(rename_all = "PascalCase", deny_unknown_fields)]
/// struct CreateConnection<'a> {
///     #[model(length(min = 1, max = 64), pattern = "[.\\-_A-Za-z0-9]+")]
///     name: Cow<'a, str>,
///     #[model(length(max = 512))]
///     description: Option<Cow<'a, str>>,
///     authorization_type: AuthorizationType,
/// }
///
/// #[derive(Debug, Clone, Copy, PartialEq, Eq, Model)]
/// #[model(rename_all = "SCREAMING_SNAKE_CASE")]
/// enum AuthorizationType {
///     Basic,
///     ApiKey,
/// }
///
/// let errors = connschema::from_slice::<CreateConnection>(br#"{"Name": "my conn", "Region": "x"}"#).unwrap_err();
/// let paths: Vec<_> = errors.iter().map(|v| v.path.to_string()).collect();
/// assert_eq!(paths, ["/Name", "/Region", "/AuthorizationType"]);
/// assert_eq!(errors.total(), 3);
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, thiserror::Error)]
#[error("{}", render(self))]
pub struct Violations {
    kept: Vec<Violation>,
    total: usize,
    codes: CodeSet,
}

fn render(all: &Violations) -> String {
    let mut out = all.kept.iter().map(ToString::to_string).collect::<Vec<_>>().join("; ");
    if all.omitted() > 0 {
        out.push_str(&format!("; and {} more", all.omitted()));
    }
    out
}

impl Violations {
    /// Violations that are all kept: the total is their count.
    pub fn new(kept: Vec<Violation>) -> Self {
        let codes = kept.iter().fold(CodeSet::default(), |set, v| set.with(v.code));
        Self { total: kept.len(), kept, codes }
    }

    /// The first `kept` of `total` violations found; `codes` holds the code of every one found.
    pub(crate) fn bounded(kept: Vec<Violation>, total: usize, codes: CodeSet) -> Self {
        Self { kept, total, codes }
    }

    /// The violations kept, in document order.
    pub fn iter(&self) -> std::slice::Iter<'_, Violation> {
        self.kept.iter()
    }

    /// How many violations are kept.
    pub fn len(&self) -> usize {
        self.kept.len()
    }

    pub fn is_empty(&self) -> bool {
        self.total == 0
    }

    /// How many violations were found, kept or not.
    pub fn total(&self) -> usize {
        self.total
    }

    /// How many were found beyond those kept.
    pub fn omitted(&self) -> usize {
        self.total - self.kept.len()
    }

    /// Whether any violation found, kept or not, has `code`: a verdict that depends on the kind
    /// of violation (a protocol's serialization error) does not depend on the limit.
    pub fn has_code(&self, code: Code) -> bool {
        self.codes.has(code)
    }

    /// The violations kept.
    pub fn into_vec(self) -> Vec<Violation> {
        self.kept
    }

    /// Adds `other`'s after these (a request's parameters, then its body), keeping at most
    /// `limit` in all; the total counts every one.
    pub fn append(&mut self, other: Violations, limit: &crate::Limits) {
        let room = limit.max_violations().saturating_sub(self.kept.len());
        self.kept.extend(other.kept.into_iter().take(room));
        self.total += other.total;
        self.codes = CodeSet(self.codes.0 | other.codes.0);
    }
}

impl std::ops::Deref for Violations {
    type Target = [Violation];

    fn deref(&self) -> &[Violation] {
        &self.kept
    }
}

impl From<Vec<Violation>> for Violations {
    fn from(kept: Vec<Violation>) -> Self {
        Self::new(kept)
    }
}

impl Serialize for Violations {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.kept.serialize(serializer)
    }
}

/// The codes seen, as bits: kept beside a bounded list, so that what depends on the kinds of
/// violation found does not depend on which were kept.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct CodeSet(u16);

impl CodeSet {
    pub(crate) fn with(self, code: Code) -> Self {
        Self(self.0 | 1 << code as u16)
    }

    fn has(self, code: Code) -> bool {
        self.0 & 1 << code as u16 != 0
    }
}

impl IntoIterator for Violations {
    type Item = Violation;
    type IntoIter = std::vec::IntoIter<Violation>;

    fn into_iter(self) -> Self::IntoIter {
        self.kept.into_iter()
    }
}

impl<'a> IntoIterator for &'a Violations {
    type Item = &'a Violation;
    type IntoIter = std::slice::Iter<'a, Violation>;

    fn into_iter(self) -> Self::IntoIter {
        self.kept.iter()
    }
}
