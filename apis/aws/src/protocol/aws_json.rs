//! AWS awsJson1.1 (EventBridge): status 400 (413 for a body over the limit), `Content-Type:
//! application/x-amz-json-1.1`, body `{"__type": "<Name>", "message": "<text>"}`. SDKs raise the
//! exception that `__type` names and show `message`.

use super::exceptions::{AwsError, BAD_CREDENTIALS, MISSING_CREDENTIALS, MISSING_TOKEN};
use super::wording;
use axum::http::HeaderValue;
use axum::response::Response;
use connschema::serde_json::json;
use connschema_axum::protocol::{json, too_large, MAX_ERROR_BODY};
use connschema_axum::Failure;

const CONTENT_TYPE: &str = "application/x-amz-json-1.1";

/// `[conflict, quota]` name the exceptions of those failures.
pub fn respond(failure: &Failure, [conflict, quota]: [AwsError; 2], request_id: &str) -> Response {
    let (status, name, message) = match failure {
        Failure::Invalid(violations) => {
            let name =
                if Failure::is_serialization(violations) { "SerializationException" } else { "ValidationException" };
            // The rest of the body, `{"__type":"SerializationException","message":}`, is 49 bytes.
            (400, name, wording::summary(violations, MAX_ERROR_BODY - 64))
        }
        Failure::TooLarge { limit } => (413, "SerializationException", too_large(*limit)),
        Failure::Conflict { message } => (conflict.status, conflict.name, message.clone()),
        Failure::QuotaExceeded { message } => (quota.status, quota.name, message.clone()),
        Failure::MissingCredentials => (MISSING_CREDENTIALS.status, MISSING_CREDENTIALS.name, MISSING_TOKEN.to_owned()),
        Failure::BadCredentials { reason } => (BAD_CREDENTIALS.status, BAD_CREDENTIALS.name, reason.clone()),
        // A kind of failure newer than this protocol: the modelled exception nearest to any.
        other => (other.status(), "ValidationException", other.message()),
    };
    let mut response = json(status, CONTENT_TYPE, &json!({ "__type": name, "message": message }));
    if let Ok(id) = HeaderValue::from_str(request_id) {
        response.headers_mut().insert("x-amzn-requestid", id);
    }
    response
}
