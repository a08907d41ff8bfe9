//! AWS Network Manager (`networkmanager`, API version 2019-07-05, restJson1).

mod create_connection;

pub use create_connection::*;

use crate::registry::{Message, Operation};

/// `CreateConnection`: `POST /global-networks/{globalNetworkId}/connections`.
pub static CREATE_CONNECTION: Operation = Operation {
    id: "aws.networkmanager.CreateConnection",
    method: "POST",
    path: "/global-networks/{globalNetworkId}/connections",
    messages: &[
        Message::of::<CreateConnectionRequest>("request"),
        Message::of::<CreateConnectionParams>("params"),
        Message::of::<CreateConnectionResponse>("response"),
        Message::of::<AccessDeniedException>("error.AccessDeniedException"),
        Message::of::<ConflictException>("error.ConflictException"),
        Message::of::<InternalServerException>("error.InternalServerException").with_headers(&["Retry-After"]),
        Message::of::<ServiceQuotaExceededException>("error.ServiceQuotaExceededException"),
        Message::of::<ThrottlingException>("error.ThrottlingException").with_headers(&["Retry-After"]),
        Message::of::<ValidationException>("error.ValidationException"),
        Message::of::<SerializationException>("error.SerializationException"),
    ],
};
