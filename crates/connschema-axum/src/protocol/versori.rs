//! Versori: its `Error`, `{"code", "message", "fields": [{"field": "a.b[0].c", "message"}]}`.
//! The codes are the project's (README): `validation_failed` and `malformed_request` (400),
//! `unauthorized` (401), `conflict` (409), `payload_too_large` (413), `quota_exceeded` (429).

use super::{
    cut, dotted_path, entries_within, join_within, json, plural, too_large, Failure, FIELDS_BUDGET, MAX_PATH,
    MESSAGE_BUDGET,
};
use axum::response::Response;
use serde_json::{json, Value};

pub fn respond(failure: &Failure) -> Response {
    let (status, body) = match failure {
        Failure::Invalid(violations) => {
            let code = if Failure::is_serialization(violations) { "malformed_request" } else { "validation_failed" };
            let fields = violations.iter().map(|v| json!({ "field": dotted_path(&v.path), "message": v.message }));
            let fields: Vec<Value> = entries_within(fields, FIELDS_BUDGET);
            let n = violations.total();
            let head = format!("{n} validation error{}: ", plural(n));
            let parts = violations.iter().map(|v| format!("{}: {}", cut(&v.path, MAX_PATH), v.message));
            let (mut message, held) = join_within(head, parts, "; ", MESSAGE_BUDGET - 32);
            if held < n {
                message.push_str(&format!("; and {} more", n - held));
            }
            (400, json!({ "code": code, "message": message, "fields": fields }))
        }
        Failure::TooLarge { limit } => (413, json!({ "code": "payload_too_large", "message": too_large(*limit) })),
        Failure::Conflict { message } => (409, json!({ "code": "conflict", "message": message })),
        Failure::QuotaExceeded { message } => (429, json!({ "code": "quota_exceeded", "message": message })),
        Failure::MissingCredentials => (
            401,
            json!({ "code": "unauthorized", "message": "Authentication required: send Authorization: Bearer <token>" }),
        ),
        Failure::BadCredentials { reason } => (401, json!({ "code": "unauthorized", "message": reason })),
    };
    json(status, "application/json", &body)
}
