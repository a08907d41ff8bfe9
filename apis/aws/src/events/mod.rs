//! Amazon EventBridge (`events`, API version 2015-10-07, awsJson1.1).

mod create_connection;
#[cfg(feature = "service")]
pub mod service;

pub use create_connection::*;

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
        Message::of::<AccessDeniedException>("error.AccessDeniedException").with_statuses(&[400]),
        Message::of::<InternalException>("error.InternalException").with_statuses(&[500]),
        Message::of::<LimitExceededException>("error.LimitExceededException").with_statuses(&[400]),
        Message::of::<ResourceAlreadyExistsException>("error.ResourceAlreadyExistsException").with_statuses(&[400]),
        Message::of::<ResourceNotFoundException>("error.ResourceNotFoundException").with_statuses(&[400]),
        Message::of::<ThrottlingException>("error.ThrottlingException").with_statuses(&[400]),
        Message::of::<ValidationException>("error.ValidationException").with_statuses(&[400]),
        Message::of::<SerializationException>("error.SerializationException").with_statuses(&[400]),
        Message::of::<MissingAuthenticationTokenException>("error.MissingAuthenticationTokenException")
            .with_statuses(&[401]),
        Message::of::<IncompleteSignatureException>("error.IncompleteSignatureException").with_statuses(&[403]),
    ],
};
