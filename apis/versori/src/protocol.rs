//! Versori's error protocol for [`connschema_axum`]: its `Error`, `{"code", "message", "fields":
//! [{"field": "a.b[0].c", "message"}]}`, and `Authorization: Bearer <JWT>` (`eyJ….….…`). The codes
//! are the project's (README): `validation_failed` and `malformed_request` (400), `unauthorized`
//! (401), `conflict` (409), `payload_too_large` (413), `quota_exceeded` (429).

use crate::platform::{Error, ErrorField};
use axum::http::request::Parts;
use axum::response::Response;
use connschema::{Location, Step};
use connschema_axum::protocol::{
    cut, entries_within, join_within, json, plural, too_large, FIELDS_BUDGET, MAX_PATH, MESSAGE_BUDGET,
};
use connschema_axum::{ErrorProtocol, Failure};

/// Versori: its `Error`, `code`, `message` and `fields[{field, message}]`; a bearer JWT.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Versori;

impl ErrorProtocol for Versori {
    fn respond(&self, failure: &Failure, _request_id: &str) -> Response {
        respond(failure)
    }

    fn authenticate(&self, parts: &mut Parts) -> Result<(), Failure> {
        match connschema_axum::authorization(&parts.headers).map(bearer) {
            None => Err(Failure::MissingCredentials),
            Some(Some(token)) if is_jwt(token) => Ok(()),
            Some(_) => Err(Failure::BadCredentials {
                reason: "The Authorization header is not a bearer token of the platform's form (Bearer <JWT>)".into(),
            }),
        }
    }
}

fn respond(failure: &Failure) -> Response {
    let (status, code, message, fields) = match failure {
        Failure::Invalid(violations) => {
            let code = if Failure::is_serialization(violations) { "malformed_request" } else { "validation_failed" };
            let fields = violations
                .iter()
                .map(|v| ErrorField { field: dotted_path(&v.path).into(), message: v.message.as_str().into() });
            let fields = entries_within(fields, FIELDS_BUDGET);
            let n = violations.total();
            let head = format!("{n} validation error{}: ", plural(n));
            let parts = violations.iter().map(|v| format!("{}: {}", cut(&v.path.pointer(), MAX_PATH), v.message));
            let (mut message, kept) = join_within(head, parts, "; ", MESSAGE_BUDGET - 32);
            if kept < n {
                message.push_str(&format!("; and {} more", n - kept));
            }
            (400, code, message, Some(fields))
        }
        Failure::TooLarge { limit } => (413, "payload_too_large", too_large(*limit), None),
        Failure::Conflict { message } => (409, "conflict", message.clone(), None),
        Failure::QuotaExceeded { message } => (429, "quota_exceeded", message.clone(), None),
        Failure::MissingCredentials => {
            (401, "unauthorized", "Authentication required: send Authorization: Bearer <token>".to_owned(), None)
        }
        Failure::BadCredentials { reason } => (401, "unauthorized", reason.clone(), None),
        // A kind of failure newer than this protocol: the code of a request that breaks the rules.
        other => (other.status(), "validation_failed", other.message(), None),
    };
    // The error model the schema comes from.
    let body = Error { code: code.into(), message: message.into(), fields, details: None };
    json(status, "application/json", &body)
}

/// Versori's form of a path: `a.b[0].c`, cut at [`MAX_PATH`] code points.
fn dotted_path(location: &Location) -> String {
    let mut out = String::new();
    for step in location.steps() {
        match step {
            Step::Item(i) => out.push_str(&format!("[{i}]")),
            Step::Member(name) => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(name);
            }
        }
    }
    cut(&out, MAX_PATH).into_owned()
}

/// The token of `Authorization: Bearer <token>` (the scheme's name in any case).
fn bearer(authorization: &str) -> Option<&str> {
    let (scheme, token) = authorization.split_once(' ')?;
    scheme.eq_ignore_ascii_case("bearer").then(|| token.trim()).filter(|t| !t.is_empty())
}

/// A compact JWT: three base64url parts joined by `.`, the first a JSON object (so `eyJ`, the
/// encoding of `{"`); the signature is empty only for an unsecured token.
fn is_jwt(token: &str) -> bool {
    let mut parts = token.split('.');
    let (Some(head), Some(claims), Some(signature), None) = (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return false;
    };
    let base64url = |part: &str| part.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    head.starts_with("eyJ") && !claims.is_empty() && [head, claims, signature].into_iter().all(base64url)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dotted_paths_index_in_brackets() {
        let action = Location::root().member("credentials").member("action");
        assert_eq!(
            dotted_path(&action.item(0).member("credential").member("data").member("password")),
            "credentials.action[0].credential.data.password"
        );
        assert_eq!(dotted_path(&Location::root()), "");
        assert_eq!(dotted_path(&Location::root().member("data").member("0")), "data.0");
        let long = Location::root().member(&"n".repeat(2000));
        assert_eq!(dotted_path(&long), format!("{}...", "n".repeat(512)));
    }

    #[test]
    fn bearer_jwts() {
        assert_eq!(bearer("Bearer eyJa.b.c"), Some("eyJa.b.c"));
        assert_eq!(bearer("bearer  x "), Some("x"));
        assert_eq!(bearer("Basic x"), None);
        assert_eq!(bearer("Bearer "), None);
        assert!(is_jwt("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln"));
        assert!(is_jwt("eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIn0."));
        assert!(!is_jwt("SCHEMATHESIS-INVALID-VALUE"));
        assert!(!is_jwt("eyJa.b"));
        assert!(!is_jwt("eyJa..c"));
        assert!(!is_jwt("eyJa.b.c.d"));
        assert!(!is_jwt("eyJ a.b.c"));
    }
}
