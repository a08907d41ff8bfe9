//! # connschema-axum
//!
//! axum extractors for the five create-connection APIs of [`connschema`]: [`Valid<T>`] reads the
//! body under a size limit (413 before a larger body is read whole), parses and validates it in
//! one pass, validates the operation's `params` message from the path, query and headers, and
//! hands the handler the typed value. A request that fails is answered in the **operation's own
//! error protocol** ([`ErrorProtocol`]) with every violation: an AWS `ValidationException` in AWS's
//! wording (awsJson1.1 or restJson1), Huawei's `error_code` body, Versori's `Error`.
//!
//! ```
//! use axum::{routing::post, Json, Router};
//! use connschema::aws::events::CreateConnectionRequest;
//! use connschema_axum::Valid;
//!
//! async fn create(request: Valid<CreateConnectionRequest<'static>>) -> Json<serde_json::Value> {
//!     // Only a valid request gets here; `Debug` of it never shows a secret.
//!     Json(serde_json::json!({ "name": request.name }))
//! }
//!
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() {
//! use tower::ServiceExt;
//! let app = Router::new().route("/", post(create));
//! let response = app
//!     .oneshot(
//!         axum::http::Request::post("/")
//!             .body(axum::body::Body::from(r#"{"Name": "my conn", "AuthorizationType": "BASIC"}"#))
//!             .unwrap(),
//!     )
//!     .await
//!     .unwrap();
//! assert_eq!(response.status(), 400);
//! let body = axum::body::to_bytes(response.into_body(), 1 << 20).await.unwrap();
//! let body: serde_json::Value = serde_json::from_slice(&body).unwrap();
//! assert_eq!(body["__type"], "ValidationException");
//! assert_eq!(
//!     body["message"],
//!     "2 validation errors detected: Value 'my conn' at 'name' failed to satisfy constraint: \
//!      Member must satisfy regular expression pattern: [\\.\\-_A-Za-z0-9]+; \
//!      Value null at 'authParameters' failed to satisfy constraint: Member must not be null"
//! );
//! # }
//! ```
//!
//! [`Authenticated<T>`] refuses, in the same protocol, a request without the vendor's credential
//! or with one not of its form (a SigV4 signature, a Huawei IAM token, a Versori JWT), before the
//! body is read: for a stand-in of the vendor's service, which has no keys to check a signature
//! with. A service of your own authenticates as it chooses.
//!
//! [`local`] is the service behind `connschema serve`: all five operations on their documented
//! methods and paths, with the state that the rules a single document cannot check need.

mod credentials;
mod endpoint;
mod extract;
pub mod local;
pub mod protocol;
mod request_id;

pub use connschema::http::{Location, Param};
pub use credentials::{Authenticated, SigV4};
pub use endpoint::{Endpoint, NoParams};
pub use extract::{BodyLimit, MaxViolations, Rejection, Valid, DEFAULT_BODY_LIMIT, DEFAULT_MAX_VIOLATIONS};
pub use protocol::{AwsError, AwsJson1_1, ErrorProtocol, Failure, Huawei, RestJson1, Versori};
pub use request_id::RequestId;
