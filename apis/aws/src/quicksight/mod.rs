//! Amazon QuickSight (`quicksight`, API version 2018-04-01, restJson1).

mod create_action_connector;
#[cfg(feature = "service")]
pub mod service;

pub use create_action_connector::*;

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
        Message::of::<AccessDeniedException>("error.AccessDeniedException").with_statuses(&[401]),
        Message::of::<ConflictException>("error.ConflictException").with_statuses(&[409]),
        Message::of::<InternalFailureException>("error.InternalFailureException").with_statuses(&[500]),
        Message::of::<InvalidParameterValueException>("error.InvalidParameterValueException").with_statuses(&[400]),
        Message::of::<ResourceExistsException>("error.ResourceExistsException").with_statuses(&[409]),
        Message::of::<ThrottlingException>("error.ThrottlingException").with_statuses(&[429]),
        Message::of::<ValidationException>("error.ValidationException").with_statuses(&[400]),
        Message::of::<SerializationException>("error.SerializationException").with_statuses(&[400]),
        Message::of::<MissingAuthenticationTokenException>("error.MissingAuthenticationTokenException")
            .with_statuses(&[401]),
        Message::of::<IncompleteSignatureException>("error.IncompleteSignatureException").with_statuses(&[403]),
    ],
};
