//! AWS's error protocols for [`connschema_axum`]: awsJson1.1 (EventBridge) and restJson1 (Network
//! Manager, QuickSight), AWS's wording of validation errors that both speak ([`wording`]), and
//! the SigV4 credentials every AWS operation takes ([`SigV4`]):
//!
//! | accepted | absent | not of the form |
//! |---|---|---|
//! | `Authorization: AWS4-HMAC-SHA256 Credential=<key>/<yyyymmdd>/<region>/<service>/aws4_request, SignedHeaders=…, Signature=<64 hex>` | 401 `MissingAuthenticationTokenException` | 403 `IncompleteSignatureException` |

mod aws_json;
mod exceptions;
mod rest_json;
mod sigv4;
pub mod wording;

pub use exceptions::AwsError;
pub use sigv4::{SigV4, SigningRegion};

use axum::http::request::Parts;
use axum::response::Response;
use connschema_axum::{ErrorProtocol, Failure};

/// AWS awsJson1.1 (EventBridge): `__type` and `message` in the body; SigV4 credentials.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AwsJson1_1 {
    /// The exception for a [`Failure::Conflict`].
    pub conflict: AwsError,
    /// The exception for a [`Failure::QuotaExceeded`].
    pub quota: AwsError,
}

impl ErrorProtocol for AwsJson1_1 {
    fn respond(&self, failure: &Failure, request_id: &str) -> Response {
        aws_json::respond(failure, [self.conflict, self.quota], request_id)
    }

    fn authenticate(&self, parts: &mut Parts) -> Result<(), Failure> {
        sigv4(parts)
    }
}

/// AWS restJson1 (Network Manager, QuickSight): the name in `X-Amzn-ErrorType`, the modelled
/// body; SigV4 credentials.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RestJson1 {
    /// The exception for a [`Failure::Conflict`].
    pub conflict: AwsError,
    /// The exception for a [`Failure::QuotaExceeded`].
    pub quota: AwsError,
    /// Whether the model's `ValidationException` has `Reason` and `Fields` (Network Manager's),
    /// rather than AWS's common one with `message` alone.
    pub field_list: bool,
}

impl ErrorProtocol for RestJson1 {
    fn respond(&self, failure: &Failure, request_id: &str) -> Response {
        rest_json::respond(failure, [self.conflict, self.quota], self.field_list, request_id)
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
