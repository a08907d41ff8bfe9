//! Amazon QuickSight (`quicksight`, API version 2018-04-01, restJson1).

mod create_action_connector;

pub use create_action_connector::*;

use crate::registry::{Message, Operation};

/// `CreateActionConnector`: `POST /accounts/{AwsAccountId}/action-connectors` (idempotent).
pub static CREATE_ACTION_CONNECTOR: Operation = Operation {
    id: "aws.quicksight.CreateActionConnector",
    method: "POST",
    path: "/accounts/{AwsAccountId}/action-connectors",
    messages: &[
        Message::of::<CreateActionConnectorRequest>("request"),
        Message::of::<CreateActionConnectorParams>("params"),
        Message::of::<CreateActionConnectorResponse>("response"),
        Message::of::<AccessDeniedException>("error.AccessDeniedException"),
        Message::of::<ConflictException>("error.ConflictException"),
        Message::of::<InternalFailureException>("error.InternalFailureException"),
        Message::of::<InvalidParameterValueException>("error.InvalidParameterValueException"),
        Message::of::<ResourceExistsException>("error.ResourceExistsException"),
        Message::of::<ThrottlingException>("error.ThrottlingException"),
        Message::of::<ValidationException>("error.ValidationException"),
        Message::of::<SerializationException>("error.SerializationException"),
    ],
};
