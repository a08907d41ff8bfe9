//! Amazon QuickSight (`quicksight`, API version 2018-04-01, restJson1).

mod create_action_connector;
#[cfg(feature = "service")]
pub mod service;

pub use create_action_connector::*;

use crate::common::error;
use connschema::http::{Http, Param};
use connschema::registry::{Message, Operation};

/// `CreateActionConnector`: `POST /accounts/{AwsAccountId}/action-connectors` (idempotent).
pub static CREATE_ACTION_CONNECTOR: Operation = Operation {
    id: "aws.quicksight.CreateActionConnector",
    method: "POST",
    path: "/accounts/{AwsAccountId}/action-connectors",
    http: Http::json("restJson1").params(&[Param::path("AwsAccountId")]).security(&[super::SIGV4]),
    messages: &[
        Message::of::<CreateActionConnectorRequest>("request"),
        Message::of::<CreateActionConnectorParams>("params"),
        Message::of::<CreateActionConnectorResponse>("response"),
        error!(AccessDeniedException),
        error!(ConflictException),
        error!(InternalFailureException),
        error!(InvalidParameterValueException),
        error!(ResourceExistsException),
        error!(ThrottlingException),
        error!(ValidationException),
        error!(SerializationException, 413),
        error!(MissingAuthenticationTokenException),
        error!(IncompleteSignatureException),
    ],
};
