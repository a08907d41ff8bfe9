//! Versori: its `Error`, `{"code", "message", "fields": [{"field": "a.b[0].c", "message"}]}`.
//! The codes are the project's (README): `validation_failed` and `malformed_request` (400),
//! `conflict` (409), `payload_too_large` (413), `quota_exceeded` (429).

use super::{dotted_path, json, too_large, Failure};
use axum::response::Response;
use serde_json::{json, Value};

pub fn respond(failure: &Failure) -> Response {
    let (status, body) = match failure {
        Failure::Invalid(violations) => {
            let code = if Failure::is_serialization(violations) { "malformed_request" } else { "validation_failed" };
            let fields: Vec<Value> =
                violations.iter().map(|v| json!({ "field": dotted_path(&v.path), "message": v.message })).collect();
            let n = violations.len();
            let message = format!("{n} validation error{}: {violations}", if n == 1 { "" } else { "s" });
            (400, json!({ "code": code, "message": message, "fields": fields }))
        }
        Failure::TooLarge { limit } => (413, json!({ "code": "payload_too_large", "message": too_large(*limit) })),
        Failure::Conflict { message } => (409, json!({ "code": "conflict", "message": message })),
        Failure::QuotaExceeded { message } => (429, json!({ "code": "quota_exceeded", "message": message })),
    };
    json(status, "application/json", &body)
}
