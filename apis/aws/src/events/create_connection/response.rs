//! The success body (HTTP 200).

use crate::EpochSeconds;
use connschema::Model;
use std::borrow::Cow;

/// The connection that was created.
#[derive(Debug, Clone, Default, PartialEq, Model)]
#[model(rename_all = "PascalCase")]
pub struct CreateConnectionResponse<'a> {
    /// The ARN of the connection that was created by the request.
    #[model(
        length(min = 1, max = 1600),
        vendor_pattern = r"^arn:aws([a-z]|\-)*:events:([a-z]|\d|\-)*:([0-9]{12})?:connection\/[\.\-_A-Za-z0-9]+\/[\-A-Za-z0-9]+$"
    )]
    pub connection_arn: Option<Cow<'a, str>>,

    /// The state of the connection that was created by the request.
    pub connection_state: Option<ConnectionState>,

    /// A time stamp for the time that the connection was created (seconds since the epoch).
    pub creation_time: Option<EpochSeconds>,

    /// A time stamp for the time that the connection was last updated (seconds since the epoch).
    pub last_modified_time: Option<EpochSeconds>,
}

/// The state of a connection. The model adds `ACTIVE` and `FAILED_CONNECTIVITY` to the seven values
/// of the reference page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Model)]
#[model(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ConnectionState {
    Creating,
    Updating,
    Deleting,
    Authorized,
    Deauthorized,
    Authorizing,
    Deauthorizing,
    Active,
    FailedConnectivity,
}
