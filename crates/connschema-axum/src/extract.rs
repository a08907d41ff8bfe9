//! [`Valid`]: the body read under a limit, then it and the parameters parsed and validated in one
//! pass each; a failure answers in the operation's own error protocol.

use crate::endpoint::Endpoint;
use crate::protocol::Failure;
use crate::request_id::RequestId;
use axum::body::{Body, Bytes};
use axum::extract::{FromRequest, FromRequestParts, RawPathParams, Request};
use axum::http::header;
use axum::http::request::Parts;
use axum::response::{IntoResponse, Response};
use connschema::http::Place;
use connschema::{Borrowable, Code, IntoOwned, Limits, Violation, Violations};
use http_body_util::{BodyExt, LengthLimitError, Limited};
use std::ops::Deref;

/// The largest body [`Valid`] reads unless a [`BodyLimit`] says otherwise: 1 MiB.
pub const DEFAULT_BODY_LIMIT: usize = 1 << 20;

/// The largest body [`Valid`] reads, in bytes, as a request extension: a larger one is refused
/// with 413 before it is read whole. Set it with `.layer(axum::Extension(BodyLimit(n)))`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BodyLimit(pub usize);

/// The most violations [`Valid`] keeps and answers with unless a [`MaxViolations`] says otherwise:
/// past them the count goes on and the details stop, so that a hostile body does not become an
/// answer many times its size (docs/contracts.md §5).
pub const DEFAULT_MAX_VIOLATIONS: usize = 100;

/// The most violations [`Valid`] keeps, as a request extension: set it with
/// `.layer(axum::Extension(MaxViolations(n)))`. Every violation is still counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MaxViolations(pub usize);

/// A request of an operation, parsed and valid: the body model and the parameters.
///
/// Derefs to the body. On failure the handler is not called, and the client gets the operation's
/// own error (an AWS `ValidationException`, Huawei's `error_code`, Versori's `Error`) carrying
/// every violation of the parameters and the body.
#[derive(Debug)]
pub struct Valid<T: Endpoint> {
    pub body: T,
    pub params: T::Params,
    /// The request's id, as its answer names it.
    pub request_id: RequestId,
}

impl<T: Endpoint> Valid<T> {
    /// A rejection of this request, answered in its operation's protocol: for the checks a
    /// handler makes itself, such as a name already taken ([`Failure::Conflict`]).
    pub fn reject(&self, failure: Failure) -> Rejection {
        Rejection::new(T::PROTOCOL, failure, self.request_id)
    }
}

impl<T: Endpoint> Deref for Valid<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.body
    }
}

/// Why [`Valid`] refused a request, answered in the operation's protocol.
pub struct Rejection {
    protocol: &'static dyn crate::ErrorProtocol,
    failure: Failure,
    request_id: RequestId,
}

impl Rejection {
    pub fn new(protocol: &'static dyn crate::ErrorProtocol, failure: Failure, request_id: RequestId) -> Self {
        Self { protocol, failure, request_id }
    }

    pub fn failure(&self) -> &Failure {
        &self.failure
    }
}

impl std::fmt::Debug for Rejection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Rejection").field("failure", &self.failure).field("request_id", &self.request_id).finish()
    }
}

impl IntoResponse for Rejection {
    fn into_response(self) -> Response {
        self.protocol.respond(&self.failure, &self.request_id.to_string())
    }
}

impl<S: Send + Sync, T: Endpoint> FromRequest<S> for Valid<T> {
    type Rejection = Rejection;

    async fn from_request(request: Request, state: &S) -> Result<Self, Rejection> {
        let (mut parts, body) = request.into_parts();
        let request_id = RequestId::of(&parts.extensions);
        let reject = |failure| Rejection::new(T::PROTOCOL, failure, request_id);
        // An operation without parameters (awsJson1.1 sends all in the body) reads none.
        let params = match T::OPERATION.http.params {
            [] => Vec::new(),
            _ => params::<T, S>(&mut parts, state).await,
        };
        let limit = parts.extensions.get::<BodyLimit>().map_or(DEFAULT_BODY_LIMIT, |l| l.0);
        let bytes = read_body(body, &parts, limit).await.map_err(reject)?;

        let kept = parts.extensions.get::<MaxViolations>().map_or(DEFAULT_MAX_VIOLATIONS, |m| m.0);
        let limits = Limits::violations(kept);
        let members = params.iter().map(|(name, value)| (*name, value.as_str()));
        let params = connschema::from_strings_with::<<T::Params as Borrowable>::Borrowing<'_>>(members, &limits)
            .map(IntoOwned::into_owned);
        let body = read::<T>(&bytes, &limits);
        match (params, body) {
            (Ok(params), Ok(body)) => Ok(Self { body, params, request_id }),
            (params, body) => {
                let mut all = params.err().unwrap_or_default();
                all.append(body.err().unwrap_or_default(), &limits);
                Err(reject(Failure::Invalid(all)))
            }
        }
    }
}

/// Parses and validates in one pass, borrowing from `bytes`, then keeps an owned copy.
fn read<T: Borrowable>(bytes: &[u8], limits: &Limits) -> Result<T, Violations> {
    connschema::from_slice_with::<T::Borrowing<'_>>(bytes, limits).map(IntoOwned::into_owned)
}

/// The `params` message of this request: every documented parameter that it carries, by its wire
/// name. A header that is not UTF-8 is read with replacement characters.
async fn params<T: Endpoint, S: Send + Sync>(parts: &mut Parts, state: &S) -> Vec<(&'static str, String)> {
    let path = match T::OPERATION.http.params.iter().any(|p| p.place == Place::Path) {
        true => RawPathParams::from_request_parts(parts, state).await.ok(),
        false => None,
    };
    let query: Vec<(String, String)> = match T::OPERATION.http.params.iter().any(|p| p.place == Place::Query) {
        true => {
            axum::extract::Query::<Vec<(String, String)>>::try_from_uri(&parts.uri).map(|q| q.0).unwrap_or_default()
        }
        false => Vec::new(),
    };
    let mut found = Vec::new();
    for param in T::OPERATION.http.params {
        let value = match param.place {
            Place::Path => {
                path.as_ref().and_then(|p| p.iter().find(|(k, _)| *k == param.name).map(|(_, v)| v.to_owned()))
            }
            Place::Query => query.iter().find(|(k, _)| k == param.name).map(|(_, v)| v.clone()),
            Place::Header => parts.headers.get(param.name).map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned()),
        };
        if let Some(value) = value {
            found.push((param.name, value));
        }
    }
    found
}

/// The body, at most `limit` bytes: a declared length over it is refused before anything is
/// read, and a body that grows past it is refused as soon as it does.
async fn read_body(body: Body, parts: &Parts, limit: usize) -> Result<Bytes, Failure> {
    let declared = parts.headers.get(header::CONTENT_LENGTH).and_then(|v| v.to_str().ok()?.parse::<u64>().ok());
    if declared.is_some_and(|n| n > limit as u64) {
        return Err(Failure::TooLarge { limit });
    }
    match Limited::new(body, limit).collect().await {
        Ok(collected) => Ok(collected.to_bytes()),
        Err(error) if error.downcast_ref::<LengthLimitError>().is_some() => Err(Failure::TooLarge { limit }),
        Err(_) => Err(Failure::Invalid(Violations::new(vec![Violation::new(
            connschema::Location::root(),
            Code::Syntax,
            "not valid JSON: the request body could not be read whole",
        )]))),
    }
}
