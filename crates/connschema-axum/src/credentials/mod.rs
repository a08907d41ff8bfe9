//! [`Authenticated`]: the caller's credentials checked for the form its vendor requires, before
//! anything else of the request is read. A local stand-in of a vendor's service holds no keys and
//! no token store, so it cannot tell a right signature from a wrong one; what it can tell, and
//! what a client gets wrong first, is a credential that is absent or not of its scheme's form.
//! Those are refused in the operation's own protocol, as the vendor refuses them: each form is
//! its protocol's [`ErrorProtocol::authenticate`](crate::ErrorProtocol::authenticate), in the
//! API's crate.

use crate::endpoint::Endpoint;
use crate::extract::Rejection;
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
/// use axum::http::request::Parts;
/// use axum::http::Request;
/// use connschema_axum::{authorization, ErrorProtocol, Failure};
/// # use axum::response::{IntoResponse, Response};
///
/// /// A protocol whose operations take `Authorization: Token <token>`.
/// struct Tokens;
///
/// impl ErrorProtocol for Tokens {
///     # fn respond(&self, _: &Failure, _: &str) -> Response { axum::http::StatusCode::UNAUTHORIZED.into_response() }
///     fn authenticate(&self, parts: &mut Parts) -> Result<(), Failure> {
///         match authorization(&parts.headers) {
///             None => Err(Failure::MissingCredentials),
///             Some(value) if value.starts_with("Token ") => Ok(()),
///             Some(_) => Err(Failure::BadCredentials { reason: "not a Token credential".into() }),
///         }
///     }
/// }
///
/// // A handler that takes `Authenticated<T>` for an `Endpoint` `T` that names `Tokens` is called
/// // only for a request that passes.
/// let (mut parts, ()) = Request::new(()).into_parts();
/// assert!(matches!(Tokens.authenticate(&mut parts), Err(Failure::MissingCredentials)));
/// ```
#[derive(Debug, Clone, Copy)]
pub struct Authenticated<T>(PhantomData<fn() -> T>);

impl<S: Send + Sync, T: Endpoint> FromRequestParts<S> for Authenticated<T> {
    type Rejection = Rejection;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Rejection> {
        match T::PROTOCOL.authenticate(parts) {
            Ok(()) => Ok(Self(PhantomData)),
            Err(failure) => Err(Rejection::new(T::PROTOCOL, failure, RequestId::of(&parts.extensions))),
        }
    }
}

/// The `Authorization` header, where the request has one ("" where it is not visible ASCII): what
/// most schemes' [`ErrorProtocol::authenticate`](crate::ErrorProtocol::authenticate) reads.
pub fn authorization(headers: &HeaderMap) -> Option<&str> {
    headers.get(header::AUTHORIZATION).map(|v| v.to_str().unwrap_or_default())
}
