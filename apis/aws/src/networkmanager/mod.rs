//! AWS Network Manager (`networkmanager`, API version 2019-07-05, restJson1).

mod create_connection;
#[cfg(feature = "service")]
pub mod service;

pub use create_connection::*;

use crate::common::error;
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
        error!(AccessDeniedException),
        error!(ConflictException),
        error!(InternalServerException).with_headers(&["Retry-After"]),
        error!(ServiceQuotaExceededException),
        error!(ThrottlingException).with_headers(&["Retry-After"]),
        error!(ValidationException),
        error!(SerializationException, 413),
        error!(MissingAuthenticationTokenException),
        error!(IncompleteSignatureException),
    ],
};
