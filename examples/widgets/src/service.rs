//! Acme's operation as a service (feature `service`): [`Valid`] reads and checks a
//! `CreateWidget` request and, when it refuses one, answers in Acme's own error format, a
//! [`WidgetError`] body built from its typed model, through [`AcmeErrors`], Acme's
//! [`ErrorProtocol`]. The five vendors' APIs answer in theirs the same way.

use crate::{CreateWidgetRequest, CreateWidgetResponse, ErrorCode, WidgetError, CREATE_WIDGET};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::{Json, Router};
use connschema::registry::Operation;
use connschema_axum::{Endpoint, ErrorProtocol, Failure, NoParams, Valid};
use std::borrow::Cow;

/// Acme's error protocol: `{"code", "message"}` with 400 for what the request breaks, 409 for a
/// conflict, 429 for a quota; the message names the first violations and counts them all.
#[derive(Debug, Clone, Copy)]
pub struct AcmeErrors;

/// The most violations a message names; the count covers the rest.
const NAMED: usize = 10;

impl ErrorProtocol for AcmeErrors {
    fn respond(&self, failure: &Failure, _request_id: &str) -> Response {
        let (status, code, message) = match failure {
            Failure::Invalid(violations) => {
                let named: Vec<String> =
                    violations.iter().take(NAMED).map(|v| format!("{}: {}", v.path, v.message)).collect();
                let more = violations.total() - named.len();
                let tail = if more > 0 { format!("; and {more} more") } else { String::new() };
                (StatusCode::BAD_REQUEST, ErrorCode::Invalid, format!("{}{tail}", named.join("; ")))
            }
            Failure::TooLarge { limit } => {
                (StatusCode::BAD_REQUEST, ErrorCode::Invalid, format!("the body is over {limit} bytes"))
            }
            Failure::Conflict { message } => (StatusCode::CONFLICT, ErrorCode::Conflict, message.clone()),
            Failure::QuotaExceeded { message } => (StatusCode::TOO_MANY_REQUESTS, ErrorCode::Quota, message.clone()),
            // Acme's gateway authenticates before its service runs, so no other refusal reaches here.
            _ => (StatusCode::BAD_REQUEST, ErrorCode::Invalid, "the request was refused".to_owned()),
        };
        (status, Json(WidgetError { code, message: Cow::Owned(message) })).into_response()
    }
}

impl Endpoint for CreateWidgetRequest<'static> {
    type Params = NoParams;
    const OPERATION: &'static Operation = &CREATE_WIDGET;
    const PROTOCOL: &'static dyn ErrorProtocol = &AcmeErrors;
}

/// `POST /widgets`: a widget for every valid request.
///
/// ```
/// # #[tokio::main(flavor = "current_thread")]
/// # async fn main() {
/// use tower::ServiceExt;
/// let request = axum::http::Request::post("/widgets").body(axum::body::Body::from(r#"{"name": "9", "kind": "tcp"}"#));
/// let response = acme_widgets::service::router().oneshot(request.unwrap()).await.unwrap();
/// assert_eq!(response.status(), 400);
/// # }
/// ```
pub fn router() -> Router {
    Router::new().route(CREATE_WIDGET.path, post(create))
}

async fn create(request: Valid<CreateWidgetRequest<'static>>) -> Json<CreateWidgetResponse<'static>> {
    // A request id is 32 hex digits; a widget's id takes its first 8.
    let id = request.request_id.to_string();
    let created_at = humantime::format_rfc3339_seconds(std::time::SystemTime::now()).to_string();
    Json(CreateWidgetResponse {
        id: format!("wdg-{}", &id[..8]).into(),
        name: request.name.clone(),
        kind: request.kind,
        port: request.port,
        created_at: created_at.into(),
    })
}
