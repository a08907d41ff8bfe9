//! Which of an operation's modelled exceptions answers each [`Failure`], and the answer built from
//! it: the exception's own type serialized, so that no body can drift from the `error.*` schema
//! that type exports.

use super::wording;
use crate::Exception;
use axum::http::HeaderValue;
use axum::response::Response;
use connschema::Violations;
use connschema_axum::protocol::{json, too_large, MAX_ERROR_BODY};
use connschema_axum::Failure;

/// An operation's exceptions for the failures a protocol answers, as its model names them.
///
/// ```
/// use connschema_aws::events::*;
/// use connschema_aws::protocol::Exceptions;
///
/// /// EventBridge's `CreateConnection`: its model's names for each failure.
/// struct CreateConnectionExceptions;
///
/// impl Exceptions for CreateConnectionExceptions {
///     type Validation = ValidationException;
///     type Serialization = SerializationException;
///     type MissingCredentials = MissingAuthenticationTokenException;
///     type BadCredentials = IncompleteSignatureException;
///     type Conflict = ResourceAlreadyExistsException;
///     type Quota = LimitExceededException;
/// }
/// ```
pub trait Exceptions: Send + Sync + 'static {
    /// Input that breaks the operation's constraints; also a kind of failure newer than the
    /// protocols, under the status [`Failure::status`] gives it.
    type Validation: Exception;
    /// A body that is not JSON or holds a member of the wrong type; a body over the limit (413).
    type Serialization: Exception;
    /// A request without a credential: AWS's `MissingAuthenticationTokenException`.
    type MissingCredentials: Exception;
    /// A credential that is no SigV4 signature: AWS's `IncompleteSignatureException`.
    type BadCredentials: Exception;
    /// A resource that exists already.
    type Conflict: Exception;
    /// More resources than the service keeps.
    type Quota: Exception;

    /// The [`Validation`](Self::Validation) exception for `violations`: by default, AWS's wording
    /// of them as its message. An operation whose model lists the fields too fills them here.
    fn validation(violations: &Violations, request_id: &str) -> Self::Validation {
        Self::Validation::with_message(summary(violations), request_id)
    }
}

/// AWS's wording of every violation, within what an error body may take; the rest of the body
/// (`{"__type":"SerializationException","message":}`) is 49 bytes.
pub fn summary(violations: &Violations) -> String {
    wording::summary(violations, MAX_ERROR_BODY - 64)
}

/// A protocol's frame for an exception: its content type, and whether the exception's name
/// travels in `X-Amzn-ErrorType` (restJson1) rather than the body alone (awsJson1.1).
#[derive(Debug, Clone, Copy)]
pub(super) struct Frame {
    pub content_type: &'static str,
    pub name_header: bool,
}

impl Frame {
    /// The answer to `failure` with `E`'s exceptions.
    pub fn respond<E: Exceptions>(self, failure: &Failure, request_id: &str) -> Response {
        let id = request_id;
        match failure {
            Failure::Invalid(violations) if Failure::is_serialization(violations) => {
                self.answer(None, &E::Serialization::with_message(summary(violations), id), id)
            }
            Failure::Invalid(violations) => self.answer(None, &E::validation(violations, id), id),
            Failure::TooLarge { limit } => {
                self.answer(Some(413), &E::Serialization::with_message(too_large(*limit), id), id)
            }
            Failure::Conflict { message } => self.answer(None, &E::Conflict::with_message(message.clone(), id), id),
            Failure::QuotaExceeded { message } => self.answer(None, &E::Quota::with_message(message.clone(), id), id),
            Failure::MissingCredentials => {
                let missing = E::MissingCredentials::with_message(MISSING_TOKEN.to_owned(), id);
                self.answer(None, &missing, id)
            }
            Failure::BadCredentials { reason } => {
                self.answer(None, &E::BadCredentials::with_message(reason.clone(), id), id)
            }
            // A kind of failure newer than this protocol: the modelled exception nearest to any.
            other => self.answer(Some(other.status()), &E::Validation::with_message(other.message(), id), id),
        }
    }

    /// `exception` under `status` (by default, the one its model gives it).
    pub fn answer<T: Exception>(self, status: Option<u16>, exception: &T, request_id: &str) -> Response {
        let mut response = json(status.unwrap_or(T::STATUS), self.content_type, exception);
        let headers = response.headers_mut();
        if self.name_header {
            headers.insert("x-amzn-errortype", HeaderValue::from_static(T::NAME));
        }
        if let Ok(id) = HeaderValue::from_str(request_id) {
            headers.insert("x-amzn-requestid", id);
        }
        response
    }
}

/// The message of AWS's `MissingAuthenticationTokenException`.
pub const MISSING_TOKEN: &str = "Missing Authentication Token";
