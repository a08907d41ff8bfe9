//! Serialization helpers that generated code calls.

/// Serializes `inner`'s members after the tag member.
pub fn serialize_tagged<S: serde::Serializer, T: serde::Serialize>(
    serializer: S,
    tag: &'static str,
    value: &'static str,
    inner: &T,
) -> Result<S::Ok, S::Error> {
    use serde::ser::{Error, SerializeMap};
    let serde_json::Value::Object(rest) = serde_json::to_value(inner).map_err(S::Error::custom)? else {
        return Err(S::Error::custom("a tagged variant must serialize as an object"));
    };
    let mut map = serializer.serialize_map(Some(rest.len() + 1))?;
    map.serialize_entry(tag, value)?;
    for (key, member) in &rest {
        map.serialize_entry(key, member)?;
    }
    map.end()
}
