//! Huawei Cloud's error protocol for [`connschema_axum`]: `{"error_code": "EG.<8 digits>",
//! "error_msg", "error_details", "request_id"}` and an `X-Request-Id` header; an IAM token
//! (`X-Auth-Token: MII…`, a PKI token in base64) or an AK/SK signature. The vendor's page lists no
//! codes; these are the project's (README):
//!
//! | code | status | when |
//! |---|---|---|
//! | `EG.00014000` | 400 | the body or parameters break the API's rules |
//! | `EG.00014001` | 400 | the body is not JSON, or a member has the wrong JSON type |
//! | `EG.00014010` | 401 | neither a non-empty `X-Auth-Token` nor a well-formed AK/SK `Authorization` with its `X-Sdk-Date`; or a token not of IAM's form |
//! | `EG.00014090` | 400 | a connection of that name exists in the project |
//! | `EG.00014030` | 403 | the service keeps as many resources as it may |
//! | `EG.00014130` | 413 | the body is over the limit |
//!
//! The schema bounds `error_msg` to 512 and `error_details` to 1024 code points: longer lists are
//! cut there, with the count of what was left out.

use crate::eg::ErrorResponseBody;
use axum::http::request::Parts;
use axum::http::HeaderValue;
use axum::response::Response;
use connschema::{Bound, Code, Step, Violation, Violations};
use connschema_axum::protocol::{cut, json, plural, too_large, MAX_PATH};
use connschema_axum::{ErrorProtocol, Failure};

/// Huawei Cloud: `error_code`, `error_msg`, `error_details`, `request_id`, `X-Request-Id`; an
/// IAM token or an AK/SK signature.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Huawei;

impl ErrorProtocol for Huawei {
    fn respond(&self, failure: &Failure, request_id: &str) -> Response {
        respond(failure, request_id)
    }

    /// With an `Authorization` header the AK/SK signature is what counts, and the params rules
    /// check it (the `Authorization` and `X-Sdk-Date` members); without one, the token must be of
    /// IAM's form (its absence is a params rule too).
    fn authenticate(&self, parts: &mut Parts) -> Result<(), Failure> {
        match (connschema_axum::authorization(&parts.headers), parts.headers.get("x-auth-token")) {
            (None, Some(token)) if !token.is_empty() && !is_iam_token(token.as_bytes()) => {
                Err(Failure::BadCredentials { reason: "Incorrect token or token resolution failed".into() })
            }
            _ => Ok(()),
        }
    }
}

/// An IAM token: a PKI token, the base64 of a CMS message, which is a DER sequence with a long
/// length, so it starts `MII`; the alphabet either base64's or base64url's.
pub fn is_iam_token(token: &[u8]) -> bool {
    token.starts_with(b"MII")
        && token.iter().all(|&b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'=' | b'-' | b'_'))
}

/// The headers that authenticate a request, as the params message names them: a token, or an AK/SK
/// signature and its date.
const TOKEN: &str = "X-Auth-Token";
const SIGNATURE: [&str; 2] = ["Authorization", "X-Sdk-Date"];

const NO_TOKEN: &str = "Authentication required: send a non-empty X-Auth-Token, or sign the request with AK/SK \
     (Authorization: SDK-HMAC-SHA256 Access=..., SignedHeaders=..., Signature=... and X-Sdk-Date)";

fn respond(failure: &Failure, request_id: &str) -> Response {
    let (status, code, msg, details) = match failure {
        Failure::Invalid(violations) if violations.iter().any(no_token) => {
            (401, "EG.00014010", NO_TOKEN.to_owned(), None)
        }
        Failure::MissingCredentials => (401, "EG.00014010", NO_TOKEN.to_owned(), None),
        Failure::BadCredentials { reason } => (401, "EG.00014010", reason.clone(), None),
        Failure::Invalid(violations) => {
            let code = if Failure::is_serialization(violations) { "EG.00014001" } else { "EG.00014000" };
            let n = violations.total();
            let msg = format!("{n} invalid parameter{}: {}", plural(n), list(violations, 512));
            (400, code, msg, Some(list(violations, 1024)))
        }
        Failure::TooLarge { limit } => (413, "EG.00014130", too_large(*limit), None),
        Failure::Conflict { message } => (400, "EG.00014090", message.clone(), None),
        Failure::QuotaExceeded { message } => (403, "EG.00014030", message.clone(), None),
        // A kind of failure newer than this protocol: the code of a request that breaks the rules.
        other => (other.status(), "EG.00014000", other.message(), None),
    };
    let msg = shorten(&msg, 512);
    let details = details.unwrap_or_else(|| msg.clone());
    let body = ErrorResponseBody {
        error_code: Some(code.into()),
        error_msg: Some(msg.into()),
        error_details: Some(details.into()),
        request_id: Some(request_id.into()),
    };
    let mut response = json(status, "application/json", &body);
    if let Ok(id) = HeaderValue::from_str(request_id) {
        response.headers_mut().insert("x-request-id", id);
    }
    response
}

/// Whether `v` says the request is not authenticated: no credential, an empty token, or a
/// malformed signature. (A token over its length is a 400, as any other bound.)
fn no_token(v: &Violation) -> bool {
    let missing_or_empty = matches!(v.code, Code::Required | Code::Rule) || matches!(v.bound, Bound::Min(_));
    match header(v) {
        Some(name) => (name == TOKEN && missing_or_empty) || SIGNATURE.contains(&name),
        None => false,
    }
}

/// The parameter `v` is about, when it is one: a member of the `params` message itself.
fn header(v: &Violation) -> Option<&str> {
    let mut steps = v.path.steps();
    match (steps.next(), steps.next()) {
        (Some(Step::Member(name)), None) => Some(name),
        _ => None,
    }
}

/// `<path>: <message>` for each violation kept, joined by `; `, within `max` code points, and the
/// count of those left out (by the limit on what is kept, or for room).
fn list(violations: &Violations, max: usize) -> String {
    let mut out = String::new();
    let mut shown = 0;
    for v in violations.iter() {
        let item = format!("{}{}: {}", if shown == 0 { "" } else { "; " }, cut(&v.path.pointer(), MAX_PATH), v.message);
        let tail = format!(" (and {} more)", violations.total() - shown);
        if out.chars().count() + item.chars().count() + tail.chars().count() > max {
            break;
        }
        out.push_str(&item);
        shown += 1;
    }
    if shown < violations.total() {
        out.push_str(&format!(" (and {} more)", violations.total() - shown));
    }
    shorten(&out, max)
}

/// At most `max` code points.
fn shorten(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((end, _)) => text[..end].to_owned(),
        None => text.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn iam_tokens_are_base64_pki_tokens() {
        assert!(super::is_iam_token(b"MIIDexample+/="));
        assert!(!super::is_iam_token(b"SCHEMATHESIS-INVALID-VALUE"));
        assert!(!super::is_iam_token(b"MII token"));
    }
}
