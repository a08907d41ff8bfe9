//! What kind of rule a value broke: the stable codes of docs/contracts.md §5.

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
