//! The error model of DESIGN §5: every violation, each with a JSON Pointer, a stable code and a
//! message for a person.

use serde::Serialize;
use std::fmt;

/// What kind of rule a value broke. The string forms (`as_str`) are a stable contract.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Code {
    /// The input is not JSON (or not interoperable JSON, such as a member given twice).
    Syntax,
    /// A value of the wrong JSON type, `null` included.
    Type,
    /// A required member is missing.
    Required,
    /// A member that the object does not have, where unknown members are rejected.
    UnknownField,
    /// A string shorter or longer than its bounds, in code points.
    Length,
    /// A string that does not match its pattern as a whole.
    Pattern,
    /// A string that is not of its format (`date-time`, `uri`).
    Format,
    /// A value outside its enumeration.
    Enum,
    /// A number outside its range.
    Range,
    /// A list with too few or too many items.
    Items,
    /// A cross-field or prose rule of the vendor's documentation.
    Rule,
}

impl Code {
    /// The code as it appears in JSON output: `syntax`, `type`, `required`, `unknown_field`, …
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Syntax => "syntax",
            Self::Type => "type",
            Self::Required => "required",
            Self::UnknownField => "unknown_field",
            Self::Length => "length",
            Self::Pattern => "pattern",
            Self::Format => "format",
            Self::Enum => "enum",
            Self::Range => "range",
            Self::Items => "items",
            Self::Rule => "rule",
        }
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One broken rule.
///
/// `path` is a JSON Pointer (RFC 6901) with wire names; for a missing or forbidden member it points
/// at that member. `message` never contains the value of a secret.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Violation {
    pub path: String,
    pub code: Code,
    pub message: String,
}

impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// Every violation found in one document, in document order.
///
/// ```
/// use connschema::aws::events::CreateConnectionRequest;
///
/// let errors = connschema::from_slice::<CreateConnectionRequest>(br#"{"Name": "my conn"}"#).unwrap_err();
/// let paths: Vec<_> = errors.iter().map(|v| v.path.as_str()).collect();
/// assert_eq!(paths, ["/Name", "/AuthorizationType", "/AuthParameters"]);
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, thiserror::Error)]
#[error("{}", render(.0))]
pub struct Violations(pub Vec<Violation>);

fn render(all: &[Violation]) -> String {
    all.iter().map(ToString::to_string).collect::<Vec<_>>().join("; ")
}

impl Violations {
    pub fn iter(&self) -> std::slice::Iter<'_, Violation> {
        self.0.iter()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl IntoIterator for Violations {
    type Item = Violation;
    type IntoIter = std::vec::IntoIter<Violation>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl<'a> IntoIterator for &'a Violations {
    type Item = &'a Violation;
    type IntoIter = std::slice::Iter<'a, Violation>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}
