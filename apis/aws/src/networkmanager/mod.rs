//! AWS Network Manager (`networkmanager`, API version 2019-07-05, restJson1).

mod create_connection;
#[cfg(feature = "service")]
pub mod service;

pub use create_connection::*;

use connschema::http::{Http, Param};
use connschema::registry::{Message, Operation};

/// `CreateConnection`: `POST /global-networks/{globalNetworkId}/connections`.
pub static CREATE_CONNECTION: Operation = Operation {
    id: "aws.networkmanager.CreateConnection",
    method: "POST",
    path: "/global-networks/{globalNetworkId}/connections",
    http: Http::json("restJson1").params(&[Param::path("globalNetworkId")]).security(&[super::SIGV4]),
    messages: &[
        Message::of::<CreateConnectionRequest>("request"),
        Message::of::<CreateConnectionParams>("params"),
        Message::of::<CreateConnectionResponse>("response"),
        Message::of::<AccessDeniedException>("error.AccessDeniedException").with_statuses(&[403]),
        Message::of::<ConflictException>("error.ConflictException").with_statuses(&[409]),
        Message::of::<InternalServerException>("error.InternalServerException")
            .with_headers(&["Retry-After"])
            .with_statuses(&[500]),
        Message::of::<ServiceQuotaExceededException>("error.ServiceQuotaExceededException").with_statuses(&[402]),
        Message::of::<ThrottlingException>("error.ThrottlingException")
            .with_headers(&["Retry-After"])
            .with_statuses(&[429]),
        Message::of::<ValidationException>("error.ValidationException").with_statuses(&[400]),
        Message::of::<SerializationException>("error.SerializationException").with_statuses(&[400]),
        Message::of::<MissingAuthenticationTokenException>("error.MissingAuthenticationTokenException")
            .with_statuses(&[401]),
        Message::of::<IncompleteSignatureException>("error.IncompleteSignatureException").with_statuses(&[403]),
    ],
};
