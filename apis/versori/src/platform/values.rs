//! Leaf values of the Versori API that no standard format names.

use connschema::serde_json::{Map, Value};
use connschema::Model;

/// A ULID (`format: ulid` in the vendor's spec): 26 Crockford base32 characters, checked and
/// exported as [`Ulid::PATTERN`] (see [`Format::Ulid`](connschema::Format::Ulid)).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Model)]
#[model(transparent, format = "ulid")]
pub struct Ulid(pub String);

impl Ulid {
    /// The pattern a ULID matches, as exported.
    pub const PATTERN: &'static str = connschema::format::ULID_PATTERN;
}

/// A JSON object whose values are secret (credential data): `Debug` prints `<redacted>`, the
/// schema marks it `writeOnly`. Its shape is checked by the rule of the object that holds it.
#[derive(Clone, Default, PartialEq, Model)]
#[model(transparent, secret)]
pub struct SecretObject(pub Map<String, Value>);
