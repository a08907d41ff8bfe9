//! The local service behind `connschema serve`, through its real router. What its tests share: requests built from the example documents, sent through the real
//! router, and every answer checked against the operation's own schemas, by connschema and by the
//! `jsonschema` crate.

use axum::body::Body;
use axum::http::{HeaderMap, Request, StatusCode};
use axum::Router;
use connschema::registry::Operation;
use connschema_axum::local::Store;
use serde_json::{Map, Value};
use std::sync::Arc;
use tower::ServiceExt;

mod answers;
mod bounded_answers;
mod credentials;
mod versori;

pub const EVENTS: &str = "aws.events.CreateConnection";
pub const NETWORKMANAGER: &str = "aws.networkmanager.CreateConnection";
pub const QUICKSIGHT: &str = "aws.quicksight.CreateActionConnector";
pub const HUAWEI: &str = "huaweicloud.eg.CreateConnection";
pub const VERSORI: &str = "versori.platform.CreateConnectorConnection";

pub fn operation(id: &str) -> &'static Operation {
    connschema_cli::apis::catalog().operation(id).unwrap_or_else(|| panic!("no operation {id}"))
}

pub use connschema_testing::examples;

/// The operation's example parameters (the first), or none.
pub fn params(op: &str) -> Map<String, Value> {
    match examples(op, "params").into_iter().next() {
        Some((_, Value::Object(map))) => map,
        _ => Map::new(),
    }
}

/// The HTTP request of `op` with these parameters (path members into the template, the rest as
/// headers) and body.
pub fn request(op: &str, params: &Map<String, Value>, body: impl Into<Body>) -> Request<Body> {
    let operation = operation(op);
    let head = connschema_testing::head(operation, params);
    let mut builder = Request::builder().method(operation.method).uri(head.path);
    for (name, value) in &head.headers {
        builder = builder.header(name, value);
    }
    builder.body(body.into()).expect("a well-formed request")
}

/// An answer: status, headers, body as JSON.
pub struct Answer {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub text: String,
    pub body: Value,
}

pub async fn send(router: &Router, request: Request<Body>) -> Answer {
    let response = router.clone().oneshot(request).await.expect("the router answers");
    let status = response.status();
    let headers = response.headers().clone();
    let bytes = axum::body::to_bytes(response.into_body(), 16 << 20).await.expect("a whole body");
    let text = String::from_utf8(bytes.to_vec()).expect("UTF-8 body");
    let body = serde_json::from_str(&text).unwrap_or(Value::Null);
    Answer { status, headers, text, body }
}

/// Which message of `op` an error answer is: AWS's by its exception name (`__type` or
/// `X-Amzn-ErrorType`), Huawei's and Versori's `error`.
pub fn error_message(op: &str, answer: &Answer) -> String {
    if !op.starts_with("aws.") {
        return "error".to_owned();
    }
    let name = match answer.headers.get("x-amzn-errortype") {
        Some(header) => header.to_str().expect("ASCII").to_owned(),
        None => answer.body["__type"].as_str().expect("awsJson1.1 names the exception").to_owned(),
    };
    format!("error.{name}")
}

/// Asserts that `document` is valid against `message` of `op`, for connschema and for the
/// `jsonschema` crate on the exported schema.
pub fn assert_valid(op: &str, message: &str, document: &str) {
    if let Err(violations) = crate::expect::verdict(op, message, document) {
        panic!("{op} {message}: {violations}\n{document}");
    }
}

/// Every shipped operation's local handler, on `store`: what `connschema serve` answers with.
pub fn router_on(store: Store) -> Router {
    connschema_axum::local::router_with(Arc::new(store), connschema_cli::apis::routes)
}

/// [`router_on`] a fresh store.
pub fn router() -> Router {
    router_on(Store::default())
}

/// Asserts that an error answer's body is valid against the operation's error schema of its name,
/// and that its status is one the operation documents for that error (as OpenAPI lists it).
pub fn assert_error_body(op: &str, answer: &Answer) {
    let message = error_message(op, answer);
    assert_valid(op, &message, &answer.text);
    let statuses = operation(op).message(&message).map(|m| m.statuses).unwrap_or_default();
    let status = answer.status.as_u16();
    assert!(statuses.is_empty() || statuses.contains(&status), "{op} {message}: {status}");
}
