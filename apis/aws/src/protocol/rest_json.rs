//! AWS restJson1 (Network Manager, QuickSight): the exception's name in `X-Amzn-ErrorType`,
//! `Content-Type: application/json`, the modelled body. Network Manager's `ValidationException`
//! fills `Message`, `Reason: FieldValidationFailed` and `Fields: [{Name, Message}]`; AWS's common
//! client errors carry `message`.

use super::exceptions::{AwsError, BAD_CREDENTIALS, MISSING_CREDENTIALS, MISSING_TOKEN};
use super::wording;
use axum::http::HeaderValue;
use axum::response::Response;
use connschema::serde_json::{json, Value};
use connschema_axum::protocol::{
    cut, entries_within, json, too_large, FIELDS_BUDGET, MAX_ERROR_BODY, MAX_PATH, MESSAGE_BUDGET,
};
use connschema_axum::Failure;

/// `[conflict, quota]` name the exceptions of those failures. A quota body carries what both
/// services' exceptions model (`LimitCode` and `ServiceCode` are Network Manager's).
pub fn respond(failure: &Failure, [conflict, quota]: [AwsError; 2], field_list: bool, request_id: &str) -> Response {
    let (status, name, body) = match failure {
        Failure::Invalid(violations) if Failure::is_serialization(violations) => {
            (400, "SerializationException", json!({ "message": wording::summary(violations, MAX_ERROR_BODY - 64) }))
        }
        Failure::Invalid(violations) if field_list => {
            let fields = violations
                .iter()
                .map(|v| json!({ "Name": cut(&wording::path(&v.path), MAX_PATH), "Message": wording::clause(v) }));
            let fields: Vec<Value> = entries_within(fields, FIELDS_BUDGET);
            let message = wording::summary(violations, MESSAGE_BUDGET);
            (
                400,
                "ValidationException",
                json!({ "Message": message, "Reason": "FieldValidationFailed", "Fields": fields }),
            )
        }
        Failure::Invalid(violations) => {
            (400, "ValidationException", json!({ "message": wording::summary(violations, MAX_ERROR_BODY - 64) }))
        }
        Failure::TooLarge { limit } => (413, "SerializationException", json!({ "message": too_large(*limit) })),
        Failure::Conflict { message } => {
            (conflict.status, conflict.name, json!({ "Message": message, "RequestId": request_id }))
        }
        Failure::QuotaExceeded { message } => {
            let body = json!({ "Message": message, "RequestId": request_id, "LimitCode": "resources", "ServiceCode": "connschema" });
            (quota.status, quota.name, body)
        }
        Failure::MissingCredentials => {
            (MISSING_CREDENTIALS.status, MISSING_CREDENTIALS.name, json!({ "message": MISSING_TOKEN }))
        }
        Failure::BadCredentials { reason } => {
            (BAD_CREDENTIALS.status, BAD_CREDENTIALS.name, json!({ "message": reason }))
        }
        // A kind of failure newer than this protocol: AWS's common body, under the modelled
        // exception nearest to any.
        other => (other.status(), "ValidationException", json!({ "message": other.message() })),
    };
    let mut response = json(status, "application/json", &body);
    let headers = response.headers_mut();
    headers.insert("x-amzn-errortype", HeaderValue::from_static(name));
    if let Ok(id) = HeaderValue::from_str(request_id) {
        headers.insert("x-amzn-requestid", id);
    }
    response
}
