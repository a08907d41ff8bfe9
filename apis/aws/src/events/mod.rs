//! Amazon EventBridge (`events`, API version 2015-10-07, awsJson1.1).

mod create_connection;
#[cfg(feature = "service")]
pub mod service;

pub use create_connection::*;

use crate::common::error;
use connschema::http::Http;
use connschema::registry::{Message, Operation};

/// `CreateConnection`: `POST /` with `X-Amz-Target: AWSEvents.CreateConnection`.
pub static CREATE_CONNECTION: Operation = Operation {
    id: "aws.events.CreateConnection",
    method: "POST",
    path: "/",
    http: Http::new("awsJson1.1", "application/x-amz-json-1.1")
        .fixed_headers(&[("X-Amz-Target", "AWSEvents.CreateConnection")])
        .security(&[super::SIGV4]),
    messages: &[
        Message::of::<CreateConnectionRequest>("request"),
        Message::of::<CreateConnectionResponse>("response"),
        error!(AccessDeniedException),
        error!(InternalException),
        error!(LimitExceededException),
        error!(ResourceAlreadyExistsException),
        error!(ResourceNotFoundException),
        error!(ThrottlingException),
        error!(ValidationException),
        error!(SerializationException, 413),
        error!(MissingAuthenticationTokenException),
        error!(IncompleteSignatureException),
    ],
};
