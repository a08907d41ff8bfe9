//! A string whose value never leaves through `Debug`, `Display` or an error message.

use std::borrow::Cow;
use std::fmt;
use zeroize::Zeroize;

/// A secret string: a password, a client secret, an API key value, a token.
///
/// `Debug` and `Display` print `<redacted>`; validation messages never quote it; the JSON Schema
/// marks it `writeOnly`. A value read by [`from_slice`](crate::from_slice) borrows from the input
/// where it has no escapes, so that no copy of it is made; a copy it owns is zeroed on drop. `Serialize` writes the real value, since the
/// vendor has to receive it: read it yourself only through [`Secret::expose`].
///
/// ```
/// use connschema::Secret;
///
/// let password = Secret::from("hunter2");
/// assert_eq!(format!("{password:?} {password}"), "Secret(<redacted>) <redacted>");
/// assert_eq!(password.expose(), "hunter2");
/// ```
#[derive(Clone, Default, PartialEq, Eq)]
pub struct Secret<'a>(Cow<'a, str>);

impl Secret<'static> {
    pub fn new(value: impl Into<String>) -> Self {
        Self(Cow::Owned(value.into()))
    }
}

impl Secret<'_> {
    /// The value itself.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl From<String> for Secret<'static> {
    fn from(value: String) -> Self {
        Self(Cow::Owned(value))
    }
}

/// Borrows the value: no copy is made, so there is none to zero.
impl<'a> From<&'a str> for Secret<'a> {
    fn from(value: &'a str) -> Self {
        Self(Cow::Borrowed(value))
    }
}

impl<'a> From<Cow<'a, str>> for Secret<'a> {
    fn from(value: Cow<'a, str>) -> Self {
        Self(value)
    }
}

/// Zeroes the copy this secret owns; a borrowed value belongs to the input, which its owner clears.
impl Drop for Secret<'_> {
    fn drop(&mut self) {
        if let Cow::Owned(value) = &mut self.0 {
            value.zeroize();
        }
    }
}

impl crate::IntoOwned for Secret<'_> {
    type Owned = Secret<'static>;

    fn into_owned(mut self) -> Secret<'static> {
        Secret(Cow::Owned(std::mem::take(&mut self.0).into_owned()))
    }
}

impl fmt::Debug for Secret<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(<redacted>)")
    }
}

impl fmt::Display for Secret<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("<redacted>")
    }
}

impl serde::Serialize for Secret<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

/// Owns what it reads, so that `Secret<'static>` is `DeserializeOwned`; [`from_slice`](crate::from_slice)
/// borrows.
impl<'de> serde::Deserialize<'de> for Secret<'_> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::deserialize_owned::<Secret<'de>, D>(deserializer)
    }
}

impl schemars::JsonSchema for Secret<'_> {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Secret".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({ "type": "string", "writeOnly": true })
    }
}
