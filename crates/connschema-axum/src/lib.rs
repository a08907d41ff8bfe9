//! # connschema-axum
//!
//! axum extractors for the operations of [`connschema`]: [`Valid<T>`] reads the body under a size
//! limit (413 before a larger body is read whole), parses and validates it in one pass, validates
//! the operation's `params` message from the path, query and headers, and hands the handler the
//! typed value. A request that fails is answered in the **operation's own error protocol**
//! ([`ErrorProtocol`]) with every violation. The APIs' crates implement [`Endpoint`] for their
//! request models with their vendors' protocols (an AWS `ValidationException` in AWS's wording,
//! Huawei's `error_code` body, Versori's `Error`) under their `service` feature; an API of one's
//! own names its own.
//!
//! ```
//! use axum::response::{IntoResponse, Response};
//! use axum::{routing::post, Json, Router};
//! use connschema::http::Http;
//! use connschema::registry::{Message, Operation};
//! use connschema_axum::{Endpoint, ErrorProtocol, Failure, NoParams, Valid};
//! use std::borrow::Cow;
//!
//! /// The body of `POST /things`.
//! #[derive(Debug, connschema::Model)]
//! struct CreateThing<'a> {
//!     #[model(length(min = 1, max = 64), pattern = "[a-z][a-z0-9-]*")]
//!     name: Cow<'a, str>,
//! }
//!
//! static CREATE_THING: Operation = Operation {
//!     id: "acme.things.CreateThing",
//!     method: "POST",
//!     path: "/things",
//!     http: Http::json("acme"),
//!     messages: &[Message::of::<CreateThing<'static>>("request")],
//! };
//!
//! /// Every refusal as `400 {"errors": ["<path>: <message>", …]}`.
//! struct Problems;
//!
//! impl ErrorProtocol for Problems {
//!     fn respond(&self, failure: &Failure, _request_id: &str) -> Response {
//!         let errors: Vec<String> = match failure {
//!             Failure::Invalid(violations) => violations.iter().map(|v| format!("{}: {}", v.path, v.message)).collect(),
//!             other => vec![format!("{other:?}")],
//!         };
//!         (axum::http::StatusCode::BAD_REQUEST, Json(serde_json::json!({ "errors": errors }))).into_response()
//!     }
//! }
//!
//! impl Endpoint for CreateThing<'static> {
//!     type Params = NoParams;
//!     const OPERATION: &'static Operation = &CREATE_THING;
//!     const PROTOCOL: &'static dyn ErrorProtocol = &Problems;
//! }
//!
//! async fn create(request: Valid<CreateThing<'static>>) -> Json<serde_json::Value> {
//!     // Only a valid request gets here.
//!     Json(serde_json::json!({ "name": request.name }))
//! }
//!
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() {
//! use tower::ServiceExt;
//! let app = Router::new().route("/things", post(create));
//! let response = app
//!     .oneshot(axum::http::Request::post("/things").body(axum::body::Body::from(r#"{"name": "My thing"}"#)).unwrap())
//!     .await
//!     .unwrap();
//! assert_eq!(response.status(), 400);
//! let body = axum::body::to_bytes(response.into_body(), 1 << 20).await.unwrap();
//! let body: serde_json::Value = serde_json::from_slice(&body).unwrap();
//! assert_eq!(body["errors"][0], r#"/name: must match the pattern ^(?:[a-z][a-z0-9\-]*)$, got "My thing""#);
//! # }
//! ```
//!
//! [`Authenticated<T>`] refuses, in the same protocol, a request without the vendor's credential
//! or with one not of its form ([`ErrorProtocol::authenticate`]), before the body is read: for a
//! stand-in of the vendor's service, which has no keys to check a signature with. A service of
//! your own authenticates as it chooses.
//!
//! [`local`] is what a local service is built from: the route of each operation at its method and
//! path, and the state that the rules a single document cannot check need. `connschema serve` is
//! it over the five APIs.

mod credentials;
mod endpoint;
mod extract;
pub mod local;
pub mod protocol;
mod request_id;

pub use connschema::http::{Param, Place};
pub use credentials::{authorization, Authenticated};
pub use endpoint::{Endpoint, NoParams};
pub use extract::{BodyLimit, MaxViolations, Rejection, Valid, DEFAULT_BODY_LIMIT, DEFAULT_MAX_VIOLATIONS};
pub use protocol::{ErrorProtocol, Failure};
pub use request_id::RequestId;
