//! The success body (HTTP 200). The response's `Status` is the HTTP status code, not a member.

use connschema::Model;
use std::borrow::Cow;

/// The action connector that was created.
#[derive(Debug, Clone, Default, PartialEq, Model)]
#[model(rename_all = "PascalCase")]
pub struct CreateActionConnectorResponse<'a> {
    /// The Amazon Resource Name (ARN) of the created action connector.
    pub arn: Option<Cow<'a, str>>,

    /// The creation status of the action connector.
    pub creation_status: Option<ResourceStatus>,

    /// The unique identifier of the created action connector.
    pub action_connector_id: Option<Cow<'a, str>>,

    /// The Amazon Web Services request ID for this operation.
    pub request_id: Option<Cow<'a, str>>,
}

/// The status of a resource.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Model)]
#[model(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ResourceStatus {
    CreationInProgress,
    CreationSuccessful,
    CreationFailed,
    UpdateInProgress,
    UpdateSuccessful,
    UpdateFailed,
    Deleted,
}
