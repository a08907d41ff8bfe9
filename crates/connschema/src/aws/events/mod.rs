//! Amazon EventBridge (`events`, API version 2015-10-07, awsJson1.1).

mod create_connection;

pub use create_connection::*;

use crate::registry::{Message, Operation};

/// `CreateConnection`: `POST /` with `X-Amz-Target: AWSEvents.CreateConnection`.
pub static CREATE_CONNECTION: Operation = Operation {
    id: "aws.events.CreateConnection",
    method: "POST",
    path: "/",
    messages: &[
        Message::of::<CreateConnectionRequest>("request"),
        Message::of::<CreateConnectionResponse>("response"),
        Message::of::<AccessDeniedException>("error.AccessDeniedException"),
        Message::of::<InternalException>("error.InternalException"),
        Message::of::<LimitExceededException>("error.LimitExceededException"),
        Message::of::<ResourceAlreadyExistsException>("error.ResourceAlreadyExistsException"),
        Message::of::<ResourceNotFoundException>("error.ResourceNotFoundException"),
        Message::of::<ThrottlingException>("error.ThrottlingException"),
        Message::of::<ValidationException>("error.ValidationException"),
        Message::of::<SerializationException>("error.SerializationException"),
    ],
};
