//! The entry points: bytes or text, or any serde deserializer, to a checked typed value.

use super::Collect;
use super::Seed;
use crate::{Code, Collector, IntoOwned, Limits, Loc, Location, Violation, Violations};
use serde::de::{self, DeserializeSeed};

/// Parses `bytes` as JSON into `T`, reporting every violation: syntax, types, missing and unknown
/// members, constraints and rules.
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
/// let request = connschema::from_slice::<CreateConnection>(br#"{"Name": "orders-api", "AuthorizationType": "API_KEY"}"#).unwrap();
/// assert_eq!(request.name, "orders-api");
/// assert_eq!(request.authorization_type, AuthorizationType::ApiKey);
/// ```
pub fn from_slice<'de, T: Collect<'de>>(bytes: &'de [u8]) -> Result<T, Violations> {
    from_slice_with(bytes, &Limits::ALL)
}

/// [`from_slice`], keeping what `limits` allow: the verdict and the count of violations are the
/// same, the details stop at the bound (see [`Limits`]).
pub fn from_slice_with<'de, T: Collect<'de>>(bytes: &'de [u8], limits: &Limits) -> Result<T, Violations> {
    if let Some(problem) = not_a_document(bytes) {
        return Err(Violations::new(vec![Violation::new(Location::root(), Code::Syntax, problem)]));
    }
    // One check of the whole input lets serde_json skip the check of each string (`StrRead`); input
    // that is not UTF-8 takes the byte reader, which finds the string at fault for the error's path.
    match std::str::from_utf8(bytes) {
        Ok(text) => parse(serde_json::Deserializer::from_str(text), limits),
        Err(_) => parse(serde_json::Deserializer::from_slice(bytes), limits),
    }
}

fn parse<'de, T: Collect<'de>, R: serde_json::de::Read<'de>>(
    mut de: serde_json::Deserializer<R>,
    limits: &Limits,
) -> Result<T, Violations> {
    let mut cx = Collector::new(limits);
    let mut value = None;
    if let Err(error) = Seed::<T>::new(&mut value, &Loc::Root, &mut cx).deserialize(&mut de).and_then(|()| de.end()) {
        return Err(cx.into_syntax_error(&error));
    }
    match value {
        Some(value) if cx.is_clean() => Ok(value),
        _ => Err(cx.finish().err().unwrap_or_default()),
    }
}

/// The two ways a body fails before its first value whose serde_json message would puzzle a person.
fn not_a_document(bytes: &[u8]) -> Option<&'static str> {
    if bytes.starts_with("\u{feff}".as_bytes()) {
        // RFC 8259 §8.1: JSON text must not begin with a byte order mark; serde_json would say
        // "expected value at line 1 column 1".
        Some("not valid JSON: the document starts with a byte order mark (U+FEFF)")
    } else if bytes.iter().all(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r')) {
        Some("not valid JSON: the document is empty")
    } else {
        None
    }
}

/// [`from_slice`] for text.
pub fn from_str<'de, T: Collect<'de>>(text: &'de str) -> Result<T, Violations> {
    from_slice(text.as_bytes())
}

/// [`from_slice_with`] for text.
pub fn from_str_with<'de, T: Collect<'de>>(text: &'de str, limits: &Limits) -> Result<T, Violations> {
    from_slice_with(text.as_bytes(), limits)
}

/// Reads an object whose members are all strings, given as `(name, value)` pairs (an operation's
/// path, query and header parameters), into `T` through the same reader as [`from_slice_with`],
/// with the same violations, and without writing them out as JSON text first.
///
/// ```
/// use connschema::Model;
/// use std::borrow::Cow;
///
/// /// A path parameter and a header.
/// #[derive(Debug, Model)]
/// struct Params<'a> {
///     #[model(length(min = 1, max = 64))]
///     project_id: Cow<'a, str>,
///     #[model(rename = "X-Auth-Token")]
///     token: Option<Cow<'a, str>>,
/// }
///
/// let params = connschema::from_strings_with::<Params>(
///     [("project_id", "0f1e2d3c"), ("X-Auth-Token", "MIIEhQYJKoZIhvcNAQcC")],
///     &connschema::Limits::ALL,
/// );
/// assert_eq!(params.unwrap().project_id, "0f1e2d3c");
/// let missing = connschema::from_strings_with::<Params>([], &connschema::Limits::ALL).unwrap_err();
/// assert_eq!(missing[0].path, "/project_id");
/// ```
pub fn from_strings_with<'de, T: Collect<'de>>(
    members: impl IntoIterator<Item = (&'de str, &'de str)>,
    limits: &Limits,
) -> Result<T, Violations> {
    use serde::de::value::{BorrowedStrDeserializer, MapDeserializer};
    let members = members.into_iter().map(|(k, v)| (BorrowedStrDeserializer::new(k), BorrowedStrDeserializer::new(v)));
    let mut cx = Collector::new(limits);
    let mut value = None;
    let mut map = MapDeserializer::<_, de::value::Error>::new(members);
    // Strings cannot fail to read; an error would be a reader's own, reported where it stopped.
    if let Err(error) = T::from_map(&mut map, &Loc::Root, &mut cx).map(|read| value = read) {
        return Err(Violations::new(vec![Violation::new(Location::root(), Code::Syntax, error.to_string())]));
    }
    match value {
        Some(value) if cx.is_clean() => Ok(value),
        _ => Err(cx.finish().err().unwrap_or_default()),
    }
}

/// The `serde::Deserialize` of every model: collects, then fails with all violations at once.
pub fn deserialize<'de, T: Collect<'de>, D: de::Deserializer<'de>>(deserializer: D) -> Result<T, D::Error> {
    let mut cx = Collector::default();
    let mut value = None;
    Seed::<T>::new(&mut value, &Loc::Root, &mut cx).deserialize(deserializer)?;
    match value {
        Some(value) if cx.is_clean() => Ok(value),
        _ => Err(de::Error::custom(cx.finish().err().unwrap_or_default())),
    }
}

/// The `serde::Deserialize` of a type that may borrow (`T<'de>`): reads it as [`deserialize`]
/// does, borrowing from the input, then makes it owned, so that `T<'static>` is
/// `DeserializeOwned`. [`from_slice`] is the reader that keeps the borrow.
pub fn deserialize_owned<'de, T: Collect<'de> + IntoOwned, D: de::Deserializer<'de>>(
    deserializer: D,
) -> Result<T::Owned, D::Error> {
    deserialize::<T, D>(deserializer).map(T::into_owned)
}
