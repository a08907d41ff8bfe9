//! AWS's error protocols for [`connschema_axum`]: awsJson1.1 (EventBridge) and restJson1 (Network
//! Manager, QuickSight), each answering with the exceptions an operation's model names
//! ([`Exceptions`]); AWS's wording of validation errors that both speak ([`wording`]); and the
//! SigV4 credentials every AWS operation takes ([`SigV4`]):
//!
//! | accepted | absent | not of the form |
//! |---|---|---|
//! | `Authorization: AWS4-HMAC-SHA256 Credential=<key>/<yyyymmdd>/<region>/<service>/aws4_request, SignedHeaders=…, Signature=<64 hex>` | 401 `MissingAuthenticationTokenException` | 403 `IncompleteSignatureException` |

mod exceptions;
mod sigv4;
pub mod wording;

pub use exceptions::{summary, Exceptions, MISSING_TOKEN};
pub use sigv4::{SigV4, SigningRegion};

use axum::http::request::Parts;
use axum::response::Response;
use connschema_axum::{ErrorProtocol, Failure};
use exceptions::Frame;
use std::marker::PhantomData;

/// AWS awsJson1.1 (EventBridge): status 400 (413 for a body over the limit), `Content-Type:
/// application/x-amz-json-1.1`, and the exception's body, whose `__type` names it (SDKs raise the
/// exception it names and show `message`); SigV4 credentials.
pub struct AwsJson1_1<E>(PhantomData<fn() -> E>);

/// AWS restJson1 (Network Manager, QuickSight): the exception's name in `X-Amzn-ErrorType`,
/// `Content-Type: application/json`, and its modelled body (Network Manager's
/// `ValidationException` lists the fields too); SigV4 credentials.
pub struct RestJson1<E>(PhantomData<fn() -> E>);

const AWS_JSON: Frame = Frame { content_type: "application/x-amz-json-1.1", name_header: false };
const REST_JSON: Frame = Frame { content_type: "application/json", name_header: true };

impl<E> AwsJson1_1<E> {
    /// The protocol answering with `E`'s exceptions.
    pub const fn new() -> Self {
        Self(PhantomData)
    }
}

/// `exception` as awsJson1.1 answers it, at the status its model gives it: for an answer outside
/// an operation's failures (an `X-Amz-Target` that the endpoint does not serve).
pub fn aws_json_answer<T: crate::Exception>(exception: &T, request_id: &str) -> Response {
    AWS_JSON.answer(None, exception, request_id)
}

impl<E> RestJson1<E> {
    /// The protocol answering with `E`'s exceptions.
    pub const fn new() -> Self {
        Self(PhantomData)
    }
}

impl<E> Default for AwsJson1_1<E> {
    fn default() -> Self {
        Self::new()
    }
}

impl<E> Default for RestJson1<E> {
    fn default() -> Self {
        Self::new()
    }
}

impl<E: Exceptions> ErrorProtocol for AwsJson1_1<E> {
    fn respond(&self, failure: &Failure, request_id: &str) -> Response {
        AWS_JSON.respond::<E>(failure, request_id)
    }

    fn authenticate(&self, parts: &mut Parts) -> Result<(), Failure> {
        sigv4(parts)
    }
}

impl<E: Exceptions> ErrorProtocol for RestJson1<E> {
    fn respond(&self, failure: &Failure, request_id: &str) -> Response {
        REST_JSON.respond::<E>(failure, request_id)
    }

    fn authenticate(&self, parts: &mut Parts) -> Result<(), Failure> {
        sigv4(parts)
    }
}

/// A SigV4 `Authorization`, its scope's region left in the extensions for the handler.
fn sigv4(parts: &mut Parts) -> Result<(), Failure> {
    let region = match connschema_axum::authorization(&parts.headers) {
        None => return Err(Failure::MissingCredentials),
        Some(value) => SigV4::parse(value).map_err(|reason| Failure::BadCredentials { reason })?.region.to_owned(),
    };
    parts.extensions.insert(SigningRegion(region));
    Ok(())
}
