//! [`Authenticated`]: the caller's credentials checked for the form its vendor requires, before
//! anything else of the request is read. `connschema serve` holds no keys and no token store, so
//! it cannot tell a right signature from a wrong one; what it can tell, and what a client gets
//! wrong first, is a credential that is absent or not of its scheme's form. Those are refused in
//! the operation's own protocol, as the vendor refuses them:
//!
//! | vendor | accepted | absent | not of the form |
//! |---|---|---|---|
//! | AWS | `Authorization: AWS4-HMAC-SHA256 Credential=<key>/<yyyymmdd>/<region>/<service>/aws4_request, SignedHeaders=…, Signature=<64 hex>` | 401 `MissingAuthenticationTokenException` | 403 `IncompleteSignatureException` |
//! | Huawei | an IAM token (`X-Auth-Token: MII…`, a PKI token in base64) or an AK/SK signature | 401 `EG.00014010` | 401 `EG.00014010` |
//! | Versori | `Authorization: Bearer <JWT>` (`eyJ….….…`) | 401 `unauthorized` | 401 `unauthorized` |
//!
//! Huawei's AK/SK signature is checked by the operation's `params` rules (the `Authorization` and
//! `X-Sdk-Date` members), which [`Valid`](crate::Valid) applies; this checks its token. Each form is
//! its protocol's [`ErrorProtocol::authenticate`](crate::ErrorProtocol::authenticate).

mod sigv4;
mod tokens;

pub use sigv4::SigV4;

use crate::endpoint::Endpoint;
use crate::extract::Rejection;
use crate::protocol::Failure;
use crate::request_id::RequestId;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{header, HeaderMap};
use std::marker::PhantomData;

/// Proof that the request carries a credential of the form `T`'s vendor requires; a request
/// without one is refused in `T`'s protocol (401, or AWS's 403 for a malformed signature) before
/// its body is read.
///
/// ```
/// use axum::{routing::post, Router};
/// use connschema::versori::platform::ConnectionCreate;
/// use connschema_axum::{Authenticated, Valid};
///
/// async fn create(_: Authenticated<ConnectionCreate<'static>>, request: Valid<ConnectionCreate<'static>>) {}
///
/// # #[tokio::main(flavor = "current_thread")]
/// # async fn main() {
/// use tower::ServiceExt;
/// let app = Router::new().route("/o/{organisation_id}/connectors/{connector_id}/connections", post(create));
/// let request = axum::http::Request::post("/o/01H/connectors/01J/connections").body(axum::body::Body::empty());
/// let response = app.oneshot(request.unwrap()).await.unwrap();
/// assert_eq!(response.status(), 401);
/// # }
/// ```
#[derive(Debug, Clone, Copy)]
pub struct Authenticated<T>(PhantomData<fn() -> T>);

impl<S: Send + Sync, T: Endpoint> FromRequestParts<S> for Authenticated<T> {
    type Rejection = Rejection;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Rejection> {
        match T::PROTOCOL.authenticate(&parts.headers) {
            Ok(()) => Ok(Self(PhantomData)),
            Err(failure) => Err(Rejection::new(T::PROTOCOL, failure, RequestId::of(&parts.extensions))),
        }
    }
}

/// The `Authorization` header, where the request has one ("" where it is not visible ASCII).
fn authorization(headers: &HeaderMap) -> Option<&str> {
    headers.get(header::AUTHORIZATION).map(|v| v.to_str().unwrap_or_default())
}

/// AWS: a SigV4 `Authorization`.
pub(crate) fn sigv4(headers: &HeaderMap) -> Result<(), Failure> {
    match authorization(headers) {
        None => Err(Failure::MissingCredentials),
        Some(value) => SigV4::parse(value).map(drop).map_err(|reason| Failure::BadCredentials { reason }),
    }
}

/// Huawei: with an `Authorization` header the AK/SK signature is what counts, and the params
/// rules check it; without one, the token must be of IAM's form (its absence is a params rule too).
pub(crate) fn huawei(headers: &HeaderMap) -> Result<(), Failure> {
    match (authorization(headers), headers.get("x-auth-token")) {
        (None, Some(token)) if !token.is_empty() && !tokens::is_iam_token(token.as_bytes()) => {
            Err(Failure::BadCredentials { reason: "Incorrect token or token resolution failed".into() })
        }
        _ => Ok(()),
    }
}

/// Versori: `Authorization: Bearer <JWT>`.
pub(crate) fn bearer_jwt(headers: &HeaderMap) -> Result<(), Failure> {
    match authorization(headers).map(tokens::bearer) {
        None => Err(Failure::MissingCredentials),
        Some(Some(token)) if tokens::is_jwt(token) => Ok(()),
        Some(_) => Err(Failure::BadCredentials {
            reason: "The Authorization header is not a bearer token of the platform's form (Bearer <JWT>)".into(),
        }),
    }
}
