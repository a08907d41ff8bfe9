//! Leaf values of the Versori API that no standard format names.

use crate::collect::Kind;
use crate::{Code, Collect, Cx, Loc, Validate};
use regex::Regex;
use serde_json::{Map, Value};
use std::fmt;
use std::sync::LazyLock;

/// DESIGN §3: a ULID is 26 Crockford base32 characters, case-insensitive, and at most `7ZZZ…`.
const ULID_PATTERN: &str = "^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$";

static ULID: LazyLock<Regex> = LazyLock::new(|| crate::__private::compile_pattern(ULID_PATTERN));

/// A ULID (`format: ulid` in the vendor's spec), checked and exported as the pattern above.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Ulid(pub String);

impl Ulid {
    /// The pattern a ULID matches, as exported.
    pub const PATTERN: &'static str = ULID_PATTERN;

    fn check(value: &str, loc: &Loc<'_>, cx: &mut Cx) -> bool {
        let ok = ULID.is_match(value);
        if !ok {
            let got = crate::check::quote(value);
            cx.report(loc, Code::Pattern, format!("must be a ULID (26 Crockford base32 characters), got {got}"));
        }
        ok
    }
}

impl Collect<'_> for Ulid {
    const EXPECTED: Kind = Kind::String;

    fn from_str(value: &str, loc: &Loc<'_>, cx: &mut Cx) -> Option<Self> {
        Self::check(value, loc, cx).then(|| Self(value.to_owned()))
    }
}

crate::owned::owned_as_is!(Ulid);

impl Validate for Ulid {
    fn validate_at(&self, loc: &Loc<'_>, cx: &mut Cx) {
        Self::check(&self.0, loc, cx);
    }
}

impl schemars::JsonSchema for Ulid {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Ulid".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({ "type": "string", "pattern": ULID_PATTERN })
    }
}

impl serde::Serialize for Ulid {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

impl<'de> serde::Deserialize<'de> for Ulid {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::deserialize(deserializer)
    }
}

/// A JSON object whose values are secret (credential data): `Debug` prints `<redacted>`, the
/// schema marks it `writeOnly`. Its shape is checked by the rule of the object that holds it.
#[derive(Clone, Default, PartialEq)]
pub struct SecretObject(pub Map<String, Value>);

impl fmt::Debug for SecretObject {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SecretObject(<redacted>)")
    }
}

impl<'de> Collect<'de> for SecretObject {
    const EXPECTED: Kind = Kind::Object;

    fn from_map<A: serde::de::MapAccess<'de>>(map: A, _: &Loc<'_>, _: &mut Cx) -> Result<Option<Self>, A::Error> {
        crate::__private::buffer_object(map).map(|m| Some(Self(m)))
    }
}

crate::owned::owned_as_is!(SecretObject);

impl Validate for SecretObject {
    fn validate_at(&self, _: &Loc<'_>, _: &mut Cx) {}
}

impl schemars::JsonSchema for SecretObject {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> std::borrow::Cow<'static, str> {
        "SecretObject".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({ "type": "object", "writeOnly": true })
    }
}

impl serde::Serialize for SecretObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(serializer)
    }
}

impl<'de> serde::Deserialize<'de> for SecretObject {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::deserialize(deserializer)
    }
}
