//! Error protocols: how a rejected request is answered ([`ErrorProtocol`]), and what every
//! protocol builds its bodies from: a JSON answer, and lists of violations bounded in bytes, so
//! that no answer grows with what a client sends (docs/contracts.md §5). The vendors' protocols
//! live in their API crates; each body a protocol writes is valid against its operation's own
//! `error.*` schema.

use axum::http::request::Parts;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use connschema::{Code, Violations};

/// Why a request is refused.
#[derive(Debug)]
#[non_exhaustive]
pub enum Failure {
    /// The body or the parameters break the operation's rules: every violation, parameters first.
    Invalid(Violations),
    /// The body is larger than the limit (in bytes); it was not read whole.
    TooLarge { limit: usize },
    /// What the service keeps forbids it (a name already taken); `message` says what, for a person.
    Conflict { message: String },
    /// The service keeps as many resources as it may.
    QuotaExceeded { message: String },
    /// The request carries none of the credentials the operation accepts.
    MissingCredentials,
    /// The request's credential is not of its scheme's form; `reason` says what is wrong, and
    /// never holds the credential.
    BadCredentials { reason: String },
}

impl Failure {
    /// Whether the document could not be read as the operation's types (not JSON, or a member of
    /// the wrong JSON type): AWS answers that as a `SerializationException`, not a
    /// `ValidationException`.
    pub fn is_serialization(violations: &Violations) -> bool {
        violations.has_code(Code::Syntax) || violations.has_code(Code::Type)
    }

    /// The HTTP status of this failure where a protocol has none of its own for it: what a
    /// protocol answers a kind of failure newer than itself with (the enum may grow).
    pub fn status(&self) -> u16 {
        match self {
            Failure::Invalid(_) => 400,
            Failure::TooLarge { .. } => 413,
            Failure::Conflict { .. } => 409,
            Failure::QuotaExceeded { .. } => 429,
            Failure::MissingCredentials | Failure::BadCredentials { .. } => 401,
        }
    }

    /// What is wrong, for a person, where a protocol has no words of its own for it; never a
    /// secret (a violation's message quotes none).
    pub fn message(&self) -> String {
        match self {
            Failure::Invalid(violations) => {
                let n = violations.total();
                let first = violations.iter().next().map(|v| format!(": {}: {}", v.path, v.message));
                format!("{n} violation{}{}", plural(n), first.unwrap_or_default())
            }
            Failure::TooLarge { limit } => too_large(*limit),
            Failure::Conflict { message } | Failure::QuotaExceeded { message } => message.clone(),
            Failure::MissingCredentials => "The request carries no credentials".to_owned(),
            Failure::BadCredentials { reason } => reason.clone(),
        }
    }
}

/// How an operation answers a request it refuses, and which credentials it takes: one
/// implementation per wire protocol, in the crate of the API that speaks it (AWS's awsJson1.1 and
/// restJson1, Huawei's, Versori's); an API of one's own implements it for its own error format and
/// names it in its [`Endpoint`](crate::Endpoint).
///
/// ```
/// use axum::response::{IntoResponse, Response};
/// use connschema_axum::{ErrorProtocol, Failure};
///
/// /// Every refusal as `422 {"errors": [...]}`.
/// struct Problems;
///
/// impl ErrorProtocol for Problems {
///     fn respond(&self, failure: &Failure, _request_id: &str) -> Response {
///         let errors: Vec<String> = match failure {
///             Failure::Invalid(violations) => violations.iter().map(|v| format!("{}: {}", v.path, v.message)).collect(),
///             other => vec![other.message()],
///         };
///         (axum::http::StatusCode::UNPROCESSABLE_ENTITY, axum::Json(serde_json::json!({ "errors": errors }))).into_response()
///     }
/// }
/// ```
pub trait ErrorProtocol: Send + Sync + 'static {
    /// The answer to `failure`; `request_id` names the request in the body or headers where the
    /// protocol carries one.
    fn respond(&self, failure: &Failure, request_id: &str) -> Response;

    /// Whether the request's head carries a credential of the form the vendor requires, checked
    /// by [`Authenticated`](crate::Authenticated) before the body is read; a refusal is
    /// [`Failure::MissingCredentials`] or [`Failure::BadCredentials`]. What it reads of the
    /// credential that a handler needs too (AWS's signing region) it may leave in
    /// `parts.extensions`, so that no one reads the credential twice. By default every request is
    /// accepted.
    fn authenticate(&self, parts: &mut Parts) -> Result<(), Failure> {
        let _ = parts;
        Ok(())
    }
}

/// A JSON answer with `status` and `content_type`.
pub fn json<T: serde::Serialize + ?Sized>(status: u16, content_type: &'static str, body: &T) -> Response {
    let status = StatusCode::from_u16(status).unwrap_or(StatusCode::BAD_REQUEST);
    // A body of an error model (strings, lists, objects with string keys) always serializes.
    let text = serde_json::to_string(body).unwrap_or_else(|_| "{}".to_owned());
    let mut response = (status, text).into_response();
    response.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    response
}

/// The most bytes an error body takes, whatever the request it answers (docs/contracts.md §5).
pub const MAX_ERROR_BODY: usize = 64 * 1024;

/// Of an error body that lists violations twice, as a message and as fields (Network Manager's
/// `Fields`, Versori's `fields`), what the message may take; the fields take the rest, less what
/// the other members take.
pub const MESSAGE_BUDGET: usize = 16 * 1024;
pub const FIELDS_BUDGET: usize = MAX_ERROR_BODY - MESSAGE_BUDGET - 256;

/// The most code points of a path an answer shows: a member's name is the client's to choose,
/// and a name of a megabyte must not fill the answer.
pub const MAX_PATH: usize = 512;

/// The size of `text` as a JSON string, quotes included (an escape of a control character
/// counted at its longest, six bytes).
pub fn json_len(text: &str) -> usize {
    2 + text
        .bytes()
        .map(|b| match b {
            b'"' | b'\\' => 2,
            0..0x20 => 6,
            _ => 1,
        })
        .sum::<usize>()
}

/// `head`, then as many of `parts` as fit in `budget` bytes of JSON text, joined by `sep`; and how
/// many of them it holds.
pub fn join_within(head: String, parts: impl Iterator<Item = String>, sep: &str, budget: usize) -> (String, usize) {
    let mut out = head;
    let mut size = json_len(&out);
    let mut held = 0;
    for part in parts {
        let more = json_len(&part) - 2 + if held == 0 { 0 } else { sep.len() };
        if size + more > budget {
            break;
        }
        if held > 0 {
            out.push_str(sep);
        }
        out.push_str(&part);
        size += more;
        held += 1;
    }
    (out, held)
}

/// As many of `entries` as fit in `budget` bytes as the items of a JSON array.
pub fn entries_within<T: serde::Serialize>(entries: impl Iterator<Item = T>, budget: usize) -> Vec<T> {
    let mut size = 2;
    entries
        .map_while(|entry| {
            size += serde_json::to_vec(&entry).map_or(budget, |text| text.len()) + 1;
            (size <= budget).then_some(entry)
        })
        .collect()
}

/// At most `max` code points of `text`, with `...` where it was cut.
pub fn cut(text: &str, max: usize) -> std::borrow::Cow<'_, str> {
    match text.char_indices().nth(max) {
        Some((end, _)) => format!("{}...", &text[..end]).into(),
        None => text.into(),
    }
}

/// `N violation(s)` in words, for a message.
pub fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// The message of a body over the limit.
pub fn too_large(limit: usize) -> String {
    format!("The request body is larger than the limit of {limit} bytes")
}

#[cfg(test)]
mod tests {
    #[test]
    fn json_sizes_count_escapes() {
        assert_eq!(super::json_len("ab"), 4);
        assert_eq!(super::json_len("a\"\\"), 7);
        assert_eq!(super::json_len("\u{1}"), 8);
        assert!(super::json_len("\n") >= serde_json::to_string("\n").unwrap().len());
    }

    #[test]
    fn joins_stop_at_the_budget() {
        let parts = (0..10).map(|i| format!("part{i}"));
        let (text, held) = super::join_within("head: ".into(), parts, "; ", 30);
        assert_eq!((text.as_str(), held), ("head: part0; part1; part2", 3));
    }
}
